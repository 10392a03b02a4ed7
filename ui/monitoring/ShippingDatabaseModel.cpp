#include "ShippingDatabaseModel.h"

namespace bts {

void ShippingDatabaseModel::setDatabases(const QVector<DatabaseShippingStatus>& databases)
{
    replaceRows(int(databases.size()), [&] { m_rows = databases; });
}

const DatabaseShippingStatus* ShippingDatabaseModel::databaseAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

QStringList ShippingDatabaseModel::headers() const
{
    // Short headers: the table shares the page's width with the lag chart.
    return {tr("Destination"),  tr("Database"),    tr("Status"),
            tr("Restored set"), tr("Sets behind"), tr("Finding")};
}

QString ShippingDatabaseModel::textAt(int row, int column) const
{
    const DatabaseShippingStatus& d = m_rows.at(row);
    switch (column) {
    case DestinationColumn:
        return d.destination;
    case DatabaseColumn:
        return d.database;
    case StatusColumn:
        return statusLevelName(d.level);
    case LastRestoredSetColumn:
        return formatSetId(d.lastRestoredSetId);
    case SetsBehindColumn:
        return QString::number(d.setsBehindDestination);
    case SentenceColumn:
        return d.sentence;
    default:
        return QString();
    }
}

QVariant ShippingDatabaseModel::sortValueAt(int row, int column) const
{
    const DatabaseShippingStatus& d = m_rows.at(row);
    switch (column) {
    case LastRestoredSetColumn:
        return d.lastRestoredSetId;
    case SetsBehindColumn:
        return d.setsBehindDestination;
    default:
        return StatusTableModel::sortValueAt(row, column);
    }
}

} // namespace bts
