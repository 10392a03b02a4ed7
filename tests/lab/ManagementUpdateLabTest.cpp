#include "LabDestinationFixture.h"

#include "actions/CallSequence.h"
#include "lab/LabBackend.h"
#include "restore/ManagementUpdate.h"
#include "restore/UpdateInfo.h"

#include <QFile>

using namespace bts;

// The management database updates of the restore wizard (UpdateDatabase.vbs's, facts §3.4) on a
// lab failed over to LABSQL02: what they change, and that a connection lost at any statement is
// reported exactly and a second run ends where one clean run would.
class ManagementUpdateLabTest : public LabDestinationTest {
protected:
    // Log shipping, then the runbook up to Restore To Mark.
    void failOver()
    {
        startLogShipping();
        ASSERT_TRUE(lab->advance(40 * 60).ok());
        ASSERT_TRUE(setJobEnabled(LabLogShipping::GetBackupHistoryJob, false).ok());
        ASSERT_TRUE(setJobEnabled(LabLogShipping::RestoreDatabasesJob, false).ok());
        ASSERT_TRUE(startJob(LabLogShipping::RestoreToMarkJob).ok());
    }

    // Every server of the group moves to LABSQL02, as the wizard's grid proposes.
    UpdateInfo wholeGroupToDestination()
    {
        const Result<GroupSnapshot> snapshot = lab->backend()->readSnapshot();
        EXPECT_TRUE(snapshot.ok());
        return updateInfoFromTopology(
            snapshot.value(), {{QStringLiteral("labsql01"), LabTopology::DestinationServer},
                               {QStringLiteral("labsql03"), LabTopology::DestinationServer}});
    }

    Result<ManagementUpdatePlan> plan(const GroupBackend& backend, const UpdateInfo& info)
    {
        const Result<ManagementUpdateFacts> facts =
            readManagementUpdateFacts(backend.connector(), info);
        if (!facts)
            return facts.error();
        return planManagementUpdate(info, facts.value(), {});
    }

    // What the updates leave in LABSQL02's management database, in one text to compare.
    QString groupAsStored()
    {
        LabConnector c(lab->root());
        QStringList rows;
        for (const QString& sql :
             {QStringLiteral("SELECT TrackingDBServerName || '.' || TrackingDBName || ' ' || "
                             "SubscriptionDBServerName || ' ' || SSOServerName FROM adm_Group"),
              QStringLiteral("SELECT DBServerName || '.' || DBName FROM adm_MessageBox ORDER BY 1"),
              QStringLiteral("SELECT SourceName || ' ' || ConnectionString FROM TDDS_Sources "
                             "ORDER BY 1"),
              QStringLiteral("SELECT ConnectionString FROM TDDS_Destinations ORDER BY 1"),
              QStringLiteral("SELECT DefaultDatabaseName || '=' || ServerName FROM "
                             "adm_OtherBackupDatabases ORDER BY 1"),
              QStringLiteral("SELECT DefaultDatabaseName || '=' || ServerName FROM "
                             "adm_OtherDatabases ORDER BY 1")}) {
            Result<QSqlQuery> q =
                c.run(LabTopology::DestinationServer, LabTopology::ManagementDatabase, sql);
            EXPECT_TRUE(q.ok()) << sql.toStdString();
            while (q.ok() && q.value().next())
                rows.append(q.value().value(0).toString());
        }
        return rows.join(QLatin1Char('\n'));
    }
};

TEST_F(ManagementUpdateLabTest, PointsTheRestoredGroupAtTheDestination)
{
    failOver();
    const UpdateInfo info = wholeGroupToDestination();
    LabBackend backend(lab->root());
    const Result<ManagementUpdatePlan> planned = plan(backend, info);
    ASSERT_TRUE(planned.ok()) << planned.error().sentence().toStdString();
    EXPECT_EQ(planned.value().management.server, LabTopology::DestinationServer);
    for (const CallOutcome& o : runCallSequence(backend, planned.value().commands))
        EXPECT_TRUE(o.status.ok()) << o.status.error().sentence().toStdString();
    QString stored = groupAsStored();
    // BAM's own tracking destination is moved by BAM's restore (CfgHelper), which only
    // UpdateDatabase.vbs on a BizTalk server can run: the wizard's checklist says so.
    const QString bam = QStringLiteral("server=LABSQL01;database=BAMPrimaryImport");
    EXPECT_TRUE(stored.contains(bam));
    stored.remove(bam);
    EXPECT_FALSE(stored.contains(QStringLiteral("LABSQL01"))) << stored.toStdString();
    EXPECT_FALSE(stored.contains(QStringLiteral("LABSQL03"))) << stored.toStdString();
    EXPECT_TRUE(stored.contains(QStringLiteral(
        "LABSQL02_BizTalkMsgBoxDb2 Pooling=false;Current Language=us_english;Integrated "
        "Security=SSPI;Data Source=LABSQL02;Initial Catalog=BizTalkMsgBoxDb2")))
        << stored.toStdString();
    // The group the console then reads is wholly on LABSQL02.
    const Result<GroupSnapshot> moved =
        backend.groupAt(LabTopology::DestinationServer, LabTopology::ManagementDatabase)
            ->readSnapshot();
    ASSERT_TRUE(moved.ok()) << moved.error().sentence().toStdString();
    for (const GroupDatabase& db : moved.value().databases) {
        if (db.inBackupJob) {
            EXPECT_EQ(db.server, LabTopology::DestinationServer) << db.actualName.toStdString();
        }
    }
}

TEST_F(ManagementUpdateLabTest, AConnectionLostAtEachStatementIsReportedAndASecondRunConverges)
{
    failOver();
    const UpdateInfo info = wholeGroupToDestination();
    // One clean run gives the state every interrupted run must reach too; each run starts from
    // a copy of the management database as Restore To Mark left it.
    QString expected;
    int total = 0;
    {
        LabBackend backend(lab->root());
        const Result<ManagementUpdatePlan> planned = plan(backend, info);
        ASSERT_TRUE(planned.ok());
        total = int(planned.value().commands.size());
        ASSERT_GE(total, 10);
    }
    LabConnector c(lab->root());
    const QString file =
        c.databaseFile(LabTopology::DestinationServer, LabTopology::ManagementDatabase);
    const QString saved = file + QStringLiteral(".before");
    c.discardConnection(LabTopology::DestinationServer, LabTopology::ManagementDatabase);
    ASSERT_TRUE(QFile::copy(file, saved));
    {
        LabBackend backend(lab->root());
        for (const CallOutcome& o : runCallSequence(backend, plan(backend, info).value().commands))
            ASSERT_TRUE(o.status.ok());
        expected = groupAsStored();
    }
    for (int drop = 0; drop < total; ++drop) {
        SCOPED_TRACE(drop);
        c.discardConnection(LabTopology::DestinationServer, LabTopology::ManagementDatabase);
        ASSERT_TRUE(QFile::remove(file));
        ASSERT_TRUE(QFile::copy(saved, file));
        LabBackend backend(lab->root());
        backend.dropConnectionAfter(drop);
        const QVector<CallOutcome> outcomes =
            runCallSequence(backend, plan(backend, info).value().commands);
        ASSERT_EQ(outcomes.size(), total);
        for (int i = 0; i < outcomes.size(); ++i) {
            EXPECT_EQ(outcomes[i].ran, i <= drop);
            EXPECT_EQ(outcomes[i].status.ok(), i < drop);
        }
        EXPECT_EQ(outcomes[drop].status.error().kind, DbError::Kind::ConnectionFailed);
        // Read again, plan again, run: the same end as one clean run.
        for (const CallOutcome& o : runCallSequence(backend, plan(backend, info).value().commands))
            EXPECT_TRUE(o.status.ok()) << o.status.error().sentence().toStdString();
        EXPECT_EQ(groupAsStored().toStdString(), expected.toStdString());
    }
}
