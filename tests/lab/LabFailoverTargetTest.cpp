#include "LabDestinationFixture.h"

#include "group/BackupJob.h"
#include "lab/LabBackend.h"
#include "lab/LabMessageBoxProcedures.h"
#include "sql/SqlRunner.h"

#include <QFileInfo>

using namespace bts;

namespace {

const QString Msdb = QStringLiteral("msdb");
const QString MessageBox = LabTopology::MessageBoxDatabase;
const QString MessageBox2 = LabTopology::SecondMessageBoxDatabase;
const QString BackupJobName = QStringLiteral("Backup BizTalk Server (BizTalkMgmtDb)");

QStringList column(const LabConnector& c, const QString& server, const QString& database,
                   const QString& sql, const QVariantList& values = {})
{
    QStringList rows;
    auto q = c.run(server, database, sql, values);
    EXPECT_TRUE(q.ok()) << sql.toStdString();
    while (q.ok() && q.value().next())
        rows.append(q.value().value(0).toString());
    return rows;
}

} // namespace

// The destination after Restore To Mark: a BizTalk group of its own.
class LabFailoverTargetTest : public LabDestinationTest {
protected:
    QVariant on(const QString& server, const QString& database, const QString& sql,
                const QVariantList& values = {}) const
    {
        auto r = LabConnector(lab->root()).scalar(server, database, sql, values);
        EXPECT_TRUE(r.ok()) << sql.toStdString();
        return r.ok() ? r.value() : QVariant();
    }
    QString jobTarget(const QString& server, const QString& database, const QString& job) const
    {
        LabConnector c(lab->root());
        auto q = c.run(server, database,
                       QStringLiteral("SELECT ServerName, DatabaseName FROM lab_JobTargets "
                                      "WHERE JobName = ?"),
                       {job});
        EXPECT_TRUE(q.ok());
        if (!q.ok() || !q.value().next())
            return QString();
        return q.value().value(0).toString() + QLatin1Char('/') + q.value().value(1).toString();
    }
    Status inMessageBox(const QString& server, const QString& database, const QString& procedure,
                        const QVector<QPair<QString, QVariant>>& parameters)
    {
        return call(server, database, {database, QStringLiteral("dbo"), procedure}, parameters);
    }
    Status setSourceJobEnabled(bool enabled)
    {
        return call(
            LabTopology::SourceServer, Msdb,
            {QStringLiteral("msdb"), QStringLiteral("dbo"), QStringLiteral("sp_update_job")},
            {{QStringLiteral("job_name"), BackupJobName},
             {QStringLiteral("enabled"), enabled ? 1 : 0}});
    }

    // Log shipping for 40 minutes (sets 1-4 imported, 3 restored), then the runbook: shipping
    // and the source's job stopped, one more set on the source that never reaches the
    // destination, Restore To Mark. Returns the set restored to.
    qint64 failOver()
    {
        startLogShipping();
        EXPECT_TRUE(lab->advance(40 * 60).ok());
        EXPECT_TRUE(setJobEnabled(LabLogShipping::GetBackupHistoryJob, false).ok());
        EXPECT_TRUE(setJobEnabled(LabLogShipping::RestoreDatabasesJob, false).ok());
        EXPECT_TRUE(lab->advance(15 * 60).ok()); // the source's set 5 (22:45), not imported
        EXPECT_TRUE(setSourceJobEnabled(false).ok());
        EXPECT_TRUE(startJob(LabLogShipping::RestoreToMarkJob).ok());
        const LastRun run = lastRun(LabLogShipping::RestoreToMarkJob);
        EXPECT_EQ(run.status, 1) << run.stepMessage.toStdString();
        return lastRestoredSet();
    }

    // What UpdateDatabase.vbs would change for a group wholly moved to LABSQL02 (facts §3.4),
    // the group's lists only.
    void pointGroupAtDestination()
    {
        LabConnector c(lab->root());
        const QString& d = Destination;
        const QVector<QPair<QString, QVariantList>> updates = {
            {QStringLiteral("UPDATE dbo.adm_Group SET TrackingDBServerName = ?, "
                            "SubscriptionDBServerName = ?, BamDBServerName = ?, "
                            "RuleEngineDBServerName = ?, SSOServerName = ?"),
             {d, d, d, d, d}},
            {QStringLiteral("UPDATE dbo.adm_MessageBox SET DBServerName = ?"), {d}},
            {QStringLiteral("UPDATE dbo.adm_OtherBackupDatabases SET ServerName = ?"), {d}}};
        for (const auto& [sql, values] : updates) {
            auto r = c.run(Destination, LabTopology::ManagementDatabase, sql, values);
            ASSERT_TRUE(r.ok()) << r.error().sentence().toStdString();
        }
    }
};

TEST_F(LabFailoverTargetTest, TheManagementDatabaseHoldsWhatUpdateDatabaseRewrites)
{
    LabConnector c(lab->root());
    const QString& s1 = LabTopology::SourceServer;
    const QString& mgmt = LabTopology::ManagementDatabase;
    auto sources = c.run(s1, mgmt,
                         QStringLiteral("SELECT SourceName, ConnectionString FROM TDDS_Sources "
                                        "ORDER BY SourceName"));
    ASSERT_TRUE(sources.ok());
    QStringList rows;
    while (sources.value().next())
        rows.append(sources.value().value(0).toString() + QLatin1Char('|') +
                    sources.value().value(1).toString());
    EXPECT_EQ(rows,
              (QStringList{QStringLiteral("LABSQL01_BizTalkMsgBoxDb|Pooling=false;Current "
                                          "Language=us_english;Integrated Security=SSPI;Data "
                                          "Source=LABSQL01;Initial Catalog=BizTalkMsgBoxDb"),
                           QStringLiteral("LABSQL03_BizTalkMsgBoxDb2|Pooling=false;Current "
                                          "Language=us_english;Integrated Security=SSPI;Data "
                                          "Source=LABSQL03;Initial Catalog=BizTalkMsgBoxDb2")}));
    EXPECT_EQ(
        column(c, s1, mgmt,
               QStringLiteral("SELECT ConnectionString FROM TDDS_Destinations ORDER BY 1")),
        (QStringList{QStringLiteral("Pooling=false;Current Language=us_english;Integrated "
                                    "Security=SSPI;server=LABSQL01;database=BAMPrimaryImport"),
                     QStringLiteral("Pooling=false;Current Language=us_english;Integrated "
                                    "Security=SSPI;server=LABSQL01;database=BizTalkDTADb")}));
    EXPECT_EQ(column(c, s1, mgmt, QStringLiteral("SELECT Name FROM adm_Server ORDER BY Name")),
              (QStringList{LabTopology::BizTalkServer, LabTopology::SecondBizTalkServer}));
    EXPECT_EQ(column(c, s1, mgmt,
                     QStringLiteral("SELECT DefaultDatabaseName || '=' || ServerName || '/' || "
                                    "DatabaseName FROM adm_OtherDatabases ORDER BY 1")),
              (QStringList{QStringLiteral("BAM Alerts Application DB=LABSQL01/"
                                          "BAMAlertsApplication"),
                           QStringLiteral("BAM Alerts Instance DB=LABSQL01/BAMAlertsNSMain"),
                           QStringLiteral("RuleEngine DB=LABSQL01/BizTalkRuleEngineDb"),
                           QStringLiteral("SSO=LABSQL01/SSODB")}));
    // The BizTalk rows of the backup job's list are in the hotfix list too; custom ones are not.
    EXPECT_EQ(on(s1, mgmt,
                 QStringLiteral("SELECT COUNT(*) FROM adm_OtherBackupDatabases b WHERE "
                                "DefaultDatabaseName <> ? AND NOT EXISTS (SELECT 1 FROM "
                                "adm_OtherDatabases o WHERE o.DefaultDatabaseName = "
                                "b.DefaultDatabaseName AND o.DatabaseName = b.DatabaseName AND "
                                "o.ServerName = b.ServerName)"),
                 {LabTopology::CustomDatabase})
                  .toInt(),
              0);
}

TEST_F(LabFailoverTargetTest, EachMessageBoxHasTheProceduresThatRetargetItsJobs)
{
    for (const auto& [server, database] :
         {QPair<QString, QString>{LabTopology::SourceServer, MessageBox},
          QPair<QString, QString>{LabTopology::SecondMessageBoxServer, MessageBox2}}) {
        // The console's own statement finds them.
        auto objects = SqlRunner(lab->backend()->connector())
                           .query(server, database, QStringLiteral("database_objects"),
                                  {QStringLiteral("P"), QStringLiteral("P")});
        ASSERT_TRUE(objects.ok());
        QStringList procedures;
        while (objects.value().next())
            procedures.append(objects.value().value(0).toString());
        EXPECT_TRUE(procedures.contains(LabMessageBox::CopyTrackedMessagesProcedure));
        EXPECT_TRUE(procedures.contains(LabMessageBox::OperateOnMasterProcedure));
        EXPECT_EQ(jobTarget(server, database, QStringLiteral("TrackedMessages_Copy_") + database),
                  QStringLiteral("LABSQL01/BizTalkDTADb"));
        EXPECT_EQ(jobTarget(server, database,
                            QStringLiteral("Operations_OperateOnInstances_OnMaster_") + database),
                  QStringLiteral("LABSQL01/BizTalkMsgBoxDb"));
    }

    const QString server = LabTopology::SecondMessageBoxServer;
    const Status copy =
        inMessageBox(server, MessageBox2, LabMessageBox::CopyTrackedMessagesProcedure,
                     {{QStringLiteral("trackingDBServer"), QStringLiteral("LABSQL02")},
                      {QStringLiteral("trackingDBName"), QStringLiteral("BizTalkDTADb")}});
    ASSERT_TRUE(copy.ok()) << copy.error().sentence().toStdString();
    const Status master = inMessageBox(
        server, MessageBox2, LabMessageBox::OperateOnMasterProcedure,
        {{QStringLiteral("nvcMasterMsgBoxDBServer"), QStringLiteral("LABSQL02")},
         {QStringLiteral("nvcMasterMsgBoxDBName"), QStringLiteral("BizTalkMsgBoxDb")}});
    ASSERT_TRUE(master.ok()) << master.error().sentence().toStdString();
    EXPECT_EQ(jobTarget(server, MessageBox2, LabMessageBox::copyTrackedMessagesJob(MessageBox2)),
              QStringLiteral("LABSQL02/BizTalkDTADb"));
    EXPECT_EQ(jobTarget(server, MessageBox2, LabMessageBox::operateOnMasterJob(MessageBox2)),
              QStringLiteral("LABSQL02/BizTalkMsgBoxDb"));
    // Only that MessageBox's jobs.
    EXPECT_EQ(jobTarget(LabTopology::SourceServer, MessageBox,
                        LabMessageBox::copyTrackedMessagesJob(MessageBox)),
              QStringLiteral("LABSQL01/BizTalkDTADb"));

    // Bound as SQL Server binds them: an unknown name or a missing argument fails, and nothing
    // changes.
    const Status unknown =
        inMessageBox(server, MessageBox2, LabMessageBox::CopyTrackedMessagesProcedure,
                     {{QStringLiteral("trackingServer"), QStringLiteral("LABSQL09")},
                      {QStringLiteral("trackingDBName"), QStringLiteral("Other")}});
    ASSERT_FALSE(unknown.ok());
    EXPECT_EQ(unknown.error().summary,
              QStringLiteral("bts_UpdateCopyTrackedMessagesJob has no parameter @trackingServer"));
    const Status missing =
        inMessageBox(server, MessageBox2, LabMessageBox::OperateOnMasterProcedure,
                     {{QStringLiteral("nvcMasterMsgBoxDBServer"), QStringLiteral("LABSQL09")}});
    ASSERT_FALSE(missing.ok());
    EXPECT_TRUE(missing.error().summary.contains(
        QStringLiteral("expects parameter '@nvcMasterMsgBoxDBName', which was not supplied")))
        << missing.error().summary.toStdString();
    EXPECT_EQ(jobTarget(server, MessageBox2, LabMessageBox::copyTrackedMessagesJob(MessageBox2)),
              QStringLiteral("LABSQL02/BizTalkDTADb"));
    EXPECT_EQ(jobTarget(server, MessageBox2, LabMessageBox::operateOnMasterJob(MessageBox2)),
              QStringLiteral("LABSQL02/BizTalkMsgBoxDb"));

    // Only MessageBoxes have them, and only the management database the backup procedures.
    const Status elsewhere =
        inMessageBox(LabTopology::SourceServer, LabTopology::TrackingDatabase,
                     LabMessageBox::CopyTrackedMessagesProcedure,
                     {{QStringLiteral("trackingDBServer"), QStringLiteral("LABSQL02")},
                      {QStringLiteral("trackingDBName"), QStringLiteral("BizTalkDTADb")}});
    ASSERT_FALSE(elsewhere.ok());
    EXPECT_EQ(elsewhere.error().summary, QStringLiteral("Could not find stored procedure "
                                                        "'bts_UpdateCopyTrackedMessagesJob'."));
    const Status force = call(LabTopology::SourceServer, MessageBox,
                              {QStringLiteral("dbo"), QStringLiteral("sp_ForceFullBackup")});
    ASSERT_FALSE(force.ok());
    EXPECT_EQ(force.error().summary,
              QStringLiteral("Could not find stored procedure 'sp_ForceFullBackup'."));
}

TEST_F(LabFailoverTargetTest, RestoreToMarkWritesEveryDatabaseOnTheDestinationAsAtTheMark)
{
    const qint64 restored = failOver();
    ASSERT_EQ(restored, 4);
    LabConnector c(lab->root());
    const QString& mgmt = LabTopology::ManagementDatabase;
    const QStringList shipped =
        column(c, Destination, Master,
               QStringLiteral("SELECT DatabaseName FROM bts_LogShippingDatabases"));
    ASSERT_EQ(shipped.size(), 10);
    for (const QString& name : shipped) {
        EXPECT_TRUE(QFileInfo::exists(c.databaseFile(Destination, name))) << name.toStdString();
        EXPECT_FALSE(
            QFileInfo::exists(c.databaseFile(Destination, name) + QStringLiteral(".restoring")));
        EXPECT_EQ(on(Destination, Master,
                     QStringLiteral("SELECT state_desc FROM databases WHERE name = ?"), {name})
                      .toString(),
                  QStringLiteral("ONLINE"));
    }
    // The source went on to set 5; the copy stops at the mark of set 4.
    EXPECT_EQ(on(LabTopology::SourceServer, mgmt,
                 QStringLiteral("SELECT MAX(BackupSetId) FROM adm_BackupHistory"))
                  .toInt(),
              5);
    EXPECT_EQ(
        on(Destination, mgmt, QStringLiteral("SELECT MAX(BackupSetId) FROM adm_BackupHistory"))
            .toInt(),
        4);
    EXPECT_EQ(on(Destination, mgmt,
                 QStringLiteral("SELECT COUNT(*) FROM adm_BackupHistory WHERE BackupSetId = 4 AND "
                                "SetComplete = 1"))
                  .toInt(),
              10);
    EXPECT_EQ(on(Destination, mgmt, QStringLiteral("SELECT NextBackupSetId FROM adm_BackupSetId"))
                  .toInt(),
              5);
    const QString mark = QStringLiteral("BTS_2026_11_23_22_30_00_000");
    for (const QString& name : {MessageBox2, mgmt}) {
        EXPECT_EQ(on(Destination, name,
                     QStringLiteral("SELECT MarkName FROM MarkLog ORDER BY rowid DESC LIMIT 1"))
                      .toString(),
                  mark)
            << name.toStdString();
    }
    EXPECT_EQ(on(LabTopology::SourceServer, MessageBox,
                 QStringLiteral("SELECT MarkName FROM MarkLog ORDER BY rowid DESC LIMIT 1"))
                  .toString(),
              QStringLiteral("BTS_2026_11_23_22_45_00_000"));
    // SERVERPROPERTY('servername') of the copy is its new server.
    EXPECT_EQ(on(Destination, mgmt,
                 QStringLiteral("SELECT ServerName FROM admv_BackupDatabases WHERE DatabaseName "
                                "= ?"),
                 {mgmt})
                  .toString(),
              Destination);

    // The source's job is in the destination's msdb, as copied (disabled), chained as it was.
    EXPECT_EQ(on(Destination, Msdb, QStringLiteral("SELECT enabled FROM sysjobs WHERE name = ?"),
                 {BackupJobName})
                  .toInt(),
              0);
    const QString steps = QStringLiteral(
        "SELECT group_concat(s.step_id || ':' || s.step_name || ':' || s.on_success_action || "
        "':' || s.on_fail_action || ':' || s.database_name || ':' || s.command, '|') FROM "
        "(SELECT * FROM sysjobsteps ORDER BY step_id) s JOIN sysjobs j ON j.job_id = s.job_id "
        "WHERE j.name = ?");
    const QString sourceSteps =
        on(LabTopology::SourceServer, Msdb, steps, {BackupJobName}).toString();
    EXPECT_FALSE(sourceSteps.isEmpty());
    EXPECT_EQ(on(Destination, Msdb, steps, {BackupJobName}).toString(), sourceSteps);
    EXPECT_EQ(on(Destination, Msdb,
                 QStringLiteral("SELECT s.name || ':' || s.enabled || ':' || s.freq_type || ':' "
                                "|| s.freq_subday_type || ':' || s.freq_subday_interval FROM "
                                "sysschedules s JOIN sysjobschedules js ON js.schedule_id = "
                                "s.schedule_id JOIN sysjobs j ON j.job_id = js.job_id WHERE "
                                "j.name = ?"),
                 {BackupJobName})
                  .toString(),
              QStringLiteral("MarkAndBackupLogSched:1:4:4:15"));
    // The destination's own jobs are still there.
    EXPECT_EQ(on(Destination, Msdb,
                 QStringLiteral("SELECT COUNT(*) FROM sysjobs WHERE name LIKE 'BTS Log "
                                "Shipping%'"))
                  .toInt(),
              3);

    // Running it again changes nothing on online databases; databases restoring again are
    // written afresh, replacing their files.
    ASSERT_TRUE(c.run(Destination, mgmt,
                      QStringLiteral("INSERT INTO adm_Server (Name) VALUES "
                                     "('CHANGED')"))
                    .ok());
    ASSERT_TRUE(startJob(LabLogShipping::RestoreToMarkJob).ok());
    EXPECT_EQ(lastRun(LabLogShipping::RestoreToMarkJob).status, 1);
    EXPECT_EQ(on(Destination, mgmt, QStringLiteral("SELECT COUNT(*) FROM adm_Server")).toInt(), 3);
    ASSERT_TRUE(c.run(Destination, Master,
                      QStringLiteral("UPDATE databases SET state_desc = 'RESTORING' WHERE name "
                                     "IN (SELECT DatabaseName FROM bts_LogShippingDatabases)"))
                    .ok());
    ASSERT_TRUE(startJob(LabLogShipping::RestoreToMarkJob).ok());
    EXPECT_EQ(lastRun(LabLogShipping::RestoreToMarkJob).status, 1);
    EXPECT_EQ(on(Destination, mgmt, QStringLiteral("SELECT COUNT(*) FROM adm_Server")).toInt(), 2);
    EXPECT_EQ(
        on(Destination, mgmt, QStringLiteral("SELECT MAX(BackupSetId) FROM adm_BackupHistory"))
            .toInt(),
        4);
    // sp_LogShippingClean drops the databases and their files.
    ASSERT_TRUE(call(Destination, Master,
                     {Master, QStringLiteral("dbo"), LabLogShipping::CleanProcedure},
                     {{QString(), Description}})
                    .ok());
    for (const QString& name : shipped)
        EXPECT_FALSE(QFileInfo::exists(c.databaseFile(Destination, name))) << name.toStdString();
}

TEST_F(LabFailoverTargetTest, TheGroupOnTheDestinationIsManagedAndBacksItselfUp)
{
    const LabBackend source(lab->root());
    EXPECT_EQ(source.displayName(), QStringLiteral("Lab (LABSQL01)"));
    EXPECT_EQ(source.destinationServers(), QStringList{Destination});
    EXPECT_EQ(source.root(), lab->root());

    ASSERT_EQ(failOver(), 4);
    pointGroupAtDestination();
    const LabBackend group(lab->root(), Destination);
    EXPECT_EQ(group.displayName(), QStringLiteral("Lab (LABSQL02)"));
    EXPECT_EQ(group.managementServer(), Destination);
    EXPECT_TRUE(group.destinationServers().isEmpty());
    auto snapshot = group.readSnapshot();
    ASSERT_TRUE(snapshot.ok()) << snapshot.error().sentence().toStdString();
    int inJob = 0;
    for (const GroupDatabase& db : snapshot.value().databases) {
        if (!db.inBackupJob)
            continue;
        ++inJob;
        EXPECT_EQ(db.server, Destination) << db.actualName.toStdString();
        EXPECT_TRUE(db.existsOnServer) << db.actualName.toStdString();
        EXPECT_EQ(db.state, QStringLiteral("ONLINE")) << db.actualName.toStdString();
        EXPECT_EQ(db.recoveryModel, QStringLiteral("FULL")) << db.actualName.toStdString();
    }
    EXPECT_EQ(inJob, 10);
    EXPECT_TRUE(snapshot.value().job.found);
    EXPECT_FALSE(snapshot.value().job.enabled);
    EXPECT_EQ(snapshot.value().newestCompleteLogSet, 4);
    EXPECT_TRUE(snapshot.value().destinations.isEmpty());
    // groupAt is the same group.
    auto same = LabBackend(lab->root()).groupAt(Destination, LabTopology::ManagementDatabase);
    EXPECT_EQ(same->managementServer(), Destination);
    EXPECT_TRUE(same->readSnapshot().ok());

    // Started by hand: a log set of the group on LABSQL02, recorded there. The restored
    // databases carry on the log chain of the backups they were restored from.
    const int sourceRows = on(LabTopology::SourceServer, LabTopology::ManagementDatabase,
                              QStringLiteral("SELECT COUNT(*) FROM adm_BackupHistory"))
                               .toInt();
    ASSERT_TRUE(startJob(BackupJobName).ok());
    LastRun run = lastRun(BackupJobName);
    EXPECT_EQ(run.status, 1) << run.stepMessage.toStdString();
    const QString setRows = QStringLiteral(
        "SELECT COUNT(*) FROM adm_BackupHistory WHERE BackupSetId = ? AND BackupType = ? AND "
        "SetComplete = 1 AND ServerName = 'LABSQL02'");
    const QString& mgmt = LabTopology::ManagementDatabase;
    EXPECT_EQ(on(Destination, mgmt, setRows, {5, QStringLiteral("lg")}).toInt(), 10);
    EXPECT_TRUE(QFileInfo::exists(QDir(lab->backupFolder())
                                      .filePath(QStringLiteral("LABSQL02_BizTalkMgmtDb_Log_BTS_"
                                                               "2026_11_23_22_50_00_000.bak"))));
    EXPECT_EQ(on(Destination, MessageBox2,
                 QStringLiteral("SELECT MarkName FROM MarkLog ORDER BY rowid DESC LIMIT 1"))
                  .toString(),
              QStringLiteral("BTS_2026_11_23_22_50_00_000"));

    // Enabled, on its schedule, and a forced full set: all in LABSQL02's history.
    ASSERT_TRUE(setJobEnabled(BackupJobName, true).ok());
    ASSERT_TRUE(
        call(Destination, mgmt, {QStringLiteral("dbo"), QStringLiteral("sp_ForceFullBackup")})
            .ok());
    ASSERT_TRUE(lab->advance(15 * 60).ok()); // 23:00
    run = lastRun(BackupJobName);
    EXPECT_EQ(run.status, 1) << run.stepMessage.toStdString();
    EXPECT_EQ(on(Destination, mgmt, setRows, {6, QStringLiteral("db")}).toInt(), 10);
    EXPECT_EQ(on(Destination, mgmt, setRows, {7, QStringLiteral("lg")}).toInt(), 10);
    EXPECT_EQ(on(LabTopology::SourceServer, mgmt,
                 QStringLiteral("SELECT COUNT(*) FROM adm_BackupHistory"))
                  .toInt(),
              sourceRows);
    auto after = group.readSnapshot();
    ASSERT_TRUE(after.ok());
    EXPECT_TRUE(after.value().job.enabled);
    EXPECT_EQ(after.value().newestCompleteFullSet, 6);
    EXPECT_EQ(after.value().newestCompleteLogSet, 7);
}

TEST_F(LabFailoverTargetTest, ALabOfAnEarlierVersionGetsTheRuntimeTablesAndJobStepActions)
{
    startLogShipping();
    LabConnector c(lab->root());
    const QString& s1 = LabTopology::SourceServer;
    const QString& mgmt = LabTopology::ManagementDatabase;
    for (const QString& table : {QStringLiteral("TDDS_Sources"),
                                 QStringLiteral("TDDS_Destinations"), QStringLiteral("adm_Server")})
        ASSERT_TRUE(c.run(s1, mgmt, QStringLiteral("DROP TABLE dbo.%1").arg(table)).ok());
    ASSERT_TRUE(c.run(s1, mgmt, QStringLiteral("DELETE FROM adm_OtherDatabases")).ok());
    for (const LabTopology::SeedLocation& box : LabTopology::messageBoxes()) {
        ASSERT_TRUE(
            c.run(box.server, box.name, QStringLiteral("DROP TABLE dbo.lab_JobTargets")).ok());
        ASSERT_TRUE(c.run(box.server, box.name,
                          QStringLiteral("DELETE FROM lab_Objects WHERE name IN (?, ?)"),
                          {LabMessageBox::CopyTrackedMessagesProcedure,
                           LabMessageBox::OperateOnMasterProcedure})
                        .ok());
    }
    // The copies of the source's job steps as an earlier Schema stand-in made them.
    ASSERT_TRUE(
        c.run(Destination, Master, QStringLiteral("DROP TABLE dbo.bts_LogShippingJobSteps")).ok());
    ASSERT_TRUE(c.run(Destination, Master,
                      QStringLiteral("CREATE TABLE dbo.bts_LogShippingJobSteps (JobName "
                                     "nvarchar(128) NOT NULL, StepId int NOT NULL, StepName "
                                     "nvarchar(128) NOT NULL, Subsystem nvarchar(40) NULL, "
                                     "DatabaseName nvarchar(128) NULL, Command nvarchar(4000) "
                                     "NULL)"))
                    .ok());

    ASSERT_TRUE(lab->ensureCreated().ok());
    EXPECT_EQ(on(s1, mgmt, QStringLiteral("SELECT COUNT(*) FROM TDDS_Sources")).toInt(), 2);
    EXPECT_EQ(on(s1, mgmt, QStringLiteral("SELECT COUNT(*) FROM TDDS_Destinations")).toInt(), 2);
    EXPECT_EQ(on(s1, mgmt, QStringLiteral("SELECT COUNT(*) FROM adm_Server")).toInt(), 2);
    EXPECT_EQ(on(s1, mgmt, QStringLiteral("SELECT COUNT(*) FROM adm_OtherDatabases")).toInt(), 4);
    EXPECT_EQ(jobTarget(LabTopology::SecondMessageBoxServer, MessageBox2,
                        LabMessageBox::operateOnMasterJob(MessageBox2)),
              QStringLiteral("LABSQL01/BizTalkMsgBoxDb"));
    // Twice changes nothing.
    ASSERT_TRUE(lab->ensureCreated().ok());
    EXPECT_EQ(on(s1, mgmt, QStringLiteral("SELECT COUNT(*) FROM TDDS_Sources")).toInt(), 2);
    EXPECT_EQ(on(LabTopology::SecondMessageBoxServer, MessageBox2,
                 QStringLiteral("SELECT COUNT(*) FROM lab_Objects WHERE type = 'P'"))
                  .toInt(),
              on(LabTopology::SourceServer, MessageBox,
                 QStringLiteral("SELECT COUNT(*) FROM lab_Objects WHERE type = 'P'"))
                  .toInt());

    // The destination goes on importing, and fails over with the job's steps chained.
    ASSERT_TRUE(lab->advance(40 * 60).ok());
    EXPECT_EQ(lastRestoredSet(), 3);
    EXPECT_EQ(on(Destination, Master,
                 QStringLiteral("SELECT group_concat(OnFailAction, '') FROM (SELECT OnFailAction "
                                "FROM bts_LogShippingJobSteps ORDER BY StepId)"))
                  .toString(),
              QStringLiteral("3222"));
}
