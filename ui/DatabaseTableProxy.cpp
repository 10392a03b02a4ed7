#include "DatabaseTableProxy.h"

#include "StatusIcons.h"
#include "group/DatabaseStatusModel.h"

namespace bts {

DatabaseTableProxy::DatabaseTableProxy(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(DatabaseStatusModel::SortRole);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
}

QVariant DatabaseTableProxy::data(const QModelIndex& index, int role) const
{
    if (role == Qt::DecorationRole && index.column() == DatabaseStatusModel::StatusColumn) {
        const int level =
            QSortFilterProxyModel::data(index, DatabaseStatusModel::StatusLevelRole).toInt();
        return statusIcon(StatusLevel(level));
    }
    return QSortFilterProxyModel::data(index, role);
}

void DatabaseTableProxy::setFilterText(const QString& text)
{
    m_filterText = text.trimmed();
    invalidateFilter();
}

bool DatabaseTableProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QString& needle = m_filterText;
    if (needle.isEmpty())
        return true;
    for (int column = 0; column < sourceModel()->columnCount(sourceParent); ++column) {
        const QString text =
            sourceModel()->index(sourceRow, column, sourceParent).data().toString();
        if (text.contains(needle, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace bts
