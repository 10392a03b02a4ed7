#include "ServerPollModel.h"

namespace bts {

ServerPollModel::ServerPollModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void ServerPollModel::setTargets(const QVector<PollTarget>& targets)
{
    beginResetModel();
    m_rows.clear();
    for (const PollTarget& target : targets)
        m_rows.append({target, PollResult()});
    endResetModel();
}

void ServerPollModel::setResult(int row, const PollResult& result)
{
    if (row < 0 || row >= m_rows.size())
        return;
    m_rows[row].result = result;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int ServerPollModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ServerPollModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ServerPollModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const Row& row = m_rows.at(index.row());
    const PollResult& r = row.result;
    if (role == StatusLevelRole)
        return int(r.level);
    if (role == StateRole)
        return int(r.state);
    if (role == Qt::ToolTipRole && index.column() == MessageColumn)
        return r.driverText.isEmpty() ? r.message
                                      : r.message + QStringLiteral("\n\n") + r.driverText;
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return QVariant();
    switch (Column(index.column())) {
    case EnvironmentColumn:
        return row.target.environmentName;
    case ServerColumn:
        return row.target.server;
    case RoleColumn:
        return roleText(row.target.role);
    case StatusColumn:
        return PollResult::stateText(r.state);
    case RoundTripColumn:
        return r.roundTripMs >= 0 && r.state == PollResult::State::Reachable
                   ? tr("%1 ms").arg(r.roundTripMs)
                   : QString();
    case MessageColumn:
        return r.message;
    case ColumnCount:
        break;
    }
    return QVariant();
}

QVariant ServerPollModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case EnvironmentColumn:
        return tr("Environment");
    case ServerColumn:
        return tr("Server");
    case RoleColumn:
        return tr("Role");
    case StatusColumn:
        return tr("Status");
    case RoundTripColumn:
        return tr("Round trip");
    case MessageColumn:
        return tr("Message");
    case ColumnCount:
        break;
    }
    return QVariant();
}

} // namespace bts
