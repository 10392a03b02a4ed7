#include "LabRecoveryFixture.h"

#include "lab/LabBackend.h"
#include "restore/RestorePlanner.h"
#include "restore/RestorePreflight.h"

using namespace bts;

// The restore wizard's server-side steps (facts §3.1, §3.2: stop the source's backup job, stop
// shipping, one more Restore Databases, Restore To Mark) over a connection that drops at each
// statement in turn: the operator is told exactly what ran, and reading the group again (as the
// wizard does on a retry or a resume) and running what the plan then holds ends where one clean
// run would, with every database online at the same mark.
class RestoreStepsRecoveryTest : public LabRecoveryTest {
protected:
    // What the wizard plans from the group as it is now, every step with the catch-up.
    Result<QVector<ServerCommand>> plan(const GroupBackend& backend)
    {
        GroupSnapshot snapshot;
        const Result<RestorePreflight> preflight = readPreflight(backend, &snapshot);
        if (!preflight)
            return preflight.error();
        const Result<RestorePlan> planned = planRestore(snapshot, !preflight.value().sourceLost);
        if (!planned)
            return planned.error();
        return planned.value().all(true);
    }

    // What the steps change: the jobs of both servers, the destination's databases (rows and
    // files), what log shipping remembers as restored, and the mark the restored management
    // database reached.
    QString asStored()
    {
        const QString master =
            stored(Destination, Master,
                   {QStringLiteral("SELECT name, recovery_model_desc, state_desc FROM databases "
                                   "ORDER BY name"),
                    QStringLiteral("SELECT * FROM bts_LogShippingLastRestoreSet ORDER BY 1, 2"),
                    QStringLiteral("SELECT BackupId, DatabaseName, BackupType, Restored, "
                                   "RestoredDateTime FROM bts_LogShippingHistory ORDER BY 1, 2")});
        const QString jobs = QStringLiteral("SELECT name, enabled FROM sysjobs ORDER BY name");
        const QString destinationJobs = stored(Destination, QStringLiteral("msdb"), {jobs});
        const QString sourceJobs =
            stored(LabTopology::SourceServer, QStringLiteral("msdb"), {jobs});
        const QString restored = stored(
            Destination, LabTopology::ManagementDatabase,
            {QStringLiteral("SELECT MAX(BackupSetId), MAX(MarkName) FROM adm_BackupHistory")});
        return QStringList{master, destinationJobs, sourceJobs, restored, filesOf(Destination)}
            .join(QLatin1Char('\n'));
    }
};

TEST_F(RestoreStepsRecoveryTest, TheRestoreStepsSurviveAConnectionLostAtEachStatement)
{
    startLogShipping();
    ASSERT_TRUE(lab->advance(2 * 3600).ok());
    saveLab();

    QString expected;
    int total = 0;
    {
        LabBackend backend(lab->root());
        const auto clean = plan(backend);
        ASSERT_TRUE(clean.ok()) << clean.error().sentence().toStdString();
        total = int(clean.value().size());
        // Backup job, Get Backup History and Restore Databases disabled, two jobs started.
        ASSERT_EQ(total, 5);
        expectAllRan(runCallSequence(backend, clean.value()));
        expected = asStored();
    }
    EXPECT_TRUE(expected.contains(QStringLiteral("BizTalkMsgBoxDb|FULL|ONLINE")))
        << expected.toStdString();
    EXPECT_FALSE(expected.contains(QStringLiteral("RESTORING"))) << expected.toStdString();

    const int disables = 3;
    for (int drop = 0; drop < total; ++drop) {
        SCOPED_TRACE(drop);
        restoreLab();
        LabBackend backend(lab->root());
        backend.dropConnectionAfter(drop);
        const auto first = plan(backend);
        ASSERT_TRUE(first.ok()) << first.error().sentence().toStdString();
        expectStoppedAt(runCallSequence(backend, first.value()), drop, total);

        // The jobs already disabled are not disabled again; the starts always run again (a
        // second Restore Databases finds nothing more to restore).
        const auto second = plan(backend);
        ASSERT_TRUE(second.ok()) << second.error().sentence().toStdString();
        EXPECT_EQ(second.value().size(), total - qMin(drop, disables));
        expectAllRan(runCallSequence(backend, second.value()));
        EXPECT_EQ(asStored().toStdString(), expected.toStdString());
    }
}
