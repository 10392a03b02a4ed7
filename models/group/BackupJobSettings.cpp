#include "BackupJobSettings.h"

#include "tsql/ExecCall.h"

namespace bts {
namespace {

// Parses a step's command and binds its arguments to `parameters`, or records why not.
std::optional<BoundArguments> readStep(const BackupJobState& job, const QString& stepName,
                                       const QString& procedure, const QStringList& parameters,
                                       QStringList& problems)
{
    const JobStep* step = job.step(stepName);
    if (!step)
        return std::nullopt;
    const ExecParseResult parsed = parseExecCall(step->command);
    if (!parsed.call) {
        problems.append(QStringLiteral("Step '%1': %2").arg(stepName, parsed.error));
        return std::nullopt;
    }
    if (parsed.call->procedure().compare(procedure, Qt::CaseInsensitive) != 0) {
        problems.append(QStringLiteral("Step '%1' runs %2 instead of %3")
                            .arg(stepName, parsed.call->procedure(), procedure));
        return std::nullopt;
    }
    BoundArguments bound = bindArguments(*parsed.call, parameters);
    if (!bound.ok()) {
        problems.append(QStringLiteral("Step '%1': %2").arg(stepName, bound.error));
        return std::nullopt;
    }
    return bound;
}

QString text(const BoundArguments& args, int index)
{
    const auto value = args.value(index);
    return value && !value->isNull() ? value->text : QString();
}

bool flag(const BoundArguments& args, int index)
{
    const auto value = args.value(index);
    return value && value->toInteger().value_or(0) != 0;
}

std::optional<int> integer(const BoundArguments& args, int index)
{
    const auto value = args.value(index);
    if (!value || value->isNull())
        return std::nullopt;
    const auto number = value->toInteger();
    return number ? std::optional<int>(int(*number)) : std::nullopt;
}

} // namespace

bool BackupJobSettings::hasPlaceholderPath() const
{
    return (full && full->backupPath == DestinationPathPlaceholder) ||
           (log && log->backupPath == DestinationPathPlaceholder);
}

BackupJobSettings BackupJobSettings::fromJob(const BackupJobState& job)
{
    BackupJobSettings settings;
    if (const auto args =
            readStep(job, JobStepNames::Compression, QStringLiteral("sp_SetBackupCompression"),
                     ProcedureSignatures::SetBackupCompression, settings.problems)) {
        settings.compression = flag(*args, 0);
    }
    if (const auto args =
            readStep(job, JobStepNames::BackupFull, QStringLiteral("sp_BackupAllFull_Schedule"),
                     ProcedureSignatures::BackupAllFullSchedule, settings.problems)) {
        FullBackupSettings full;
        const QString frequency = text(*args, 0);
        full.frequency = frequency.isEmpty() ? QLatin1Char('d') : frequency.at(0).toLower();
        full.markName = text(*args, 1);
        full.backupPath = text(*args, 2);
        full.forceFullAfterPartialSet = flag(*args, 3);
        full.backupHour = integer(*args, 4);
        full.useLocalTime = flag(*args, 5);
        settings.full = full;
    }
    if (const auto args =
            readStep(job, JobStepNames::MarkAndBackupLog, QStringLiteral("sp_MarkAll"),
                     ProcedureSignatures::MarkAll, settings.problems)) {
        LogBackupSettings log;
        log.markName = text(*args, 0);
        log.backupPath = text(*args, 1);
        log.useLocalTime = flag(*args, 2);
        settings.log = log;
    }
    if (const auto args =
            readStep(job, JobStepNames::ClearHistory, QStringLiteral("sp_DeleteBackupHistory"),
                     ProcedureSignatures::DeleteBackupHistory, settings.problems)) {
        settings.daysToKeep = integer(*args, 0);
        settings.useLocalTimeForHistory = flag(*args, 1);
    }
    return settings;
}

} // namespace bts
