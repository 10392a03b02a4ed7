#include "LabHistoryPlan.h"

#include "LabAgent.h"
#include "LabHistoryWriter.h"
#include "LabLogShipping.h"
#include "LabTopology.h"
#include "sql/SqlValues.h"

#include <QDir>

namespace bts {
namespace {

const QString Master = QStringLiteral("master");
const QString Msdb = QStringLiteral("msdb");
// fullMarkName's suffix: "_" and the 23 characters of the timestamp.
constexpr int MarkSuffixLength = 24;

Result<QVector<LabHistoryTarget>> targets(const LabConnector& c, const LabHistoryContext& ctx,
                                          const QString& type)
{
    // The databases of the newest complete set of that type: what the job backs up today.
    Result<QSqlQuery> q = c.run(
        ctx.mgmtServer, ctx.mgmtDatabase,
        QStringLiteral("SELECT ServerName, DatabaseName FROM adm_BackupHistory WHERE BackupSetId "
                       "= (SELECT MAX(BackupSetId) FROM adm_BackupHistory WHERE BackupType = ? "
                       "AND SetComplete = 1) ORDER BY BackupId"),
        {type});
    if (!q)
        return q.error();
    QVector<LabHistoryTarget> result;
    while (q.value().next())
        result.append({q.value().value(0).toString(), q.value().value(1).toString()});
    if (!result.isEmpty())
        return result;
    q = c.run(ctx.mgmtServer, ctx.mgmtDatabase,
              QStringLiteral("SELECT ServerName, DatabaseName FROM admv_BackupDatabases"));
    if (!q)
        return q.error();
    while (q.value().next())
        result.append({q.value().value(0).toString(), q.value().value(1).toString()});
    return result;
}

// The oldest row of a history table folded into the context's lowest ids and time.
Status foldOldest(const LabConnector& c, const QString& server, const QString& database,
                  const QString& table, LabHistoryContext& ctx)
{
    Result<QSqlQuery> q =
        c.run(server, database,
              QStringLiteral("SELECT MIN(BackupSetId), MIN(BackupId), MIN(BackupDateTime) FROM %1")
                  .arg(table));
    if (!q)
        return q.error();
    if (!q.value().next() || q.value().value(0).isNull())
        return success();
    ctx.lowestSetId = std::min(ctx.lowestSetId, q.value().value(0).toLongLong());
    ctx.lowestBackupId = std::min(ctx.lowestBackupId, q.value().value(1).toLongLong());
    if (const auto oldest = sqlDateTime(q.value().value(2)); oldest && *oldest < ctx.oldestUtc)
        ctx.oldestUtc = *oldest;
    return success();
}

Status readJob(const LabConnector& c, const QString& server, const QString& nameFilter,
               int delaySeconds, LabHistoryContext& ctx)
{
    Result<QVariant> id = c.scalar(
        server, Msdb, QStringLiteral("SELECT job_id FROM sysjobs WHERE name LIKE ? ORDER BY name"),
        {nameFilter});
    if (!id || id.value().isNull())
        return id ? success() : Status(id.error());
    LabHistoryJob job{server, id.value().toString(), {}, {}, delaySeconds};
    Result<QSqlQuery> steps =
        c.run(server, Msdb,
              QStringLiteral("SELECT step_id, step_name FROM sysjobsteps WHERE job_id = ? ORDER BY "
                             "step_id"),
              {job.jobId});
    if (!steps)
        return steps.error();
    while (steps.value().next())
        job.steps.append({steps.value().value(0).toInt(), steps.value().value(1).toString()});
    Result<QSqlQuery> schedule = c.run(
        server, Msdb,
        QStringLiteral("SELECT s.schedule_id, s.name FROM sysjobschedules j JOIN sysschedules s "
                       "ON s.schedule_id = j.schedule_id WHERE j.job_id = ?"),
        {job.jobId});
    if (!schedule)
        return schedule.error();
    const QString invoker = schedule.value().next() ? QStringLiteral("Schedule %1 (%2)")
                                                          .arg(schedule.value().value(0).toString(),
                                                               schedule.value().value(1).toString())
                                                    : QStringLiteral("User LAB\\operator");
    const QString last = job.steps.isEmpty() ? QString()
                                             : QStringLiteral("step %1 (%2)")
                                                   .arg(job.steps.last().first)
                                                   .arg(job.steps.last().second);
    job.outcome = QStringLiteral("The job succeeded.  The Job was invoked by %1.  The last step "
                                 "to run was %2.")
                      .arg(invoker, last);
    ctx.jobs.append(job);
    Result<QVariant> lowest =
        c.scalar(server, Msdb, QStringLiteral("SELECT MIN(instance_id) FROM sysjobhistory"));
    if (!lowest)
        return lowest.error();
    ctx.lowestInstanceId.insert(server, lowest.value().isNull() ? 1 : lowest.value().toLongLong());
    return success();
}

Status readDestination(const LabConnector& c, const QString& server, LabHistoryContext& ctx)
{
    Result<QVariant> configured = c.scalar(
        server, Master,
        QStringLiteral("SELECT COUNT(*) FROM dbo.sqlite_master WHERE type = 'table' AND name = "
                       "'bts_LogShippingSource'"));
    if (!configured)
        return configured.error();
    if (configured.value().toInt() > 0)
        configured =
            c.scalar(server, Master, QStringLiteral("SELECT COUNT(*) FROM bts_LogShippingSource"));
    if (!configured || configured.value().toInt() == 0)
        return configured ? success() : Status(configured.error());
    LabHistoryDestination destination{server, {}};
    Result<QSqlQuery> q = c.run(
        server, Master,
        QStringLiteral("SELECT SourceServerName, DatabaseName FROM bts_LogShippingDatabases"));
    if (!q)
        return q.error();
    while (q.value().next())
        destination.restored.insert(q.value().value(0).toString().toLower() + QLatin1Char('/') +
                                    q.value().value(1).toString().toLower());
    ctx.destinations.append(destination);
    if (Status s = foldOldest(c, server, Master, QStringLiteral("bts_LogShippingHistory"), ctx); !s)
        return s;
    // Get Backup History and Restore Databases run every minute; a slot's run a minute later.
    if (Status s = readJob(c, server, LabLogShipping::GetBackupHistoryJob, 60, ctx); !s)
        return s;
    return readJob(c, server, LabLogShipping::RestoreDatabasesJob, 60, ctx);
}

} // namespace

Result<LabHistoryContext> readLabHistoryContext(const LabConnector& c)
{
    LabHistoryContext ctx;
    ctx.mgmtServer = LabTopology::SourceServer;
    ctx.mgmtDatabase = LabTopology::ManagementDatabase;
    Result<LabAgent::Clock> clock = LabAgent(c).clock();
    if (!clock)
        return clock.error();
    ctx.utcOffsetSeconds = clock.value().utcOffsetSeconds;
    ctx.oldestUtc = clock.value().utcNow;
    Result<QVariant> next = c.scalar(ctx.mgmtServer, ctx.mgmtDatabase,
                                     QStringLiteral("SELECT NextBackupSetId FROM adm_BackupSetId"));
    if (!next)
        return next.error();
    ctx.lowestSetId = std::max<qint64>(1, next.value().toLongLong());
    Result<QVariant> seq = c.scalar(
        ctx.mgmtServer, ctx.mgmtDatabase,
        QStringLiteral("SELECT seq FROM sqlite_sequence WHERE name = 'adm_BackupHistory'"));
    if (!seq)
        return seq.error();
    ctx.lowestBackupId = seq.value().toLongLong() + 1;
    if (Status s = foldOldest(c, ctx.mgmtServer, ctx.mgmtDatabase,
                              QStringLiteral("adm_BackupHistory"), ctx);
        !s)
        return s.error();
    for (const QString& type : {QStringLiteral("db"), QStringLiteral("lg")}) {
        Result<QVector<LabHistoryTarget>> t = targets(c, ctx, type);
        if (!t)
            return t.error();
        (type == QLatin1String("db") ? ctx.fullTargets : ctx.logTargets) = t.value();
    }
    Result<QSqlQuery> newest =
        c.run(ctx.mgmtServer, ctx.mgmtDatabase,
              QStringLiteral("SELECT MarkName, BackupFileLocation FROM adm_BackupHistory WHERE "
                             "BackupType = 'lg' ORDER BY BackupId DESC LIMIT 1"));
    if (!newest)
        return newest.error();
    const bool has = newest.value().next();
    const QString mark = has ? newest.value().value(0).toString() : QString();
    ctx.markName = mark.size() > MarkSuffixLength ? mark.left(mark.size() - MarkSuffixLength)
                                                  : QStringLiteral("BTS");
    ctx.location =
        has ? newest.value().value(1).toString()
            : QDir::toNativeSeparators(QDir(c.root()).filePath(QStringLiteral("Backups")));
    if (Status s = readJob(c, ctx.mgmtServer, QStringLiteral("Backup BizTalk Server%"), 0, ctx); !s)
        return s.error();
    const QStringList servers = QDir(c.root()).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString& server : servers) {
        if (QFileInfo::exists(c.databaseFile(server, Master))) {
            if (Status s = readDestination(c, server, ctx); !s)
                return s.error();
        }
    }
    return ctx;
}

LabHistoryPlan planLabHistory(const LabHistoryContext& ctx, const LabHistoryScale& scale)
{
    LabHistoryPlan plan;
    plan.intervalMinutes = std::max(1, scale.intervalMinutes);
    const qint64 interval = plan.intervalMinutes * 60LL;
    const qint64 fullEvery = std::max(1, scale.fullEveryHours) * 3600LL;
    // Slots back from the oldest backup, on the interval's grid; a full set on every multiple of
    // fullEvery (UTC midnight by default, as the lab's daily full runs), and the oldest set
    // a full one, since a log chain starts with a full backup.
    const qint64 oldest = ctx.oldestUtc.toSecsSinceEpoch();
    qint64 t = oldest - oldest % interval;
    if (t == oldest)
        t -= interval;
    qint64 remaining = std::max<qint64>(0, scale.sets);
    while (remaining > 0) {
        LabHistorySlot slot;
        slot.utc = QDateTime::fromSecsSinceEpoch(t, Qt::UTC);
        const bool boundary = t % fullEvery == 0 || remaining <= 2;
        slot.log = remaining > 1 || !boundary;
        slot.full = boundary;
        remaining -= int(slot.log) + int(slot.full);
        plan.timeline.append(slot);
        t -= interval;
    }
    std::reverse(plan.timeline.begin(), plan.timeline.end());
    qint64 rows = 0;
    for (const LabHistorySlot& s : std::as_const(plan.timeline))
        rows += (s.full ? ctx.fullTargets.size() : 0) + (s.log ? ctx.logTargets.size() : 0);
    qint64 setId = LabHistoryWriter::roomBelow(ctx.lowestSetId, scale.sets, plan.setIdShift);
    qint64 backupId = LabHistoryWriter::roomBelow(ctx.lowestBackupId, rows, plan.backupIdShift);
    for (LabHistorySlot& s : plan.timeline) {
        s.setId = setId;
        s.backupId = backupId;
        setId += int(s.full) + int(s.log);
        backupId += (s.full ? ctx.fullTargets.size() : 0) + (s.log ? ctx.logTargets.size() : 0);
    }
    for (int i = 0; i < ctx.jobs.size(); ++i) {
        const LabHistoryJob& job = ctx.jobs.at(i);
        auto found = std::find_if(plan.msdbs.begin(), plan.msdbs.end(),
                                  [&](const LabHistoryMsdb& m) { return m.server == job.server; });
        if (found == plan.msdbs.end())
            found = plan.msdbs.insert(plan.msdbs.end(), LabHistoryMsdb{job.server, {}, 0, 1, 0});
        found->jobs.append(i);
        found->rowsPerSlot += job.steps.size() + 1;
    }
    for (LabHistoryMsdb& m : plan.msdbs)
        m.firstInstanceId = LabHistoryWriter::roomBelow(
            ctx.lowestInstanceId.value(m.server, 1), m.rowsPerSlot * plan.timeline.size(), m.shift);
    return plan;
}

} // namespace bts
