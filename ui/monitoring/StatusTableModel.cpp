#include "StatusTableModel.h"

#include "StatusIcons.h"

namespace bts {

int StatusTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : rows();
}

int StatusTableModel::columnCount(const QModelIndex& parent) const
{
    // Asked for on every index check: the headers' number never changes, their words might.
    if (m_columnCount < 0)
        m_columnCount = int(headers().size());
    return parent.isValid() ? 0 : m_columnCount;
}

QVector<QStringList> StatusTableModel::rowTexts() const
{
    QVector<QStringList> texts;
    const int count = rows();
    const int columns = columnCount();
    texts.reserve(count);
    for (int row = 0; row < count; ++row) {
        QStringList cells;
        cells.reserve(columns + 1);
        for (int column = 0; column < columns; ++column) {
            cells.append(textAt(row, column));
            cells.append(sortValueAt(row, column).toString());
        }
        cells.append(QString::number(int(levelAt(row))));
        texts.append(cells);
    }
    return texts;
}

QVariant StatusTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return textAt(row, column);
    case Qt::DecorationRole:
        if (column == levelColumn())
            return statusIcon(levelAt(row));
        return {};
    case Qt::ToolTipRole:
        return isLongText(column) ? textAt(row, column) : QVariant();
    case Qt::AccessibleTextRole:
        // The icon says nothing to a screen reader: the cell's words do.
        return textAt(row, column);
    case StatusLevelRole:
        return int(levelAt(row));
    case SortRole:
        return sortValueAt(row, column);
    default:
        return {};
    }
}

QVariant StatusTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    const QStringList names = headers();
    return section >= 0 && section < names.size() ? names.at(section) : QVariant();
}

QVariant StatusTableModel::sortValueAt(int row, int column) const
{
    if (column == levelColumn())
        return int(levelAt(row));
    return textAt(row, column);
}

bool StatusTableModel::isLongText(int) const
{
    return false;
}

QString formatShippingTime(const QDateTime& when)
{
    return when.isValid() ? when.toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

QString formatShippingTime(const std::optional<QDateTime>& when)
{
    return when ? formatShippingTime(*when) : QString();
}

QString formatSetId(qint64 setId)
{
    return setId >= 0 ? QString::number(setId) : QStringLiteral("\u2013");
}

} // namespace bts
