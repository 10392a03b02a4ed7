#include "ShippingDestinationModel.h"

namespace bts {

void ShippingDestinationModel::setDestinations(const QVector<DestinationStatus>& destinations)
{
    replaceRows(int(destinations.size()), [&] { m_rows = destinations; });
}

const DestinationStatus* ShippingDestinationModel::destinationAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

QStringList ShippingDestinationModel::headers() const
{
    return {tr("Destination"), tr("Status"),      tr("Last restored set"),
            tr("Sets behind"), tr("Time behind"), tr("Last restored at"),
            tr("Finding")};
}

QString ShippingDestinationModel::textAt(int row, int column) const
{
    const DestinationStatus& d = m_rows.at(row);
    switch (column) {
    case ServerColumn:
        return d.server;
    case StatusColumn:
        return statusLevelName(d.level);
    case LastRestoredSetColumn:
        return formatSetId(d.lastRestoredSetId);
    case SetsBehindColumn:
        return d.setsBehind >= 0 ? QString::number(d.setsBehind) : tr("unknown");
    case TimeBehindColumn:
        return d.minutesBehind ? describeShortAge(qRound64(*d.minutesBehind * 60)) : tr("unknown");
    case LastRestoredAtColumn:
        return d.lastRestoredAt ? formatShippingTime(d.lastRestoredAt) : tr("never");
    case SentenceColumn:
        return d.sentence;
    default:
        return QString();
    }
}

QVariant ShippingDestinationModel::sortValueAt(int row, int column) const
{
    const DestinationStatus& d = m_rows.at(row);
    switch (column) {
    case LastRestoredSetColumn:
        return d.lastRestoredSetId;
    case SetsBehindColumn:
        return d.setsBehind;
    case TimeBehindColumn:
        return d.minutesBehind.value_or(-1);
    case LastRestoredAtColumn:
        return d.lastRestoredAt.value_or(QDateTime());
    default:
        return StatusTableModel::sortValueAt(row, column);
    }
}

} // namespace bts
