#include "JobHistory.h"

#include "sql/SqlRunner.h"
#include "sql/SqlValues.h"

namespace bts {

Result<QVector<JobHistoryEntry>> readJobHistory(const GroupBackend& backend, const QString& jobName,
                                                const QDate& since)
{
    const SqlRunner run(backend.connector());
    // msdb filters by whole days (run_date is yyyymmdd); callers narrow to the hour themselves.
    Result<QSqlQuery> rows =
        run.query(backend.managementServer(), QStringLiteral("msdb"),
                  QStringLiteral("backup_job_history"), {jobName, msdbDate(since)});
    if (!rows)
        return rows.error();
    QSqlQuery& q = rows.value();
    QVector<JobHistoryEntry> entries;
    while (q.next()) {
        JobHistoryEntry e;
        e.instanceId = q.value(QStringLiteral("instance_id")).toLongLong();
        e.stepId = q.value(QStringLiteral("step_id")).toInt();
        // sysname columns come back padded from some drivers.
        e.stepName = q.value(QStringLiteral("step_name")).toString().trimmed();
        e.runStatus = q.value(QStringLiteral("run_status")).toInt();
        e.startedAt = msdbDateTime(q.value(QStringLiteral("run_date")).toInt(),
                                   q.value(QStringLiteral("run_time")).toInt());
        e.durationSeconds = msdbDurationSeconds(q.value(QStringLiteral("run_duration")).toInt());
        e.message = q.value(QStringLiteral("message")).toString();
        entries.append(e);
    }
    return entries;
}

} // namespace bts
