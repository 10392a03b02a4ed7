#include "LabRecoveryFixture.h"

#include "destination/DestinationPlanner.h"
#include "destination/DestinationReader.h"
#include "lab/LabBackend.h"

using namespace bts;

// Cleaning a destination (facts §2.8: disable Restore Databases, sp_LogShippingClean, force a
// full backup on the source, enable Restore Databases) over a connection that drops at each
// statement in turn: the operator is told exactly what ran, and reading the destination again
// and cleaning again ends where one clean run would.
class CleanDestinationRecoveryTest : public LabRecoveryTest {
protected:
    // What the Clean dialog plans: the source named as the dialog proposes it.
    Result<QVector<ServerCommand>> plan(const GroupBackend& backend)
    {
        return planClean(readDestination(backend.connector(), Destination),
                         backend.managementServer(), backend.managementServer(),
                         backend.managementDatabase());
    }

    // What cleaning changes: the restored databases (rows and files), what is remembered as
    // restored, the destination's jobs and the source's "force a full backup" flag.
    QString asStored()
    {
        const QString master =
            stored(Destination, Master,
                   {QStringLiteral("SELECT name, recovery_model_desc, state_desc FROM databases "
                                   "ORDER BY name"),
                    QStringLiteral("SELECT database_name, type_desc, physical_name FROM "
                                   "lab_MasterFiles ORDER BY 1, 2"),
                    QStringLiteral("SELECT * FROM bts_LogShippingLastRestoreSet ORDER BY 1, 2"),
                    QStringLiteral("SELECT BackupId, DatabaseName, Restored, RestoredDateTime FROM "
                                   "bts_LogShippingHistory ORDER BY 1, 2"),
                    QStringLiteral("SELECT * FROM bts_LogShippingDatabases ORDER BY 1, 2")});
        const QString msdb =
            stored(Destination, QStringLiteral("msdb"),
                   {QStringLiteral("SELECT name, enabled FROM sysjobs ORDER BY name"),
                    QStringLiteral("SELECT name, enabled FROM sysschedules ORDER BY name")});
        const QString source = stored(LabTopology::SourceServer, LabTopology::ManagementDatabase,
                                      {QStringLiteral("SELECT ForceFull FROM adm_BackupSettings")});
        return QStringList{master, msdb, source, filesOf(Destination)}.join(QLatin1Char('\n'));
    }
};

TEST_F(CleanDestinationRecoveryTest, CleaningSurvivesAConnectionLostAtEachStatement)
{
    // Log shipping running long enough that LABSQL02 holds restored databases to drop.
    startLogShipping();
    ASSERT_TRUE(lab->advance(40 * 60).ok());
    ASSERT_GT(lastRestoredSet(), 0);
    saveLab();
    const QString before = asStored();

    QString expected;
    int total = 0;
    {
        LabBackend backend(lab->root());
        const auto clean = plan(backend);
        ASSERT_TRUE(clean.ok()) << clean.error().sentence().toStdString();
        total = int(clean.value().size());
        ASSERT_EQ(total, 4);
        expectAllRan(runCallSequence(backend, clean.value()));
        expected = asStored();
    }
    // The clean run did drop something, and left Restore Databases enabled to start over.
    ASSERT_NE(expected, before);
    EXPECT_EQ(lastRestoredSet(), -1);
    EXPECT_EQ(onDestination(QStringLiteral("SELECT enabled FROM sysjobs WHERE name = ?"),
                            {LabLogShipping::RestoreDatabasesJob}, QStringLiteral("msdb"))
                  .toInt(),
              1);

    for (int drop = 0; drop < total; ++drop) {
        SCOPED_TRACE(drop);
        restoreLab();
        LabBackend backend(lab->root());
        backend.dropConnectionAfter(drop);
        const auto first = plan(backend);
        ASSERT_TRUE(first.ok()) << first.error().sentence().toStdString();
        expectStoppedAt(runCallSequence(backend, first.value()), drop, total);

        const auto second = plan(backend);
        ASSERT_TRUE(second.ok()) << second.error().sentence().toStdString();
        expectAllRan(runCallSequence(backend, second.value()));
        EXPECT_EQ(asStored().toStdString(), expected.toStdString());
    }
}
