#include "SourceJobPlanner.h"

#include "SourceJobValidation.h"
#include "group/BackupJobSettings.h"
#include "tsql/ExecCall.h"

#include <QCoreApplication>

namespace bts {
namespace {

// The file's messages, under one context for lupdate and the translator alike.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(bts::SourceJobPlanner)
};

const QString Msdb = QStringLiteral("msdb");

DbError planError(const QString& message)
{
    DbError error;
    error.kind = DbError::Kind::InvalidInput;
    error.summary = message;
    return error;
}

ServerCommand msdbCall(const SourceContext& context, const QString& procedure,
                       const QVector<QPair<QString, QVariant>>& parameters, const QString& purpose)
{
    ServerCommand call;
    call.server = context.snapshot.managementServer;
    call.database = Msdb;
    call.procedure = {Msdb, QStringLiteral("dbo"), procedure};
    call.parameters = parameters;
    call.purpose = purpose;
    return call;
}

// Builds "exec [dbo].[proc] @A = ..., @B = ..." with only the parameters this server's
// procedure has; a wanted parameter it lacks is an error, not a silent drop.
struct CommandBuilder {
    const SourceContext& context;
    QString procedure;
    ExecCall call;
    QString error;

    CommandBuilder(const SourceContext& c, const QString& p)
        : context(c)
        , procedure(p)
    {
        call.nameParts = {QStringLiteral("dbo"), p};
    }
    void add(const QString& parameter, const SqlLiteral& value, bool required)
    {
        if (!context.procedureHas(procedure, parameter)) {
            if (required && error.isEmpty())
                error =
                    Text::tr("%1 on this server has no parameter @%2: this BizTalk build does not "
                             "support the "
                             "setting.")
                        .arg(procedure, parameter);
            return;
        }
        call.arguments.append({parameter, value});
    }
};

SqlLiteral flag(bool value)
{
    return SqlLiteral::number(value ? 1 : 0);
}

} // namespace

Result<SourceJobPlan> planSourceJob(const SourceContext& context, const SourceJobConfig& config)
{
    const QVector<Finding> findings = validateSourceJob(config);
    for (const Finding& f : findings) {
        if (f.level == Finding::Level::Error)
            return planError(f.message);
    }
    const BackupJobState& job = context.snapshot.job;
    if (!job.found)
        return planError(Text::tr("The job '%1' does not exist on %2.")
                             .arg(job.name, context.snapshot.managementServer));
    const BackupJobSettings current = BackupJobSettings::fromJob(job);
    SourceJobPlan plan;

    const auto updateStep = [&](const QString& stepName, const CommandBuilder& builder,
                                bool unchanged, bool required) -> Status {
        const JobStep* step = job.step(stepName);
        if (!step)
            return required ? Status(planError(Text::tr("The job has no step '%1'.").arg(stepName)))
                            : success();
        if (!builder.error.isEmpty())
            return planError(builder.error);
        const bool unreadable = !parseExecCall(step->command).call.has_value();
        if (unchanged && !unreadable)
            return success();
        if (unreadable)
            plan.overwritesUnreadableSteps.append(stepName);
        plan.commands.append(msdbCall(context, QStringLiteral("sp_update_jobstep"),
                                      {{QStringLiteral("job_name"), job.name},
                                       {QStringLiteral("step_id"), step->id},
                                       {QStringLiteral("command"), builder.call.toSql()}},
                                      Text::tr("Step %1 (%2)").arg(step->id).arg(stepName)));
        return success();
    };

    if (config.compression && job.step(JobStepNames::Compression)) {
        CommandBuilder b(context, QStringLiteral("sp_SetBackupCompression"));
        b.add(QStringLiteral("bCompression"), flag(*config.compression), true);
        if (Status s = updateStep(JobStepNames::Compression, b,
                                  current.compression == config.compression, false);
            !s)
            return s.error();
    }

    {
        CommandBuilder b(context, QStringLiteral("sp_BackupAllFull_Schedule"));
        b.add(QStringLiteral("Frequency"), SqlLiteral::string(QString(config.frequency.toLower())),
              true);
        b.add(QStringLiteral("MarkName"), SqlLiteral::string(config.markName), true);
        b.add(QStringLiteral("BackupPath"), SqlLiteral::string(config.fullBackupPath), true);
        b.add(QStringLiteral("ForceFullBackupAfterPartialSetFailure"),
              flag(config.forceFullAfterPartialSet), config.forceFullAfterPartialSet);
        if (config.backupHour)
            b.add(QStringLiteral("BackupHour"), SqlLiteral::number(*config.backupHour), true);
        b.add(QStringLiteral("UseLocalTime"), flag(config.useLocalTime), config.useLocalTime);
        const bool same =
            current.full && current.full->frequency == config.frequency.toLower() &&
            current.full->markName == config.markName &&
            current.full->backupPath == config.fullBackupPath &&
            current.full->forceFullAfterPartialSet == config.forceFullAfterPartialSet &&
            current.full->backupHour == config.backupHour &&
            current.full->useLocalTime == config.useLocalTime;
        if (Status s = updateStep(JobStepNames::BackupFull, b, same, true); !s)
            return s.error();
    }
    {
        CommandBuilder b(context, QStringLiteral("sp_MarkAll"));
        b.add(QStringLiteral("MarkName"), SqlLiteral::string(config.markName), true);
        b.add(QStringLiteral("BackupPath"), SqlLiteral::string(config.logBackupPath), true);
        b.add(QStringLiteral("UseLocalTime"), flag(config.useLocalTime), config.useLocalTime);
        const bool same = current.log && current.log->markName == config.markName &&
                          current.log->backupPath == config.logBackupPath &&
                          current.log->useLocalTime == config.useLocalTime;
        if (Status s = updateStep(JobStepNames::MarkAndBackupLog, b, same, true); !s)
            return s.error();
    }
    {
        CommandBuilder b(context, QStringLiteral("sp_DeleteBackupHistory"));
        b.add(QStringLiteral("DaysToKeep"), SqlLiteral::number(config.daysToKeep), true);
        b.add(QStringLiteral("UseLocalTime"), flag(config.useLocalTime), config.useLocalTime);
        const bool same = current.daysToKeep == config.daysToKeep &&
                          current.useLocalTimeForHistory == config.useLocalTime;
        if (Status s = updateStep(JobStepNames::ClearHistory, b, same, true); !s)
            return s.error();
    }

    const JobSchedule* schedule = job.schedule(BackupScheduleName);
    if (!schedule)
        return planError(Text::tr("The job has no schedule '%1'.").arg(BackupScheduleName));
    if (schedule->intervalMinutes() != config.intervalMinutes || !schedule->enabled) {
        plan.commands.append(
            msdbCall(context, QStringLiteral("sp_update_schedule"),
                     {{QStringLiteral("name"), BackupScheduleName},
                      {QStringLiteral("enabled"), 1},
                      {QStringLiteral("freq_subday_type"), 4},
                      {QStringLiteral("freq_subday_interval"), config.intervalMinutes}},
                     Text::tr("Run the job every %1 minutes").arg(config.intervalMinutes)));
    }

    const QString mgmtServer = context.snapshot.managementServer;
    const QString mgmtDb = context.snapshot.managementDatabase;
    for (const OtherBackupDatabase& db : config.databasesToRemove) {
        plan.commands.append(ServerCommand::fromStatement(
            mgmtServer, mgmtDb, QStringLiteral("remove_other_backup_database"),
            {{QStringLiteral("DefaultDatabaseName"), db.defaultName},
             {QStringLiteral("BTSServerName"), db.btsServerName}},
            Text::tr("Stop backing up %1 (%2)").arg(db.databaseName, db.serverName)));
    }
    for (const OtherBackupDatabase& db : config.databasesToAdd) {
        for (const OtherBackupDatabase& existing : context.otherDatabases) {
            if (existing.key() == db.key())
                return planError(Text::tr("'%1' is already in adm_OtherBackupDatabases for %2.")
                                     .arg(db.defaultName, db.btsServerName));
        }
        plan.commands.append(ServerCommand::fromStatement(
            mgmtServer, mgmtDb, QStringLiteral("add_other_backup_database"),
            {{QStringLiteral("DefaultDatabaseName"), db.defaultName},
             {QStringLiteral("DatabaseName"), db.databaseName},
             {QStringLiteral("ServerName"), db.serverName},
             {QStringLiteral("BTSServerName"), db.btsServerName}},
            Text::tr("Back up %1 (%2) with the job").arg(db.databaseName, db.serverName)));
    }
    if (config.forceFullBackup || !config.databasesToAdd.isEmpty())
        plan.commands.append(forceFullBackupCommand(context));
    if (config.enableJob != job.enabled)
        plan.commands.append(enableJobCommand(context, config.enableJob));
    return plan;
}

ServerCommand enableJobCommand(const SourceContext& context, bool enabled)
{
    return msdbCall(context, QStringLiteral("sp_update_job"),
                    {{QStringLiteral("job_name"), context.snapshot.job.name},
                     {QStringLiteral("enabled"), enabled ? 1 : 0}},
                    enabled ? Text::tr("Enable the job") : Text::tr("Disable the job"));
}

ServerCommand startJobCommand(const SourceContext& context)
{
    return msdbCall(context, QStringLiteral("sp_start_job"),
                    {{QStringLiteral("job_name"), context.snapshot.job.name}},
                    Text::tr("Run the job now"));
}

ServerCommand forceFullBackupCommand(const SourceContext& context)
{
    ServerCommand call;
    call.server = context.snapshot.managementServer;
    call.database = context.snapshot.managementDatabase;
    call.procedure = {QStringLiteral("dbo"), QStringLiteral("sp_ForceFullBackup")};
    call.purpose = Text::tr("Take a full backup on the job's next run");
    return call;
}

} // namespace bts
