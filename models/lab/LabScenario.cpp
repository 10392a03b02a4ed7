#include "LabScenario.h"

#include "Lab.h"
#include "LabAgent.h"
#include "LabConnector.h"
#include "LabDestination.h"
#include "LabFaults.h"
#include "LabLogShipping.h"
#include "LabLogShippingScenario.h"
#include "LabTopology.h"
#include "group/BackupJob.h"
#include "sql/SqlValues.h"
#include "tsql/ExecCall.h"

#include <QDir>

namespace bts {
namespace {

constexpr qint64 Minute = 60;
constexpr qint64 Hour = 60 * Minute;
// Log shipping running before anything breaks: long enough for a daily full set (at midnight
// UTC from the default start) and a chain of restored log sets.
constexpr qint64 RunningSeconds = 4 * Hour;
// The job's log backups run every 15 minutes (MarkAndBackupLogSched).
constexpr qint64 JobInterval = 15 * Minute;
constexpr qint64 BehindSeconds = 3 * Hour;
// Two failed runs: partial sets, while the newest complete log set stays younger than the
// default critical age of an hour (Thresholds), so that the partial sets are what the status
// shows rather than the source having stopped altogether.
constexpr qint64 PartialSetSeconds = 2 * JobInterval;
constexpr qint64 GapSeconds = 1 * Hour;
constexpr qint64 JobFailingSeconds = 1 * Hour;
constexpr qint64 SourceLostSeconds = JobInterval;
// The MissingBackupFile fault strikes when the restore engine wants the file: within a few
// runs of Restore Databases.
constexpr int MissingFileMaxIntervals = 8;

const QString Master = QStringLiteral("master");

struct ScenarioInfo {
    LabScenario scenario;
    const char* name;
    const char* description;
};

const ScenarioInfo Scenarios[] = {
    {LabScenario::Healthy, "healthy",
     "Backups and log shipping to LABSQL02 run as they should: LABSQL02 keeps one log set behind."},
    {LabScenario::DestinationBehind, "behind",
     "LABSQL02's SQL Server Agent stopped three hours ago: it has restored nothing since."},
    {LabScenario::PartialSet, "partial-set",
     "BizTalkDTADb's backups fail: the newest sets are partial and LABSQL02 waits for a full set."},
    {LabScenario::Gap, "gap",
     "LABSQL02 restored a later set by hand, skipping sets it never restored, with no full set "
     "since."},
    {LabScenario::MissingBackupFile, "missing-file",
     "A log backup file of BizTalkMsgBoxDb that LABSQL02 needs next is gone."},
    {LabScenario::JobFailing, "job-failing",
     "The Backup BizTalk Server job fails on every run: its backup folder cannot be reached."},
    {LabScenario::SourceLost, "source-lost",
     "LABSQL01 is gone: only the destination LABSQL02 can be read."},
};

const ScenarioInfo& info(LabScenario scenario)
{
    for (const ScenarioInfo& s : Scenarios) {
        if (s.scenario == scenario)
            return s;
    }
    return Scenarios[0];
}

Status runAll(const GroupBackend& backend, const QVector<ServerCommand>& commands)
{
    for (const ServerCommand& command : commands) {
        if (Status s = backend.execute(command); !s)
            return s;
    }
    return success();
}

ServerCommand updateJob(const QString& server, const QString& job, bool enabled)
{
    ServerCommand call;
    call.server = server;
    call.database = QStringLiteral("msdb");
    call.procedure = {QStringLiteral("msdb"), QStringLiteral("dbo"),
                      QStringLiteral("sp_update_job")};
    call.parameters = {{QStringLiteral("job_name"), job},
                       {QStringLiteral("enabled"), enabled ? 1 : 0}};
    call.purpose = QStringLiteral("%1 %2").arg(
        enabled ? QStringLiteral("Enable") : QStringLiteral("Disable"), job);
    return call;
}

// The backup job's full and log steps pointed at `folder`, as an operator would change them.
Result<QVector<ServerCommand>> pointBackupsAt(const Lab& lab, const QString& folder)
{
    Result<GroupSnapshot> snapshot = lab.backend()->readSnapshot();
    if (!snapshot)
        return snapshot.error();
    const BackupJobState& job = snapshot.value().job;
    const auto stepCall = [&](const QString& stepName, const ExecCall& command) {
        const JobStep* step = job.step(stepName);
        ServerCommand call;
        call.server = LabTopology::SourceServer;
        call.database = QStringLiteral("msdb");
        call.procedure = {QStringLiteral("msdb"), QStringLiteral("dbo"),
                          QStringLiteral("sp_update_jobstep")};
        call.parameters = {{QStringLiteral("job_name"), job.name},
                           {QStringLiteral("step_id"), step ? step->id : 0},
                           {QStringLiteral("command"), command.toSql()}};
        call.purpose = QStringLiteral("Point job step '%1' at %2").arg(stepName, folder);
        return call;
    };
    ExecCall full;
    full.nameParts = {QStringLiteral("dbo"), QStringLiteral("sp_BackupAllFull_Schedule")};
    full.arguments = {{{}, SqlLiteral::string(QStringLiteral("d"))},
                      {{}, SqlLiteral::string(QStringLiteral("BTS"))},
                      {{}, SqlLiteral::string(folder)}};
    ExecCall log;
    log.nameParts = {QStringLiteral("dbo"), QStringLiteral("sp_MarkAll")};
    log.arguments = {{{}, SqlLiteral::string(QStringLiteral("BTS"))},
                     {{}, SqlLiteral::string(folder)}};
    return QVector<ServerCommand>{stepCall(JobStepNames::BackupFull, full),
                                  stepCall(JobStepNames::MarkAndBackupLog, log)};
}

// The simulation of a manual restore on LABSQL02: while Restore Databases was disabled, an
// operator restored by hand the complete log set before the newest one imported (the newest is
// held back, facts §2.7) and recorded it in the log shipping tables as the job would, skipping
// every set since the job's last restored set. This is the lab's own SQL on the simulated
// server's history: the console never writes these tables.
Status recordManualRestore(const Lab& lab)
{
    const LabConnector connector(lab.root());
    const QString& server = LabTopology::DestinationServer;
    Result<LabAgent::Clock> clock = LabAgent(connector).clock();
    if (!clock)
        return clock.error();
    const QString restoredAt =
        labDateTimeText(clock.value().utcNow.addSecs(clock.value().utcOffsetSeconds));
    Result<QVariant> target = connector.scalar(
        server, Master,
        QStringLiteral("SELECT MAX(BackupSetId) FROM (SELECT BackupSetId FROM "
                       "bts_LogShippingHistory WHERE BackupType = 'lg' GROUP BY BackupSetId "
                       "HAVING MIN(SetComplete) = 1) WHERE BackupSetId < (SELECT MAX(BackupSetId) "
                       "FROM bts_LogShippingHistory WHERE BackupType = 'lg' AND SetComplete = 1)"));
    if (!target)
        return target.error();
    if (target.value().isNull())
        return DbError::queryFailed(QStringLiteral("LABSQL02 imported no log set to restore by "
                                                   "hand"));
    return LabDestination(connector, server).inTransaction([&]() -> Status {
        const QVector<QPair<QString, QVariantList>> statements = {
            {QStringLiteral("UPDATE bts_LogShippingHistory SET Restored = 1, RestoredDateTime = ? "
                            "WHERE BackupSetId = ?"),
             {restoredAt, target.value()}},
            {QStringLiteral("UPDATE bts_LogShippingLastRestoreSet SET LastRestoreSetId = ?"),
             {target.value()}},
        };
        for (const auto& [sql, values] : statements) {
            if (Result<QSqlQuery> r = connector.run(server, Master, sql, values); !r)
                return r.error();
        }
        return success();
    });
}

Status advanceUntilMissingFileStrikes(Lab& lab)
{
    const LabConnector connector(lab.root());
    const LabFaults faults(connector);
    for (int i = 0; i < MissingFileMaxIntervals; ++i) {
        if (Status s = lab.advance(JobInterval); !s)
            return s;
        Result<bool> pending =
            faults.isSet(LabFault::MissingBackupFile, LabTopology::DestinationServer,
                         LabTopology::MessageBoxDatabase);
        if (!pending)
            return pending.error();
        if (!pending.value())
            return success();
    }
    return DbError::queryFailed(
        QStringLiteral("LABSQL02 never wanted a BizTalkMsgBoxDb backup file: the MissingBackupFile "
                       "fault did not strike"));
}

Status breakLab(Lab& lab, LabScenario scenario)
{
    const std::shared_ptr<GroupBackend> backend = lab.backend();
    switch (scenario) {
    case LabScenario::Healthy:
        return success();
    case LabScenario::DestinationBehind:
        if (Status s =
                lab.setFault(LabFault::AgentStopped, LabTopology::DestinationServer, {}, true);
            !s)
            return s;
        return lab.advance(BehindSeconds);
    case LabScenario::PartialSet:
        if (Status s = lab.setFault(LabFault::BackupFails, LabTopology::SourceServer,
                                    LabTopology::TrackingDatabase, true);
            !s)
            return s;
        return lab.advance(PartialSetSeconds);
    case LabScenario::Gap: {
        // Get Backup History goes on importing while Restore Databases is off; then the manual
        // restore jumps ahead and the job, enabled again, carries on from there.
        const QString& destination = LabTopology::DestinationServer;
        if (Status s = backend->execute(
                updateJob(destination, LabLogShipping::RestoreDatabasesJob, false));
            !s)
            return s;
        if (Status s = lab.advance(GapSeconds); !s)
            return s;
        if (Status s = recordManualRestore(lab); !s)
            return s;
        if (Status s =
                backend->execute(updateJob(destination, LabLogShipping::RestoreDatabasesJob, true));
            !s)
            return s;
        return lab.advance(JobInterval);
    }
    case LabScenario::MissingBackupFile:
        if (Status s = lab.setFault(LabFault::MissingBackupFile, LabTopology::DestinationServer,
                                    LabTopology::MessageBoxDatabase, true);
            !s)
            return s;
        return advanceUntilMissingFileStrikes(lab);
    case LabScenario::JobFailing: {
        // A share the lab's servers cannot reach (it is never created): every database's backup
        // fails, so each run fails without writing a set at all.
        const QString share =
            QDir::toNativeSeparators(QDir(lab.root()).filePath(QStringLiteral("OfflineShare")));
        Result<QVector<ServerCommand>> calls = pointBackupsAt(lab, share);
        if (!calls)
            return calls.error();
        if (Status s = runAll(*backend, calls.value()); !s)
            return s;
        return lab.advance(JobFailingSeconds);
    }
    case LabScenario::SourceLost:
        if (Status s = lab.setFault(LabFault::ServerLost, LabTopology::SourceServer, {}, true); !s)
            return s;
        // Long enough for LABSQL02's Get Backup History to fail on the lost source.
        return lab.advance(SourceLostSeconds);
    }
    return success();
}

} // namespace

QStringList labScenarioNames()
{
    QStringList names;
    for (const ScenarioInfo& s : Scenarios)
        names.append(QString::fromLatin1(s.name));
    return names;
}

QString labScenarioName(LabScenario scenario)
{
    return QString::fromLatin1(info(scenario).name);
}

std::optional<LabScenario> labScenarioFromName(const QString& name)
{
    for (const ScenarioInfo& s : Scenarios) {
        if (name.trimmed().compare(QLatin1String(s.name), Qt::CaseInsensitive) == 0)
            return s.scenario;
    }
    return std::nullopt;
}

QString labScenarioDescription(LabScenario scenario)
{
    return QString::fromUtf8(info(scenario).description);
}

Status applyLabScenario(const std::shared_ptr<Lab>& lab, LabScenario scenario,
                        const QDateTime& startUtc)
{
    if (Status s = lab->reset(startUtc); !s)
        return s;
    Result<QVector<ServerCommand>> quickStart = lab->quickStartCalls();
    if (!quickStart)
        return quickStart.error();
    if (Status s = runAll(*lab->backend(), quickStart.value()); !s)
        return s;
    if (Status s = setUpLabLogShipping(lab); !s)
        return s;
    if (Status s = lab->advance(RunningSeconds); !s)
        return s;
    return breakLab(*lab, scenario);
}

} // namespace bts
