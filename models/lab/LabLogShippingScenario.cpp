#include "LabLogShippingScenario.h"

#include "Lab.h"
#include "LabTopology.h"
#include "actions/CallSequence.h"
#include "destination/DestinationChecks.h"
#include "destination/DestinationPlanner.h"
#include "destination/DestinationReader.h"
#include "source/SourceJobPlanner.h"
#include "tsql/BatchSplitter.h"
#include "tsql/ScriptFileCheck.h"

namespace bts {
namespace {

Status runAll(const GroupBackend& backend, const QVector<ServerCommand>& commands)
{
    for (const CallOutcome& o : runCallSequence(backend, commands)) {
        if (!o.status)
            return o.status;
    }
    return success();
}

Result<DestinationScripts> readScripts(const QString& folder)
{
    DestinationScripts scripts;
    const QVector<ScriptCheck> checks = checkDestinationScripts(folder);
    for (int i = 0; i < checks.size(); ++i) {
        const SplitResult split = splitBatches(readScriptFile(checks.at(i).path, nullptr));
        if (!checks.at(i).problem.isEmpty() || !split.ok()) {
            DbError error;
            error.summary = checks.at(i).problem.isEmpty() ? split.error : checks.at(i).problem;
            return error;
        }
        (i == 0 ? scripts.schema : scripts.logic) = split.batches;
    }
    return scripts;
}

} // namespace

Status setUpLabLogShipping(const std::shared_ptr<Lab>& lab)
{
    const std::shared_ptr<GroupBackend> backend = lab->backend();
    Result<SourceContext> context = readSourceContext(*backend);
    if (!context)
        return context.error();
    SourceJobConfig source = SourceJobConfig::fromContext(context.value());
    for (const OtherBackupDatabase& db : context.value().otherDatabases) {
        if (db.databaseName == LabTopology::CustomDatabase)
            source.databasesToRemove.append(db);
    }
    source.forceFullBackup = true;
    Result<SourceJobPlan> sourcePlan = planSourceJob(context.value(), source);
    if (!sourcePlan)
        return sourcePlan.error();
    if (Status s = runAll(*backend, sourcePlan.value().commands); !s)
        return s;

    Result<GroupSnapshot> snapshot = backend->readSnapshot();
    if (!snapshot)
        return snapshot.error();
    Result<SourceFacts> facts = readSourceFacts(backend->connector(), snapshot.value());
    if (!facts)
        return facts.error();
    Result<DestinationScripts> scripts = readScripts(lab->schemaFolder());
    if (!scripts)
        return scripts.error();
    DestinationConfig config;
    config.destination = LabTopology::DestinationServer;
    config.description = QStringLiteral("Lab disaster recovery");
    config.managementServer = backend->managementServer();
    config.managementDatabase = backend->managementDatabase();
    const DestinationChecks checks =
        checkDestination(backend->connector(), config.destination, facts.value());
    Result<QVector<ServerCommand>> setup = planDestinationSetup(
        config, scripts.value(), checks, readDestination(backend->connector(), config.destination));
    if (!setup)
        return setup.error();
    if (Status s = runAll(*backend, setup.value()); !s)
        return s;
    Result<QVector<ServerCommand>> jobs =
        planPathsAndJobs(readDestination(backend->connector(), config.destination), {}, true);
    if (!jobs)
        return jobs.error();
    return runAll(*backend, jobs.value());
}

} // namespace bts
