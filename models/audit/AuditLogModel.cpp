#include "AuditLogModel.h"

#include <algorithm>

namespace bts {

AuditLogModel::AuditLogModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void AuditLogModel::setEntries(QVector<AuditEntry> entries)
{
    // The file is oldest first; an operator looks for what just happened.
    std::reverse(entries.begin(), entries.end());
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

int AuditLogModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AuditLogModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditLogModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const AuditEntry& e = m_entries.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Time:
            return e.when.isValid() ? e.when.toLocalTime().toString(Qt::ISODate) : e.whenText;
        case User:
            return e.user;
        case Server:
            return e.server;
        case Database:
            return e.database;
        case Outcome:
            return e.malformed ? tr("(unreadable entry)") : e.outcome;
        case Statement:
            return e.sql;
        default:
            return {};
        }
    }
    if (role == Qt::UserRole && index.column() == Time)
        return e.when;
    return {};
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Time:
        return tr("Time");
    case User:
        return tr("User");
    case Server:
        return tr("Server");
    case Database:
        return tr("Database");
    case Outcome:
        return tr("Outcome");
    case Statement:
        return tr("Statement");
    default:
        return {};
    }
}

} // namespace bts
