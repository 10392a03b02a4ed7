#include "LabDestinationFixture.h"

#include "actions/CallSequence.h"
#include "restore/RestorePlanner.h"
#include "sql/SqlRunner.h"

using namespace bts;

class RestorePlanTest : public LabDestinationTest {
protected:
    // state_desc of each database of the destination, as sys.databases says it.
    QHash<QString, QString> destinationStates()
    {
        QHash<QString, QString> states;
        auto rows = SqlRunner(lab->backend()->connector())
                        .query(Destination, Master, QStringLiteral("recovery_models"));
        EXPECT_TRUE(rows.ok());
        while (rows.ok() && rows.value().next())
            states.insert(rows.value().value(0).toString(), rows.value().value(2).toString());
        return states;
    }
};

TEST_F(RestorePlanTest, StopsTheSourceAndShippingThenRestoresEveryDatabaseToTheMark)
{
    startLogShipping();
    ASSERT_TRUE(lab->advance(2 * 3600).ok());
    auto snapshot = lab->backend()->readSnapshot();
    ASSERT_TRUE(snapshot.ok());
    EXPECT_EQ(destinationStates().value(QStringLiteral("BizTalkMsgBoxDb")),
              QStringLiteral("RESTORING"));

    const auto plan = planRestore(snapshot.value(), true);
    ASSERT_TRUE(plan.ok()) << plan.error().sentence().toStdString();
    ASSERT_EQ(plan.value().stopSource.size(), 1);
    EXPECT_EQ(plan.value().stopSource.first().previewSql(),
              QStringLiteral("EXEC [msdb].[dbo].[sp_update_job] @job_name = N'Backup BizTalk "
                             "Server (BizTalkMgmtDb)', @enabled = 0;"));
    EXPECT_EQ(plan.value().stopShipping.size(), 2);
    ASSERT_EQ(plan.value().restoreToMark.size(), 1);
    EXPECT_EQ(
        plan.value().restoreToMark.first().previewSql(),
        QStringLiteral(
            "EXEC [msdb].[dbo].[sp_start_job] @job_name = N'BTS Log Shipping - Restore To Mark';"));

    for (const CallOutcome& o : runCallSequence(*lab->backend(), plan.value().all(true)))
        ASSERT_TRUE(o.status.ok()) << o.call.previewSql().toStdString() << ": "
                                   << o.status.error().sentence().toStdString();

    const QHash<QString, QString> states = destinationStates();
    for (const char* name :
         {"BizTalkMgmtDb", "BizTalkMsgBoxDb", "BizTalkDTADb", "SSODB", "BAMPrimaryImport"})
        EXPECT_EQ(states.value(QString::fromUtf8(name)), QStringLiteral("ONLINE")) << name;

    // Nothing runs any more: the source job and the destination's jobs are disabled.
    auto after = lab->backend()->readSnapshot();
    ASSERT_TRUE(after.ok());
    EXPECT_FALSE(after.value().job.enabled);
    const auto again = planRestore(after.value(), true);
    ASSERT_TRUE(again.ok());
    EXPECT_TRUE(again.value().stopSource.isEmpty());
    EXPECT_TRUE(again.value().stopShipping.isEmpty());
}

TEST_F(RestorePlanTest, AnUnconfiguredDestinationIsRefused)
{
    auto snapshot = lab->backend()->readSnapshot();
    ASSERT_TRUE(snapshot.ok());
    const auto plan = planRestore(snapshot.value(), true);
    ASSERT_FALSE(plan.ok());
    EXPECT_EQ(
        plan.error().summary,
        QStringLiteral("LABSQL02 lacks one of the three log-shipping jobs: is it configured?"));
}
