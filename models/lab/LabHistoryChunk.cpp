#include "LabHistoryPlan.h"
#include "LabHistoryWriter.h"
#include "group/BackupNaming.h"
#include "sql/SqlValues.h"

namespace bts {
namespace {

using namespace LabHistoryWriter;

const QString Master = QStringLiteral("master");
const QString Msdb = QStringLiteral("msdb");
const QString StepSucceeded = QStringLiteral("Executed as user: LAB\\svc-btsagent. The step "
                                             "succeeded.");

// One adm_BackupHistory row as the lab's backup procedures write it, and the destinations'
// copy of it once imported and restored.
struct Row {
    qint64 backupId;
    qint64 setId;
    QVariant mark; // null for a full backup
    QString database;
    QString server;
    QString file;
    QString type;
    QString when;
    QString restoredAt; // the destination's local time, a slot later (the newest is held back)
    QString key;        // "server/database", lower case
};

QVector<Row> rowsOf(const LabHistoryContext& ctx, const LabHistoryPlan& plan, qint64 begin,
                    qint64 end)
{
    QVector<Row> rows;
    for (qint64 i = begin; i < end; ++i) {
        const LabHistorySlot& slot = plan.timeline.at(i);
        const QString when = labDateTimeText(slot.utc);
        const QString restoredAt =
            labDateTimeText(slot.utc.addSecs(plan.intervalMinutes * 60LL + ctx.utcOffsetSeconds));
        const QString fullMark = fullMarkName(ctx.markName, slot.utc);
        qint64 backupId = slot.backupId;
        qint64 setId = slot.setId;
        for (const bool full : {true, false}) {
            if (full ? !slot.full : !slot.log)
                continue;
            const BackupKind kind = full ? BackupKind::Full : BackupKind::Log;
            for (const LabHistoryTarget& t : full ? ctx.fullTargets : ctx.logTargets) {
                rows.append({backupId++, setId, full ? QVariant() : QVariant(fullMark), t.database,
                             t.server, backupFileName(t.server, t.database, kind, fullMark),
                             full ? QStringLiteral("db") : QStringLiteral("lg"), when, restoredAt,
                             t.server.toLower() + QLatin1Char('/') + t.database.toLower()});
            }
            ++setId;
        }
    }
    return rows;
}

Status writeJobRuns(const LabConnector& c, const LabHistoryContext& ctx, const LabHistoryPlan& plan,
                    const LabHistoryMsdb& msdb, qint64 begin, qint64 end)
{
    return bulk(
        c, msdb.server, Msdb,
        QStringLiteral("INSERT INTO sysjobhistory (instance_id, job_id, step_id, step_name, "
                       "sql_message_id, sql_severity, message, run_status, run_date, run_time, "
                       "run_duration, server) VALUES (?, ?, ?, ?, 0, 0, ?, 1, ?, ?, 0, ?)"),
        [&](QSqlQuery& q) -> Status {
            for (qint64 i = begin; i < end; ++i) {
                qint64 instance = msdb.firstInstanceId + i * msdb.rowsPerSlot;
                for (const int index : msdb.jobs) {
                    const LabHistoryJob& job = ctx.jobs.at(index);
                    const QDateTime local =
                        plan.timeline.at(i).utc.addSecs(job.delaySeconds + ctx.utcOffsetSeconds);
                    const int date = msdbDate(local.date());
                    const int time = msdbTime(local.time());
                    for (const auto& [stepId, stepName] : job.steps) {
                        if (Status s = insert(q, {instance++, job.jobId, stepId, stepName,
                                                  StepSucceeded, date, time, job.server});
                            !s)
                            return s;
                    }
                    if (Status s =
                            insert(q, {instance++, job.jobId, 0, QStringLiteral("(Job outcome)"),
                                       job.outcome, date, time, job.server});
                        !s)
                        return s;
                }
            }
            return success();
        });
}

} // namespace

Result<qint64> writeLabHistoryChunk(const LabConnector& c, const LabHistoryContext& ctx,
                                    const LabHistoryPlan& plan, qint64 begin, qint64 end)
{
    const QVector<Row> rows = rowsOf(ctx, plan, begin, end);
    qint64 written = 0;
    Status source =
        bulk(c, ctx.mgmtServer, ctx.mgmtDatabase,
             QStringLiteral("INSERT INTO adm_BackupHistory (BackupId, BackupSetId, MarkName, "
                            "DatabaseName, BackupFileName, BackupFileLocation, BackupType, "
                            "BackupDateTime, SetComplete, ServerName) "
                            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, ?)"),
             [&](QSqlQuery& q) -> Status {
                 for (const Row& r : rows) {
                     if (Status s = insert(q, {r.backupId, r.setId, r.mark, r.database, r.file,
                                               ctx.location, r.type, r.when, r.server});
                         !s)
                         return s;
                 }
                 return success();
             });
    if (!source)
        return source.error();
    written += rows.size();
    for (const LabHistoryDestination& d : ctx.destinations) {
        Status imported = bulk(
            c, d.server, Master,
            QStringLiteral("INSERT INTO bts_LogShippingHistory (BackupId, BackupSetId, MarkName, "
                           "DatabaseName, ServerName, BackupFileName, BackupFileLocation, "
                           "BackupType, BackupDateTime, SetComplete, Restored, RestoredDateTime) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1, 1, ?)"),
            [&](QSqlQuery& q) -> Status {
                for (const Row& r : rows) {
                    if (!d.restored.contains(r.key))
                        continue;
                    if (Status s = insert(q, {r.backupId, r.setId, r.mark, r.database, r.server,
                                              r.file, ctx.location, r.type, r.when, r.restoredAt});
                        !s)
                        return s;
                    ++written;
                }
                return success();
            });
        if (!imported)
            return imported.error();
    }
    for (const LabHistoryMsdb& msdb : plan.msdbs) {
        if (Status s = writeJobRuns(c, ctx, plan, msdb, begin, end); !s)
            return s.error();
    }
    return written;
}

} // namespace bts
