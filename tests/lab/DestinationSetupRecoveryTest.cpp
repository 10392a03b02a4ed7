#include "LabRecoveryFixture.h"

#include "destination/DestinationChecks.h"
#include "destination/DestinationPlanner.h"
#include "destination/DestinationReader.h"
#include "lab/LabBackend.h"
#include "tsql/BatchSplitter.h"
#include "tsql/ScriptFileCheck.h"

using namespace bts;

// The destination wizard's first phase (the fixes the checks offer, the two scripts in master,
// bts_ConfigureBizTalkLogShipping) applied over a connection that drops at each statement in
// turn: the operator is told exactly what ran, and the wizard's "read again" (the schema script
// again, the replacement already agreed to) ends where one clean run would.
class DestinationSetupRecoveryTest : public LabRecoveryTest {
protected:
    DestinationScripts readScripts()
    {
        DestinationScripts scripts;
        const QVector<ScriptCheck> checks = checkDestinationScripts(lab->schemaFolder());
        EXPECT_EQ(checks.size(), 2);
        for (int i = 0; i < checks.size() && i < 2; ++i) {
            const SplitResult split = splitBatches(readScriptFile(checks.at(i).path, nullptr));
            EXPECT_TRUE(split.ok()) << split.error.toStdString();
            (i == 0 ? scripts.schema : scripts.logic) = split.batches;
        }
        return scripts;
    }

    // What the wizard plans from the group as it is now. `again`: as SetupApplyPage::readAgain
    // plans a retry, the scripts run again over whatever the interrupted run left.
    Result<QVector<ServerCommand>> plan(const GroupBackend& backend, bool again)
    {
        const Result<GroupSnapshot> snapshot = backend.readSnapshot();
        if (!snapshot)
            return snapshot.error();
        const Result<SourceFacts> facts = readSourceFacts(backend.connector(), snapshot.value());
        if (!facts)
            return facts.error();
        DestinationConfig config;
        config.destination = Destination;
        config.description = Description;
        config.managementServer = backend.managementServer();
        config.managementDatabase = backend.managementDatabase();
        config.confirmedReplacingConfiguration = again;
        return planDestinationSetup(
            config, readScripts(),
            checkDestination(backend.connector(), Destination, facts.value()),
            readDestination(backend.connector(), Destination));
    }

    // Everything phase 1 writes on LABSQL02: options, linked server, the scripts' objects and
    // tables, the configuration and the three jobs (without their generated ids and dates).
    QString destinationAsStored()
    {
        QStringList queries = {
            QStringLiteral("SELECT name, value_in_use FROM lab_Configurations ORDER BY name"),
            QStringLiteral("SELECT name FROM lab_LinkedServers ORDER BY name"),
            QStringLiteral("SELECT type, name FROM lab_Objects ORDER BY type, name"),
            QStringLiteral("SELECT name, state_desc FROM databases ORDER BY name")};
        for (const QString& table : LabLogShipping::tables())
            queries.append(QStringLiteral("SELECT * FROM %1 ORDER BY 1, 2").arg(table));
        const QString master = stored(Destination, Master, queries);
        const QString msdb = stored(
            Destination, QStringLiteral("msdb"),
            {QStringLiteral("SELECT name, enabled, description, category_name FROM sysjobs "
                            "ORDER BY name"),
             QStringLiteral("SELECT j.name, s.step_id, s.step_name, s.subsystem, s.command, "
                            "s.database_name, s.on_success_action, s.on_fail_action FROM "
                            "sysjobsteps s JOIN sysjobs j ON j.job_id = s.job_id ORDER BY 1, 2"),
             QStringLiteral("SELECT j.name, c.name, c.enabled, c.freq_type, c.freq_interval, "
                            "c.freq_subday_type, c.freq_subday_interval FROM sysschedules c "
                            "JOIN sysjobschedules js ON js.schedule_id = c.schedule_id JOIN "
                            "sysjobs j ON j.job_id = js.job_id ORDER BY 1, 2"),
             QStringLiteral("SELECT COUNT(*) FROM sysschedules")});
        return master + QLatin1Char('\n') + msdb;
    }
};

TEST_F(DestinationSetupRecoveryTest, SetupSurvivesAConnectionLostAtEachStatement)
{
    makeCustomDatabaseFull();
    startBackups();
    saveLab();

    // One clean run: the state every interrupted run must reach too.
    QString expected;
    int total = 0;
    {
        LabBackend backend(lab->root());
        const auto clean = plan(backend, false);
        ASSERT_TRUE(clean.ok()) << clean.error().sentence().toStdString();
        total = int(clean.value().size());
        // Ad Hoc Distributed Queries (4 fixes), both scripts' batches, the configuration.
        ASSERT_GE(total, 4 + 2 + 1);
        expectAllRan(runCallSequence(backend, clean.value()));
        ASSERT_NE(readDestination(backend.connector(), Destination)
                      .job(LogShippingJobKind::RestoreDatabases),
                  nullptr);
        expected = destinationAsStored();
    }

    for (int drop = 0; drop < total; ++drop) {
        SCOPED_TRACE(drop);
        restoreLab();
        LabBackend backend(lab->root());
        backend.dropConnectionAfter(drop);
        const auto first = plan(backend, false);
        ASSERT_TRUE(first.ok()) << first.error().sentence().toStdString();
        ASSERT_EQ(first.value().size(), total);
        expectStoppedAt(runCallSequence(backend, first.value()), drop, total);
        // bts_ConfigureBizTalkLogShipping is last: nothing half-done looks configured.
        const DestinationState interrupted = readDestination(backend.connector(), Destination);
        EXPECT_TRUE(interrupted.jobs.isEmpty());

        const auto second = plan(backend, true);
        ASSERT_TRUE(second.ok()) << second.error().sentence().toStdString();
        expectAllRan(runCallSequence(backend, second.value()));
        EXPECT_EQ(destinationAsStored().toStdString(), expected.toStdString());
    }
}
