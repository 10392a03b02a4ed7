#include "LabCommandExecutor.h"

#include "LabBackupProcedures.h"
#include "LabBatch.h"
#include "LabFaults.h"
#include "LabHistoryImport.h"
#include "LabJobRunner.h"
#include "LabLogShipping.h"
#include "LabLogShippingSetup.h"
#include "LabMessageBoxProcedures.h"
#include "LabMsdbProcedures.h"
#include "LabRestoreEngine.h"
#include "LabServerProcedures.h"
#include "group/BackupJobSettings.h"

namespace bts {
namespace {

SqlLiteral literalFor(const QVariant& value)
{
    if (value.isNull() || !value.isValid())
        return SqlLiteral::null();
    switch (value.typeId()) {
    case QMetaType::Bool:
        return SqlLiteral::number(value.toBool() ? 1 : 0);
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        return SqlLiteral::number(value.toLongLong());
    default:
        return SqlLiteral::string(value.toString());
    }
}

// Reading a bound argument the way SQL Server converts it into the parameter's type.
struct Args {
    BoundArguments bound;

    QString text(int i, int maxLength = -1) const
    {
        const auto v = bound.value(i);
        if (!v || v->isNull())
            return QString();
        return maxLength > 0 ? v->text.left(maxLength) : v->text;
    }
    std::optional<QString> optionalText(int i) const
    {
        const auto v = bound.value(i);
        return v && !v->isNull() ? std::optional<QString>(v->text) : std::nullopt;
    }
    std::optional<int> integer(int i) const
    {
        const auto v = bound.value(i);
        if (!v || v->isNull())
            return std::nullopt;
        const auto n = v->toInteger();
        return n ? std::optional<int>(int(*n)) : std::nullopt;
    }
    bool flag(int i) const { return integer(i).value_or(0) != 0; }
};

const QStringList UpdateJob = {QStringLiteral("job_name"), QStringLiteral("enabled")};
const QStringList UpdateJobStep = {QStringLiteral("job_name"), QStringLiteral("step_id"),
                                   QStringLiteral("command")};
const QStringList UpdateSchedule = {QStringLiteral("name"), QStringLiteral("enabled"),
                                    QStringLiteral("freq_subday_type"),
                                    QStringLiteral("freq_subday_interval")};
const QStringList StartJob = {QStringLiteral("job_name")};
const QStringList Configure = {QStringLiteral("configname"), QStringLiteral("configvalue")};
const QStringList ConfigureLogShipping = {
    QStringLiteral("nvcDescription"), QStringLiteral("nvcMgmtDatabaseName"),
    QStringLiteral("nvcMgmtServerName"), QStringLiteral("SourceServerName"),
    QStringLiteral("fLinkServers")};
// The management database's backup procedures the lab runs, in lower case.
const QStringList BackupProcedureNames = {
    QStringLiteral("sp_setbackupcompression"), QStringLiteral("sp_forcefullbackup"),
    QStringLiteral("sp_backupallfull_schedule"), QStringLiteral("sp_markall"),
    QStringLiteral("sp_deletebackuphistory")};
// The name of sp_LogShippingClean's one parameter is not documented (facts §9): the lab takes
// the argument by position or under any of these names.
const QStringList CleanParameterNames = {QStringLiteral("SourceID"), QStringLiteral("nvcSourceID"),
                                         QStringLiteral("nvcDescription"),
                                         QStringLiteral("SourceServerName")};

// The database a procedure is looked up in: db.schema.proc names it, otherwise the connection's.
QString procedureDatabase(const ExecCall& call, const QString& connected)
{
    return call.nameParts.size() >= 3 && !call.nameParts.first().isEmpty() ? call.nameParts.first()
                                                                           : connected;
}

Args bindClean(const ExecCall& call)
{
    if (call.arguments.size() == 1 && !call.arguments.first().name.isEmpty()) {
        for (const QString& name : CleanParameterNames) {
            if (name.compare(call.arguments.first().name, Qt::CaseInsensitive) == 0)
                return Args{bindArguments(call, {name})};
        }
    }
    return Args{bindArguments(call, {CleanParameterNames.first()})};
}

} // namespace

LabCommandExecutor::LabCommandExecutor(const LabConnector& connector, QDateTime utcNow,
                                       int utcOffsetSeconds)
    : m_connector(connector)
    , m_utcNow(std::move(utcNow))
    , m_utcOffsetSeconds(utcOffsetSeconds)
{}

Status LabCommandExecutor::executeCommand(const QString& command, const QString& server,
                                          const QString& database) const
{
    m_messages.clear();
    const ExecParseResult parsed = parseExecCall(command);
    if (!parsed.call)
        return DbError::queryFailed(QStringLiteral("Incorrect syntax: %1.").arg(parsed.error));
    return dispatch(*parsed.call, {server, database});
}

Status LabCommandExecutor::execute(const ServerCommand& call) const
{
    m_messages.clear();
    const Where where{call.server, call.database};
    if (call.isStatement() && call.parameters.isEmpty()) {
        // A batch of a script (or one of our statements without values), as the server runs it.
        return LabBatch(m_connector, call.server, call.database)
            .run(call.statement, [&](const ExecCall& exec) { return dispatch(exec, where); });
    }
    if (call.isStatement()) {
        // Statements from resources/sql name dbo.<table>, which the lab's connections attach:
        // the very text SQL Server runs, with the same bound values.
        Result<QSqlQuery> run =
            m_connector.run(call.server, call.database, call.statement, call.boundValues());
        return run ? success() : Status(run.error());
    }
    ExecCall exec;
    exec.nameParts = call.procedure;
    for (const auto& [name, value] : call.parameters)
        exec.arguments.append({name, literalFor(value)});
    return dispatch(exec, where);
}

Status LabCommandExecutor::dispatch(const ExecCall& call, const Where& where) const
{
    const QString name = call.procedure().toLower();
    if (auto result = dispatchBackup(call, name, where))
        return *result;
    if (auto result = dispatchMsdb(call, name, where))
        return *result;
    if (auto result = dispatchServer(call, name, where))
        return *result;
    if (auto result = dispatchLogShipping(call, name, where))
        return *result;
    const LabMessageBoxProcedures messageBox(m_connector, where.server,
                                             procedureDatabase(call, where.database));
    if (auto result = messageBox.dispatch(call))
        return *result;
    return DbError::queryFailed(
        QStringLiteral("Could not find stored procedure '%1'.").arg(call.procedure()));
}

std::optional<Status> LabCommandExecutor::dispatchBackup(const ExecCall& call, const QString& name,
                                                         const Where& where) const
{
    if (!BackupProcedureNames.contains(name))
        return std::nullopt;
    // The management database the procedure is in: the job's step runs it there, on whichever
    // server the job is (the source, or the destination after a failover).
    LabBackupProcedures backup(m_connector, where.server, procedureDatabase(call, where.database),
                               m_utcNow, m_utcOffsetSeconds);
    if (Status s = backup.requireManagementDatabase(call.procedure()); !s)
        return s;
    const auto bind = [&](const QStringList& signature) {
        return Args{bindArguments(call, signature)};
    };
    Status result = success();
    if (name == QLatin1String("sp_setbackupcompression")) {
        const Args args = bind(ProcedureSignatures::SetBackupCompression);
        if (!args.bound.ok())
            return Status(DbError::queryFailed(args.bound.error));
        result = backup.setBackupCompression(args.flag(0));
    } else if (name == QLatin1String("sp_forcefullbackup")) {
        const Args args = bind({});
        if (!args.bound.ok())
            return Status(DbError::queryFailed(args.bound.error));
        result = backup.forceFullBackup();
    } else if (name == QLatin1String("sp_backupallfull_schedule")) {
        const Args args = bind(ProcedureSignatures::BackupAllFullSchedule);
        if (!args.bound.ok())
            return Status(DbError::queryFailed(args.bound.error));
        const QString frequency = args.text(0, 1);
        result = backup.backupAllFullSchedule(frequency.isEmpty() ? QChar() : frequency.at(0),
                                              args.text(1, 8), args.text(2, 128), args.flag(3),
                                              args.integer(4), args.flag(5));
    } else if (name == QLatin1String("sp_markall")) {
        const Args args = bind(ProcedureSignatures::MarkAll);
        if (!args.bound.ok())
            return Status(DbError::queryFailed(args.bound.error));
        result = backup.markAll(args.text(0, 8), args.text(1, 128), args.flag(2));
    } else if (name == QLatin1String("sp_deletebackuphistory")) {
        const Args args = bind(ProcedureSignatures::DeleteBackupHistory);
        if (!args.bound.ok())
            return Status(DbError::queryFailed(args.bound.error));
        result = backup.deleteBackupHistory(args.integer(0), args.flag(1));
    } else {
        return std::nullopt;
    }
    m_messages += backup.messages();
    return result;
}

std::optional<Status> LabCommandExecutor::dispatchMsdb(const ExecCall& call, const QString& name,
                                                       const Where& where) const
{
    const LabMsdbProcedures msdb(m_connector, where.server);
    const auto bind = [&](const QStringList& signature) {
        return Args{bindArguments(call, signature)};
    };
    if (name == QLatin1String("sp_update_job")) {
        const Args args = bind(UpdateJob);
        if (!args.bound.ok())
            return Status(DbError::queryFailed(args.bound.error));
        return msdb.updateJob(args.text(0), args.integer(1));
    }
    if (name == QLatin1String("sp_update_jobstep")) {
        const Args args = bind(UpdateJobStep);
        if (!args.bound.ok())
            return Status(DbError::queryFailed(args.bound.error));
        return msdb.updateJobStep(args.text(0), args.integer(1).value_or(0), args.optionalText(2));
    }
    if (name == QLatin1String("sp_update_schedule")) {
        const Args args = bind(UpdateSchedule);
        if (!args.bound.ok())
            return Status(DbError::queryFailed(args.bound.error));
        return msdb.updateSchedule(args.text(0), args.integer(1), args.integer(2), args.integer(3));
    }
    if (name == QLatin1String("sp_start_job")) {
        const Args args = bind(StartJob);
        if (!args.bound.ok())
            return Status(DbError::queryFailed(args.bound.error));
        return startJob(where.server, args.text(0));
    }
    return std::nullopt;
}

Status LabCommandExecutor::startJob(const QString& server, const QString& jobName) const
{
    Result<bool> stopped = LabFaults(m_connector).isSet(LabFault::AgentStopped, server);
    if (!stopped)
        return stopped.error();
    if (stopped.value())
        return DbError::queryFailed(QStringLiteral("SQLServerAgent is not currently running so "
                                                   "it cannot be notified of this action."));
    // SQL Server's sp_start_job only starts the job: how the run ends goes to the job's
    // history, not to the caller. The lab runs it at once, and keeps that contract.
    const Status run =
        LabJobRunner(m_connector)
            .run(server, jobName, m_utcNow, m_utcOffsetSeconds, QStringLiteral("User"));
    if (!run && run.error().kind == DbError::Kind::ObjectMissing)
        return run;
    m_messages.append(QStringLiteral("Job '%1' started successfully.").arg(jobName));
    return success();
}

std::optional<Status> LabCommandExecutor::dispatchServer(const ExecCall& call, const QString& name,
                                                         const Where& where) const
{
    if (name != QLatin1String("sp_configure"))
        return std::nullopt;
    const Args args{bindArguments(call, Configure)};
    if (!args.bound.ok())
        return Status(DbError::queryFailed(args.bound.error));
    const LabServerProcedures server(m_connector, where.server);
    const Status result = server.configure(args.optionalText(0), args.optionalText(1));
    m_messages += server.messages();
    return result;
}

std::optional<Status> LabCommandExecutor::dispatchLogShipping(const ExecCall& call,
                                                              const QString& name,
                                                              const Where& where) const
{
    const QString database = procedureDatabase(call, where.database);
    if (name == LabLogShipping::ConfigureProcedure.toLower()) {
        const Args args{bindArguments(call, ConfigureLogShipping)};
        if (!args.bound.ok())
            return Status(DbError::queryFailed(args.bound.error));
        const LabLogShippingSetup setup(m_connector, where.server, m_utcNow, m_utcOffsetSeconds);
        const Status result =
            setup.configure(database, {args.optionalText(0), args.optionalText(1),
                                       args.optionalText(2), args.optionalText(3), args.flag(4)});
        m_messages += setup.messages();
        return result;
    }
    if (name == LabLogShipping::CleanProcedure.toLower()) {
        const Args args = bindClean(call);
        if (!args.bound.ok())
            return Status(DbError::queryFailed(args.bound.error));
        const LabLogShippingSetup setup(m_connector, where.server, m_utcNow, m_utcOffsetSeconds);
        const Status result = setup.clean(database, args.optionalText(0));
        m_messages += setup.messages();
        return result;
    }
    if (name == LabLogShipping::GetBackupHistoryProcedure.toLower()) {
        const LabHistoryImport import(m_connector, where.server);
        const Status result = import.run();
        m_messages += import.messages();
        return result;
    }
    const bool toMark = name == LabLogShipping::RestoreToMarkProcedure.toLower();
    if (toMark || name == LabLogShipping::RestoreDatabasesProcedure.toLower()) {
        const LabRestoreEngine engine(m_connector, where.server, m_utcNow, m_utcOffsetSeconds);
        const Status result = toMark ? engine.restoreToMark() : engine.restoreDatabases();
        m_messages += engine.messages();
        return result;
    }
    return std::nullopt;
}

} // namespace bts
