#include "DatabaseStatusModel.h"

#include <QCoreApplication>

#include <iterator>

namespace bts {
namespace {

QStringList keys(const QVector<GroupDatabase>& databases)
{
    QStringList result;
    for (const GroupDatabase& db : databases)
        result.append(db.key());
    return result;
}

} // namespace

DatabaseStatusModel::DatabaseStatusModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void DatabaseStatusModel::setSnapshot(const GroupSnapshot& snapshot, const GroupVerdicts& verdicts)
{
    if (keys(snapshot.databases) == keys(m_snapshot.databases)) {
        // The same databases read again: only the cells whose values changed are announced, so
        // that the sorted view and its fitted columns are not laid out again on every refresh.
        const QVector<QVector<QVariant>> before = cellValues();
        m_snapshot = snapshot;
        m_verdicts = verdicts.databases;
        const QVector<QVector<QVariant>> after = cellValues();
        for (int row = 0; row < after.size(); ++row) {
            int first = -1;
            int last = -1;
            for (int cell = 0; cell < after.at(row).size(); ++cell) {
                if (after.at(row).at(cell) == before.at(row).at(cell))
                    continue;
                const int column = cell / int(std::size(ComparedRoles));
                first = first < 0 ? column : first;
                last = column;
            }
            if (first >= 0)
                emit dataChanged(index(row, first), index(row, last));
        }
        return;
    }
    beginResetModel();
    m_snapshot = snapshot;
    m_verdicts = verdicts.databases;
    endResetModel();
}

QVector<QVector<QVariant>> DatabaseStatusModel::cellValues() const
{
    QVector<QVector<QVariant>> rows;
    rows.reserve(rowCount());
    for (int row = 0; row < rowCount(); ++row) {
        QVector<QVariant> cells;
        cells.reserve(ColumnCount * int(std::size(ComparedRoles)));
        for (int column = 0; column < ColumnCount; ++column) {
            for (int role : ComparedRoles)
                cells.append(data(index(row, column), role));
        }
        rows.append(cells);
    }
    return rows;
}

const GroupDatabase* DatabaseStatusModel::databaseAt(int row) const
{
    return row >= 0 && row < m_snapshot.databases.size() ? &m_snapshot.databases.at(row) : nullptr;
}

const StatusVerdict* DatabaseStatusModel::verdictAt(int row) const
{
    return row >= 0 && row < m_verdicts.size() ? &m_verdicts.at(row) : nullptr;
}

int DatabaseStatusModel::rowForKey(const QString& key) const
{
    for (int row = 0; row < m_snapshot.databases.size(); ++row) {
        if (m_snapshot.databases.at(row).key() == key)
            return row;
    }
    return -1;
}

int DatabaseStatusModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_snapshot.databases.size());
}

int DatabaseStatusModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString DatabaseStatusModel::formatBackupTime(const std::optional<QDateTime>& when) const
{
    if (!when)
        return tr("never");
    return when->toString(QStringLiteral("MM-dd HH:mm"));
}

QString DatabaseStatusModel::describeBackupTime(const std::optional<QDateTime>& when) const
{
    if (!when)
        return tr("Never backed up.");
    const qint64 age = qMax<qint64>(0, when->secsTo(m_snapshot.historyNow()));
    return tr("%1 %2, %3 ago.")
        .arg(when->toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
             m_snapshot.historyTimesAreLocal ? tr("server time") : tr("UTC"), describeAge(age));
}

QVariant DatabaseStatusModel::displayData(const GroupDatabase& db, const StatusVerdict& verdict,
                                          int column) const
{
    const bool sqlDatabase = db.method != BackupMethod::AnalysisServices;
    switch (column) {
    case StatusColumn:
        return statusLevelName(verdict.level);
    case RoleColumn:
        return db.isMasterMessageBox ? tr("MessageBox (master)") : roleName(db.role);
    case DefaultNameColumn:
        return db.defaultName;
    case ActualNameColumn:
        return db.actualName.isEmpty() ? tr("(not discovered)") : db.actualName;
    case ServerColumn:
        return db.server.isEmpty() ? tr("(unknown)") : db.server;
    case MethodColumn:
        return backupMethodName(db.method);
    case RecoveryModelColumn:
        if (!sqlDatabase)
            return tr("n/a (SSAS)");
        return db.recoveryModel.isEmpty() ? tr("unknown") : db.recoveryModel;
    case LastFullColumn:
        return db.method == BackupMethod::BackupJob ? formatBackupTime(db.lastFullBackup)
                                                    : tr("n/a");
    case LastLogColumn:
        return db.method == BackupMethod::BackupJob ? formatBackupTime(db.lastLogBackup)
                                                    : tr("n/a");
    case RestoredColumn:
        return describeRestored(db);
    case ReasonColumn:
        return verdict.reason;
    default:
        return QVariant();
    }
}

QString DatabaseStatusModel::describeRestored(const GroupDatabase& db) const
{
    if (db.method != BackupMethod::BackupJob)
        return tr("n/a");
    if (m_snapshot.destinations.isEmpty())
        return tr("no destination");
    QStringList parts;
    for (const DestinationState& destination : m_snapshot.destinations) {
        QString state;
        if (!destination.reachable)
            state = tr("unreachable");
        else if (!destination.isConfigured())
            state = tr("not configured");
        else if (const auto it = destination.restoredByDatabase.constFind(db.actualName.toLower());
                 it != destination.restoredByDatabase.constEnd())
            state = tr("set %1").arg(it->setId);
        else
            state = tr("nothing restored");
        parts.append(QStringLiteral("%1: %2").arg(destination.server, state));
    }
    return parts.join(QStringLiteral("; "));
}

qint64 DatabaseStatusModel::lowestRestoredSet(const GroupDatabase& db) const
{
    qint64 lowest = -1;
    for (const DestinationState& destination : m_snapshot.destinations) {
        const auto it = destination.restoredByDatabase.constFind(db.actualName.toLower());
        const qint64 id = it == destination.restoredByDatabase.constEnd() ? -1 : it->setId;
        lowest = lowest < 0 ? id : qMin(lowest, id);
    }
    return lowest;
}

QVariant DatabaseStatusModel::sortData(const GroupDatabase& db, const StatusVerdict& verdict,
                                       int column) const
{
    switch (column) {
    case StatusColumn:
        return int(verdict.level);
    case RoleColumn:
        return int(db.role);
    case LastFullColumn:
        return db.lastFullBackup.value_or(QDateTime());
    case LastLogColumn:
        return db.lastLogBackup.value_or(QDateTime());
    case RestoredColumn:
        return lowestRestoredSet(db);
    default:
        return displayData(db, verdict, column);
    }
}

QVariant DatabaseStatusModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount)
        return QVariant();
    const GroupDatabase& db = m_snapshot.databases.at(index.row());
    static const StatusVerdict unknown{StatusLevel::Info, QString()};
    const StatusVerdict& verdict =
        index.row() < m_verdicts.size() ? m_verdicts.at(index.row()) : unknown;
    switch (role) {
    case Qt::DisplayRole:
        return displayData(db, verdict, index.column());
    case Qt::ToolTipRole:
        if (index.column() == LastFullColumn && db.method == BackupMethod::BackupJob)
            return describeBackupTime(db.lastFullBackup);
        if (index.column() == LastLogColumn && db.method == BackupMethod::BackupJob)
            return describeBackupTime(db.lastLogBackup);
        return verdict.reason;
    case StatusLevelRole:
        return int(verdict.level);
    case SortRole:
        return sortData(db, verdict, index.column());
    case DatabaseKeyRole:
        return db.key();
    default:
        return QVariant();
    }
}

QVariant DatabaseStatusModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case StatusColumn:
        return tr("Status");
    case RoleColumn:
        return tr("Role");
    case DefaultNameColumn:
        return tr("Default name");
    case ActualNameColumn:
        return tr("Database");
    case ServerColumn:
        return tr("Server");
    case MethodColumn:
        return tr("Backup method");
    case RecoveryModelColumn:
        return tr("Recovery model");
    case LastFullColumn:
        return tr("Last full backup");
    case LastLogColumn:
        return tr("Last log backup");
    case RestoredColumn:
        return tr("Restored on destinations");
    case ReasonColumn:
        return tr("Reason");
    default:
        return QVariant();
    }
}

} // namespace bts
