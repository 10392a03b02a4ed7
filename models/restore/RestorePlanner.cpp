#include "RestorePlanner.h"

#include "destination/LogShippingJob.h"

#include <QCoreApplication>

namespace bts {
namespace {

// The file's messages, under one context for lupdate and the translator alike.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(bts::RestorePlanner)
};

const QString Msdb = QStringLiteral("msdb");

ServerCommand msdbCall(const QString& server, const QString& procedure,
                       const QVector<QPair<QString, QVariant>>& parameters, const QString& purpose)
{
    ServerCommand call;
    call.server = server;
    call.database = Msdb;
    call.procedure = {Msdb, QStringLiteral("dbo"), procedure};
    call.parameters = parameters;
    call.purpose = purpose;
    return call;
}

ServerCommand disable(const QString& server, const QString& job)
{
    return msdbCall(server, QStringLiteral("sp_update_job"),
                    {{QStringLiteral("job_name"), job}, {QStringLiteral("enabled"), 0}},
                    Text::tr("Disable %1 on %2").arg(job, server));
}

// Without @step_name, sp_start_job starts the job at its first step: what the documented
// "Start Job at Step..., step 1" does.
ServerCommand start(const QString& server, const QString& job)
{
    return msdbCall(server, QStringLiteral("sp_start_job"), {{QStringLiteral("job_name"), job}},
                    Text::tr("Start %1 on %2").arg(job, server));
}

DbError planError(const QString& message)
{
    DbError error;
    error.kind = DbError::Kind::InvalidInput;
    error.summary = message;
    return error;
}

} // namespace

QVector<ServerCommand> RestorePlan::all(bool withCatchUp) const
{
    QVector<ServerCommand> commands = stopSource + stopShipping;
    if (withCatchUp)
        commands += catchUp;
    return commands + restoreToMark;
}

Result<RestorePlan> planRestore(const GroupSnapshot& snapshot, bool sourceReachable)
{
    RestorePlan plan;
    if (sourceReachable && snapshot.job.found && snapshot.job.enabled) {
        plan.stopSource.append(msdbCall(
            snapshot.managementServer, QStringLiteral("sp_update_job"),
            {{QStringLiteral("job_name"), snapshot.job.name}, {QStringLiteral("enabled"), 0}},
            Text::tr("Stop taking backups on %1: disable %2")
                .arg(snapshot.managementServer, snapshot.job.name)));
    }
    if (snapshot.destinations.isEmpty())
        return planError(Text::tr("The group has no destination to restore on."));
    for (const DestinationState& destination : snapshot.destinations) {
        if (!destination.reachable)
            return planError(Text::tr("%1 cannot be reached: %2")
                                 .arg(destination.server, destination.error.sentence()));
        const LogShippingJob* history = destination.job(LogShippingJobKind::GetBackupHistory);
        const LogShippingJob* restore = destination.job(LogShippingJobKind::RestoreDatabases);
        const LogShippingJob* toMark = destination.job(LogShippingJobKind::RestoreToMark);
        if (!history || !restore || !toMark)
            return planError(
                Text::tr("%1 lacks one of the three log-shipping jobs: is it configured?")
                    .arg(destination.server));
        if (history->enabled)
            plan.stopShipping.append(disable(destination.server, history->name));
        if (restore->enabled)
            plan.stopShipping.append(disable(destination.server, restore->name));
        plan.catchUp.append(start(destination.server, restore->name));
        plan.restoreToMark.append(start(destination.server, toMark->name));
    }
    return plan;
}

} // namespace bts
