#include "JobHistoryModel.h"

#include "group/DatabaseStatus.h"

namespace bts {
namespace {

StatusLevel levelOf(const JobHistoryEntry& entry)
{
    if (entry.failed())
        return StatusLevel::Critical;
    return entry.succeeded() ? StatusLevel::Ok : StatusLevel::Info;
}

// instance_id is an int in msdb, so the two bands never overlap; negated so that an ascending
// sort puts the newest first within each band.
qint64 failuresFirstKey(const JobHistoryEntry& entry)
{
    const qint64 band = entry.failed() ? -(qint64(1) << 40) : 0;
    return band - entry.instanceId;
}

} // namespace

JobHistoryModel::JobHistoryModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void JobHistoryModel::setEntries(const QVector<JobHistoryEntry>& entries)
{
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

const JobHistoryEntry* JobHistoryModel::entryAt(int row) const
{
    return row >= 0 && row < m_entries.size() ? &m_entries.at(row) : nullptr;
}

int JobHistoryModel::rowForInstance(qint64 instanceId) const
{
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).instanceId == instanceId)
            return row;
    }
    return -1;
}

QString JobHistoryModel::outcomeName(int runStatus)
{
    switch (runStatus) {
    case 0:
        return tr("Failed");
    case 1:
        return tr("Succeeded");
    case 2:
        return tr("Retry");
    case 3:
        return tr("Cancelled");
    case 4:
        return tr("In progress");
    default:
        return tr("Unknown (%1)").arg(runStatus);
    }
}

QString JobHistoryModel::stepText(const JobHistoryEntry& entry)
{
    if (entry.isOutcome())
        return tr("Job outcome");
    return tr("%1 (%2)").arg(entry.stepId).arg(entry.stepName);
}

QString JobHistoryModel::durationText(int seconds)
{
    // msdb's own hh:mm:ss, which operators know from the job history viewer.
    const int s = qMax(0, seconds);
    return QStringLiteral("%1:%2:%3")
        .arg(s / 3600, 2, 10, QLatin1Char('0'))
        .arg((s / 60) % 60, 2, 10, QLatin1Char('0'))
        .arg(s % 60, 2, 10, QLatin1Char('0'));
}

int JobHistoryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int JobHistoryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant JobHistoryModel::displayData(const JobHistoryEntry& entry, int column) const
{
    switch (column) {
    case OutcomeColumn:
        return outcomeName(entry.runStatus);
    case StartedColumn:
        return entry.startedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case StepColumn:
        return stepText(entry);
    case DurationColumn:
        return durationText(entry.durationSeconds);
    case MessageColumn:
        // One line in the grid; the page shows the whole text of the selected row.
        return entry.message.simplified();
    default:
        return QVariant();
    }
}

QVariant JobHistoryModel::sortData(const JobHistoryEntry& entry, int column) const
{
    switch (column) {
    case OutcomeColumn:
        return failuresFirstKey(entry);
    case StartedColumn:
        // Rows of one run share a start second: instance_id keeps them in the order msdb wrote.
        return entry.instanceId;
    case StepColumn:
        return entry.stepId;
    case DurationColumn:
        return entry.durationSeconds;
    default:
        return displayData(entry, column);
    }
}

QVariant JobHistoryModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount)
        return QVariant();
    const JobHistoryEntry& entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(entry, index.column());
    case Qt::ToolTipRole:
        return index.column() == StartedColumn ? tr("Server local time, as msdb records it.")
                                               : entry.message;
    case StatusLevelRole:
        return int(levelOf(entry));
    case SortRole:
        return sortData(entry, index.column());
    case FailuresFirstRole:
        return failuresFirstKey(entry);
    case InstanceIdRole:
        return entry.instanceId;
    default:
        return QVariant();
    }
}

QVariant JobHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case OutcomeColumn:
        return tr("Outcome");
    case StartedColumn:
        return tr("Started (server time)");
    case StepColumn:
        return tr("Step");
    case DurationColumn:
        return tr("Duration");
    case MessageColumn:
        return tr("Message");
    default:
        return QVariant();
    }
}

} // namespace bts
