#include "LabCommandExecutor.h"

#include "LabBackupProcedures.h"
#include "LabJobRunner.h"
#include "LabMsdbProcedures.h"
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

} // namespace

LabCommandExecutor::LabCommandExecutor(const LabConnector& connector, QDateTime utcNow,
                                       int utcOffsetSeconds)
    : m_connector(connector)
    , m_utcNow(std::move(utcNow))
    , m_utcOffsetSeconds(utcOffsetSeconds)
{}

Status LabCommandExecutor::executeCommand(const QString& command) const
{
    const ExecParseResult parsed = parseExecCall(command);
    if (!parsed.call)
        return DbError::queryFailed(QStringLiteral("Incorrect syntax: %1.").arg(parsed.error));
    return dispatch(*parsed.call);
}

Status LabCommandExecutor::execute(const ServerCommand& call) const
{
    // Statements from resources/sql name dbo.<table>, which the lab's connections attach: the
    // very text SQL Server runs, with the same bound values.
    if (call.isStatement()) {
        Result<QSqlQuery> run =
            m_connector.run(call.server, call.database, call.statement, call.boundValues());
        return run ? success() : Status(run.error());
    }
    ExecCall exec;
    exec.nameParts = call.procedure;
    for (const auto& [name, value] : call.parameters)
        exec.arguments.append({name, literalFor(value)});
    return dispatch(exec);
}

Status LabCommandExecutor::dispatch(const ExecCall& call) const
{
    m_messages.clear();
    const QString name = call.procedure().toLower();
    const auto bind = [&](const QStringList& signature) {
        return Args{bindArguments(call, signature)};
    };
    LabBackupProcedures backup(m_connector, m_utcNow, m_utcOffsetSeconds);
    LabMsdbProcedures msdb(m_connector);

    Args args;
    const auto check = [&](const QStringList& signature) {
        args = bind(signature);
        return args.bound.ok();
    };
    Status result = success();
    if (name == QLatin1String("sp_setbackupcompression")) {
        if (!check(ProcedureSignatures::SetBackupCompression))
            return DbError::queryFailed(args.bound.error);
        result = backup.setBackupCompression(args.flag(0));
    } else if (name == QLatin1String("sp_forcefullbackup")) {
        if (!check({}))
            return DbError::queryFailed(args.bound.error);
        result = backup.forceFullBackup();
    } else if (name == QLatin1String("sp_backupallfull_schedule")) {
        if (!check(ProcedureSignatures::BackupAllFullSchedule))
            return DbError::queryFailed(args.bound.error);
        const QString frequency = args.text(0, 1);
        result = backup.backupAllFullSchedule(frequency.isEmpty() ? QChar() : frequency.at(0),
                                              args.text(1, 8), args.text(2, 128), args.flag(3),
                                              args.integer(4), args.flag(5));
    } else if (name == QLatin1String("sp_markall")) {
        if (!check(ProcedureSignatures::MarkAll))
            return DbError::queryFailed(args.bound.error);
        result = backup.markAll(args.text(0, 8), args.text(1, 128), args.flag(2));
    } else if (name == QLatin1String("sp_deletebackuphistory")) {
        if (!check(ProcedureSignatures::DeleteBackupHistory))
            return DbError::queryFailed(args.bound.error);
        result = backup.deleteBackupHistory(args.integer(0), args.flag(1));
    } else if (name == QLatin1String("sp_update_job")) {
        if (!check(UpdateJob))
            return DbError::queryFailed(args.bound.error);
        result = msdb.updateJob(args.text(0), args.integer(1));
    } else if (name == QLatin1String("sp_update_jobstep")) {
        if (!check(UpdateJobStep))
            return DbError::queryFailed(args.bound.error);
        result =
            msdb.updateJobStep(args.text(0), args.integer(1).value_or(0), args.optionalText(2));
    } else if (name == QLatin1String("sp_update_schedule")) {
        if (!check(UpdateSchedule))
            return DbError::queryFailed(args.bound.error);
        result =
            msdb.updateSchedule(args.text(0), args.integer(1), args.integer(2), args.integer(3));
    } else if (name == QLatin1String("sp_start_job")) {
        if (!check(StartJob))
            return DbError::queryFailed(args.bound.error);
        // SQL Server's sp_start_job only starts the job: how the run ends goes to the job's
        // history, not to the caller. The lab runs it at once, and keeps that contract.
        const Status run =
            LabJobRunner(m_connector)
                .run(args.text(0), m_utcNow, m_utcOffsetSeconds, QStringLiteral("User"));
        if (!run && run.error().kind == DbError::Kind::ObjectMissing)
            result = run;
    } else {
        return DbError::queryFailed(
            QStringLiteral("Could not find stored procedure '%1'.").arg(call.procedure()));
    }
    m_messages = backup.messages();
    return result;
}

} // namespace bts
