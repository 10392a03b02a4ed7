#include "SourceJobConfig.h"

#include "group/BackupJobSettings.h"

namespace bts {
namespace {

QString realPath(const QString& path)
{
    return path == DestinationPathPlaceholder ? QString() : path;
}

} // namespace

SourceJobConfig SourceJobConfig::fromContext(const SourceContext& context)
{
    const BackupJobState& job = context.snapshot.job;
    const BackupJobSettings current = BackupJobSettings::fromJob(job);
    SourceJobConfig config;
    if (current.full) {
        config.fullBackupPath = realPath(current.full->backupPath);
        config.frequency = current.full->frequency;
        if (!current.full->markName.isEmpty())
            config.markName = current.full->markName;
        config.backupHour = current.full->backupHour;
        config.useLocalTime = current.full->useLocalTime;
        config.forceFullAfterPartialSet = current.full->forceFullAfterPartialSet;
    }
    if (current.log) {
        config.logBackupPath = realPath(current.log->backupPath);
        if (!current.log->markName.isEmpty())
            config.markName = current.log->markName;
    }
    if (config.logBackupPath.isEmpty())
        config.logBackupPath = config.fullBackupPath;
    if (config.fullBackupPath.isEmpty())
        config.fullBackupPath = config.logBackupPath;
    if (job.step(JobStepNames::Compression))
        config.compression = current.compression.value_or(false);
    if (current.daysToKeep)
        config.daysToKeep = *current.daysToKeep;
    if (const JobSchedule* schedule = job.schedule(BackupScheduleName);
        schedule && schedule->intervalMinutes())
        config.intervalMinutes = *schedule->intervalMinutes();
    config.enableJob = true;
    return config;
}

} // namespace bts
