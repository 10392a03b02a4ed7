#include "BackupJob.h"

namespace bts {

QString backupJobName(const QString& managementDatabase)
{
    return QStringLiteral("Backup BizTalk Server (%1)").arg(managementDatabase);
}

std::optional<int> JobSchedule::intervalMinutes() const
{
    // freq_subday_type: 2 seconds, 4 minutes, 8 hours (msdb.dbo.sysschedules).
    switch (freqSubdayType) {
    case 2:
        return qMax(1, freqSubdayInterval / 60);
    case 4:
        return freqSubdayInterval;
    case 8:
        return freqSubdayInterval * 60;
    default:
        return std::nullopt;
    }
}

const JobStep* BackupJobState::step(const QString& stepName) const
{
    for (const JobStep& s : steps) {
        if (s.name.compare(stepName, Qt::CaseInsensitive) == 0)
            return &s;
    }
    return nullptr;
}

const JobSchedule* BackupJobState::schedule(const QString& scheduleName) const
{
    for (const JobSchedule& s : schedules) {
        if (s.name.compare(scheduleName, Qt::CaseInsensitive) == 0)
            return &s;
    }
    return nullptr;
}

} // namespace bts
