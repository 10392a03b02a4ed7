#include "ShippingJobModel.h"

#include "source/JobHistoryModel.h"

namespace bts {
namespace {

// The level of a job's last outcome; whether a disabled job is a problem is the status
// engine's to say (Restore To Mark is meant to be disabled until a failover).
StatusLevel outcomeLevel(const std::optional<JobRun>& run)
{
    if (!run)
        return StatusLevel::Info;
    switch (run->runStatus) {
    case 0:
        return StatusLevel::Critical;
    case 1:
        return StatusLevel::Ok;
    case 3:
        return StatusLevel::Warning;
    default:
        return StatusLevel::Info; // retry, in progress
    }
}

} // namespace

void ShippingJobModel::setFacts(const ShippingFacts& facts)
{
    QVector<Row> rows;
    const GroupSnapshot& snapshot = facts.snapshot;
    const BackupJobState& job = snapshot.job;
    Row source;
    source.server = snapshot.managementServer;
    source.job = job.name.isEmpty() ? backupJobName(snapshot.managementDatabase) : job.name;
    if (!facts.sourceReachable) {
        source.outcome = tr("Not read");
        source.message = facts.sourceError.sentence();
        source.level = StatusLevel::Critical;
    } else if (!job.found) {
        source.outcome = tr("Not found");
        source.message = tr("The job does not exist on %1.").arg(snapshot.managementServer);
        source.level = StatusLevel::Critical;
    } else {
        source.enabled = job.enabled;
        if (const JobSchedule* schedule = job.schedule(BackupScheduleName))
            source.intervalMinutes = schedule->intervalMinutes();
        source.lastRun = job.lastRun;
        source.message = job.lastRun ? job.lastRun->message : QString();
        if (job.lastRun && !job.lastRun->succeeded() && job.lastFailedStep) {
            source.message = tr("Step %1 (%2): %3")
                                 .arg(job.lastFailedStep->stepId)
                                 .arg(job.lastFailedStep->stepName, job.lastFailedStep->message);
        }
        source.level = outcomeLevel(job.lastRun);
    }
    rows.append(source);

    for (const DestinationState& destination : snapshot.destinations) {
        if (!destination.reachable) {
            Row row;
            row.server = destination.server;
            row.job = tr("BTS Log Shipping jobs");
            row.outcome = tr("Not read");
            row.message = destination.error.sentence();
            row.level = StatusLevel::Critical;
            rows.append(row);
            continue;
        }
        if (destination.jobs.isEmpty()) {
            Row row;
            row.server = destination.server;
            row.job = tr("BTS Log Shipping jobs");
            row.outcome = tr("Not found");
            row.message = tr("No BTS Log Shipping job on %1: log shipping is not set up there.")
                              .arg(destination.server);
            row.level = StatusLevel::Warning;
            rows.append(row);
            continue;
        }
        for (const LogShippingJob& j : destination.jobs) {
            Row row;
            row.server = destination.server;
            row.job = j.name;
            row.enabled = j.enabled;
            row.intervalMinutes = j.intervalMinutes;
            row.lastRun = j.lastRun;
            row.message = j.lastRun ? j.lastRun->message : QString();
            row.level = outcomeLevel(j.lastRun);
            rows.append(row);
        }
    }
    replaceRows(int(rows.size()), [&] { m_rows = rows; });
}

const ShippingJobModel::Row* ShippingJobModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

QStringList ShippingJobModel::headers() const
{
    return {tr("Server"), tr("Job"), tr("Outcome"), tr("Last run"), tr("Enabled"), tr("Message")};
}

QString ShippingJobModel::textAt(int row, int column) const
{
    const Row& r = m_rows.at(row);
    switch (column) {
    case ServerColumn:
        return r.server;
    case JobColumn:
        return r.job;
    case EnabledColumn:
        if (!r.enabled)
            return tr("unknown");
        if (!*r.enabled)
            return tr("No");
        return r.intervalMinutes ? tr("Yes, every %1 min").arg(*r.intervalMinutes)
                                 : tr("Yes, not scheduled");
    case LastRunColumn:
        // msdb stores server-local times: shown as they are, like the Agent's own viewer.
        return r.lastRun ? formatShippingTime(r.lastRun->startedAt) : QString();
    case OutcomeColumn:
        if (!r.outcome.isEmpty())
            return r.outcome;
        return r.lastRun ? JobHistoryModel::outcomeName(r.lastRun->runStatus) : tr("Never run");
    case MessageColumn:
        return r.message;
    default:
        return QString();
    }
}

QVariant ShippingJobModel::sortValueAt(int row, int column) const
{
    const Row& r = m_rows.at(row);
    if (column == LastRunColumn)
        return r.lastRun ? r.lastRun->startedAt : QDateTime();
    if (column == EnabledColumn)
        return r.enabled ? (*r.enabled ? 1 : 0) : -1;
    return StatusTableModel::sortValueAt(row, column);
}

} // namespace bts
