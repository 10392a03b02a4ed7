#include "LabDestinationFixture.h"

using namespace bts;

namespace {

const int ShippedDatabases = 10;

} // namespace

TEST_F(LabDestinationTest, KeepsOneLogSetBehindWithTheDatabasesRestoring)
{
    startLogShipping();
    // Source runs at 22:00 (full set 1, log set 2), 22:15 and 22:30 UTC; the destination's jobs
    // every minute, after the source's at the same minute.
    ASSERT_TRUE(lab->advance(45 * 60).ok());
    const std::vector<qint64> logs = completeLogSets();
    ASSERT_EQ(logs.size(), 3u);
    EXPECT_EQ(lastRestoredSet(), logs[logs.size() - 2]);
    EXPECT_EQ(onDestination(QStringLiteral("SELECT COUNT(*) FROM bts_LogShippingHistory WHERE "
                                           "BackupSetId = ? AND Restored = 0 AND "
                                           "RestoredDateTime IS NULL"),
                            {logs.back()})
                  .toInt(),
              ShippedDatabases);
    EXPECT_EQ(onDestination(QStringLiteral("SELECT COUNT(*) FROM bts_LogShippingHistory WHERE "
                                           "Restored = 1 AND RestoredDateTime IS NOT NULL"))
                  .toInt(),
              3 * ShippedDatabases); // full set 1, log sets 2 and 3
    // Restored in the destination's local time (UTC+1): log set 3 at 22:30 UTC.
    EXPECT_EQ(onDestination(QStringLiteral("SELECT MAX(RestoredDateTime) FROM "
                                           "bts_LogShippingHistory"))
                  .toString(),
              QStringLiteral("2026-11-23 23:30:00.000"));
    EXPECT_EQ(onDestination(QStringLiteral("SELECT COUNT(*) FROM databases WHERE state_desc = "
                                           "'RESTORING' AND recovery_model_desc = 'FULL'"))
                  .toInt(),
              ShippedDatabases);
    EXPECT_EQ(onDestination(QStringLiteral("SELECT COUNT(*) FROM lab_MasterFiles")).toInt(),
              2 * ShippedDatabases);
    // The destination's Agent ran its jobs in its own msdb; the source's knows nothing of them.
    EXPECT_EQ(lastRun(LabLogShipping::RestoreDatabasesJob).status, 1);
    EXPECT_GT(onDestination(QStringLiteral("SELECT COUNT(*) FROM sysjobhistory WHERE server = ?"),
                            {Destination}, QStringLiteral("msdb"))
                  .toInt(),
              100);
    LabConnector c(lab->root());
    auto sourceRows = c.scalar(LabTopology::SourceServer, QStringLiteral("msdb"),
                               QStringLiteral("SELECT COUNT(*) FROM sysjobhistory WHERE server "
                                              "<> ?"),
                               {LabTopology::SourceServer});
    ASSERT_TRUE(sourceRows.ok());
    EXPECT_EQ(sourceRows.value().toInt(), 0);
    // sysjobschedules shows the next minute.
    EXPECT_EQ(onDestination(QStringLiteral("SELECT MIN(next_run_time) FROM sysjobschedules"), {},
                            QStringLiteral("msdb"))
                  .toInt(),
              234100);
}

TEST_F(LabDestinationTest, APartialSetAndWhatFollowsWaitForTheNextFullSet)
{
    startLogShipping();
    ASSERT_TRUE(lab->advance(10 * 60).ok()); // 22:00: full set 1 restored, log set 2 held
    ASSERT_TRUE(lab->setFault(LabFault::BackupFails, LabTopology::SourceServer,
                              QStringLiteral("BizTalkDTADb"), true)
                    .ok());
    ASSERT_TRUE(lab->advance(15 * 60).ok()); // 22:15: partial log set 3
    ASSERT_TRUE(lab->setFault(LabFault::BackupFails, LabTopology::SourceServer,
                              QStringLiteral("BizTalkDTADb"), false)
                    .ok());
    ASSERT_TRUE(lab->advance(15 * 60).ok()); // 22:30: complete log set 4
    EXPECT_EQ(lastRestoredSet(), 2);
    const LastRun blocked = lastRun(LabLogShipping::RestoreDatabasesJob);
    EXPECT_EQ(blocked.status, 0);
    EXPECT_TRUE(blocked.stepMessage.contains(QStringLiteral("Backup set 3 is a partial set")))
        << blocked.stepMessage.toStdString();

    ASSERT_TRUE(forceFullBackup().ok());
    ASSERT_TRUE(lab->advance(15 * 60).ok()); // 22:45: full set 5, log set 6
    EXPECT_EQ(lastRestoredSet(), 5);
    EXPECT_EQ(lastRun(LabLogShipping::RestoreDatabasesJob).status, 1);
    EXPECT_EQ(onDestination(QStringLiteral("SELECT COUNT(*) FROM bts_LogShippingHistory WHERE "
                                           "BackupSetId IN (3, 4) AND Restored = 1"))
                  .toInt(),
              0);
    ASSERT_TRUE(lab->advance(15 * 60).ok()); // 23:00: log set 7; 6 is restored
    EXPECT_EQ(lastRestoredSet(), 6);
}

TEST_F(LabDestinationTest, AGapInTheImportedHistoryWaitsForTheNextFullSet)
{
    startLogShipping();
    ASSERT_TRUE(lab->advance(10 * 60).ok()); // full set 1 restored
    ASSERT_TRUE(setJobEnabled(LabLogShipping::GetBackupHistoryJob, false).ok());
    ASSERT_TRUE(lab->advance(30 * 60).ok()); // log sets 3 and 4, not imported
    // Set 3's history is lost before the destination reads it.
    LabConnector c(lab->root());
    ASSERT_TRUE(c.run(LabTopology::SourceServer, LabTopology::ManagementDatabase,
                      QStringLiteral("DELETE FROM adm_BackupHistory WHERE BackupSetId = 3"))
                    .ok());
    ASSERT_TRUE(setJobEnabled(LabLogShipping::GetBackupHistoryJob, true).ok());
    ASSERT_TRUE(lab->advance(15 * 60).ok()); // 22:45: log set 5
    EXPECT_EQ(lastRestoredSet(), 2);
    const LastRun blocked = lastRun(LabLogShipping::RestoreDatabasesJob);
    EXPECT_EQ(blocked.status, 0);
    EXPECT_TRUE(blocked.stepMessage.contains(
        QStringLiteral("Backup set 3 is not in the imported backup history")))
        << blocked.stepMessage.toStdString();

    ASSERT_TRUE(forceFullBackup().ok());
    ASSERT_TRUE(lab->advance(15 * 60).ok()); // 23:00: full set 6, log set 7
    EXPECT_EQ(lastRestoredSet(), 6);
}

TEST_F(LabDestinationTest, AMissingBackupFileFailsTheRestoreUntilAForcedFullSet)
{
    startLogShipping();
    ASSERT_TRUE(lab->advance(25 * 60).ok()); // 22:15: sets 1-3, last restored 2
    EXPECT_EQ(lastRestoredSet(), 2);
    ASSERT_TRUE(lab->setFault(LabFault::MissingBackupFile, Destination,
                              QStringLiteral("BizTalkMsgBoxDb"), true)
                    .ok());
    ASSERT_TRUE(lab->advance(15 * 60).ok()); // 22:30: set 3 is wanted, its file is gone
    const QString lost =
        QStringLiteral("LABSQL01_BizTalkMsgBoxDb_Log_BTS_2026_11_23_22_15_00_000.bak");
    EXPECT_FALSE(QFileInfo::exists(QDir(lab->backupFolder()).filePath(lost)));
    EXPECT_EQ(lastRestoredSet(), 2);
    LastRun failed = lastRun(LabLogShipping::RestoreDatabasesJob);
    EXPECT_EQ(failed.status, 0);
    EXPECT_TRUE(failed.stepMessage.contains(lost)) << failed.stepMessage.toStdString();
    EXPECT_TRUE(failed.stepMessage.contains(QStringLiteral("Cannot open backup device")));

    ASSERT_TRUE(lab->advance(15 * 60).ok()); // retried every minute, still missing
    EXPECT_EQ(lastRestoredSet(), 2);
    EXPECT_EQ(lastRun(LabLogShipping::RestoreDatabasesJob).status, 0);

    ASSERT_TRUE(forceFullBackup().ok());
    ASSERT_TRUE(lab->advance(15 * 60).ok()); // 23:00: full set 6, log set 7
    EXPECT_EQ(lastRestoredSet(), 6);
    EXPECT_EQ(lastRun(LabLogShipping::RestoreDatabasesJob).status, 1);
}

TEST_F(LabDestinationTest, MovedFilesAreReadFromTheDatabasesFileLocations)
{
    startLogShipping();
    ASSERT_TRUE(lab->advance(10 * 60).ok()); // full set 1 restored
    const QString moved = QDir::toNativeSeparators(path(QStringLiteral("Moved")));
    // The console's statement for facts §2.5.
    ServerCommand redirect;
    redirect.server = Destination;
    redirect.database = Master;
    redirect.statement = QStringLiteral("UPDATE dbo.bts_LogShippingDatabases SET DBFileLocation "
                                        "= ?, LogFileLocation = ? WHERE DatabaseName = ?");
    redirect.parameters = {{QStringLiteral("DBFileLocation"), QVariant()},
                           {QStringLiteral("LogFileLocation"), moved},
                           {QStringLiteral("DatabaseName"), QStringLiteral("SSODB")}};
    ASSERT_TRUE(lab->backend()->execute(redirect).ok());
    ASSERT_TRUE(lab->advance(15 * 60).ok()); // log set 2 is wanted from the moved folder
    const QString file = QStringLiteral("LABSQL01_SSODB_Log_BTS_2026_11_23_22_00_00_000.bak");
    const LastRun failed = lastRun(LabLogShipping::RestoreDatabasesJob);
    EXPECT_EQ(failed.status, 0);
    EXPECT_TRUE(failed.stepMessage.contains(QDir::toNativeSeparators(QDir(moved).filePath(file))) ||
                failed.stepMessage.contains(moved + QLatin1Char('/') + file))
        << failed.stepMessage.toStdString();

    ASSERT_TRUE(QDir().mkpath(moved));
    ASSERT_TRUE(QFile::copy(QDir(lab->backupFolder()).filePath(file), QDir(moved).filePath(file)));
    ASSERT_TRUE(lab->advance(60).ok());
    EXPECT_EQ(lastRestoredSet(), 2);
}

TEST_F(LabDestinationTest, AFullRestoreNeedsTheSourcesFoldersOnTheDestination)
{
    startLogShipping();
    LabConnector c(lab->root());
    ASSERT_TRUE(c.run(Destination, Master, QStringLiteral("DELETE FROM lab_Folders WHERE path = ?"),
                      {QStringLiteral("L:\\Logs")})
                    .ok());
    ASSERT_TRUE(lab->advance(10 * 60).ok());
    EXPECT_EQ(lastRestoredSet(), -1);
    const LastRun failed = lastRun(LabLogShipping::RestoreDatabasesJob);
    EXPECT_EQ(failed.status, 0);
    EXPECT_TRUE(
        failed.stepMessage.contains(QStringLiteral("Directory lookup for the file \"L:\\Logs\\")))
        << failed.stepMessage.toStdString();
    ASSERT_TRUE(c.run(Destination, Master,
                      QStringLiteral("INSERT INTO lab_Folders (path) VALUES (?)"),
                      {QStringLiteral("L:\\Logs")})
                    .ok());
    ASSERT_TRUE(lab->advance(60).ok());
    EXPECT_EQ(lastRestoredSet(), 1);
}

TEST_F(LabDestinationTest, AStoppedAgentRestoresNothingAndDoesNotCatchUp)
{
    startLogShipping();
    ASSERT_TRUE(lab->advance(10 * 60).ok());
    EXPECT_EQ(lastRestoredSet(), 1);
    ASSERT_TRUE(lab->setFault(LabFault::AgentStopped, Destination, QString(), true).ok());
    EXPECT_EQ(onDestination(QStringLiteral("SELECT status_desc FROM lab_Services")).toString(),
              QStringLiteral("Stopped"));
    const int runs = onDestination(QStringLiteral("SELECT COUNT(*) FROM sysjobhistory"), {},
                                   QStringLiteral("msdb"))
                         .toInt();
    ASSERT_TRUE(lab->advance(30 * 60).ok());
    EXPECT_EQ(lastRestoredSet(), 1);
    EXPECT_EQ(onDestination(QStringLiteral("SELECT COUNT(*) FROM sysjobhistory"), {},
                            QStringLiteral("msdb"))
                  .toInt(),
              runs);
    const Status start = startJob(LabLogShipping::RestoreDatabasesJob);
    ASSERT_FALSE(start.ok());
    EXPECT_EQ(start.error().summary, QStringLiteral("SQLServerAgent is not currently running so "
                                                    "it cannot be notified of this action."));
    EXPECT_EQ(completeLogSets().size(), 3u) << "the source's Agent goes on";

    ASSERT_TRUE(lab->setFault(LabFault::AgentStopped, Destination, QString(), false).ok());
    EXPECT_EQ(onDestination(QStringLiteral("SELECT status_desc FROM lab_Services")).toString(),
              QStringLiteral("Running"));
    ASSERT_TRUE(lab->advance(60).ok());
    // One minute: one run of each job, not the thirty missed.
    EXPECT_EQ(onDestination(QStringLiteral("SELECT COUNT(*) FROM sysjobhistory"), {},
                            QStringLiteral("msdb"))
                  .toInt(),
              runs + 4);
    EXPECT_EQ(lastRestoredSet(), completeLogSets()[1]);
}

TEST_F(LabDestinationTest, RestoreToMarkBringsEveryDatabaseOnlineAtTheNewestMark)
{
    startLogShipping();
    ASSERT_TRUE(lab->advance(40 * 60).ok()); // log sets 2, 3, 4; 3 restored
    const std::vector<qint64> logs = completeLogSets();
    ASSERT_EQ(lastRestoredSet(), logs[logs.size() - 2]);
    // The runbook (facts §3.2): disable both jobs, then start Restore To Mark.
    ASSERT_TRUE(setJobEnabled(LabLogShipping::GetBackupHistoryJob, false).ok());
    ASSERT_TRUE(setJobEnabled(LabLogShipping::RestoreDatabasesJob, false).ok());
    ASSERT_TRUE(startJob(LabLogShipping::RestoreToMarkJob).ok());
    const LastRun run = lastRun(LabLogShipping::RestoreToMarkJob);
    EXPECT_EQ(run.status, 1) << run.stepMessage.toStdString();
    EXPECT_TRUE(run.stepMessage.contains(QStringLiteral("BTS_2026_11_23_22_30_00_000")))
        << run.stepMessage.toStdString();
    EXPECT_EQ(lastRestoredSet(), logs.back());
    EXPECT_EQ(onDestination(QStringLiteral("SELECT COUNT(*) FROM databases WHERE state_desc = "
                                           "'ONLINE' AND name NOT IN ('master', 'msdb')"))
                  .toInt(),
              ShippedDatabases);
    EXPECT_EQ(onDestination(QStringLiteral("SELECT COUNT(*) FROM bts_LogShippingJobSteps WHERE "
                                           "JobName = ?"),
                            {QStringLiteral("Backup BizTalk Server (BizTalkMgmtDb)")})
                  .toInt(),
              4);
    // An online database takes no more logs.
    ASSERT_TRUE(setJobEnabled(LabLogShipping::GetBackupHistoryJob, true).ok());
    ASSERT_TRUE(setJobEnabled(LabLogShipping::RestoreDatabasesJob, true).ok());
    ASSERT_TRUE(lab->advance(30 * 60).ok());
    EXPECT_EQ(lastRestoredSet(), logs.back());
    EXPECT_TRUE(lastRun(LabLogShipping::RestoreDatabasesJob)
                    .stepMessage.contains(QStringLiteral("no files are ready to rollforward")));
}

TEST_F(LabDestinationTest, LogShippingCleanStartsAgainFromTheNewestFullSet)
{
    startLogShipping();
    ASSERT_TRUE(lab->advance(40 * 60).ok());
    ASSERT_EQ(lastRestoredSet(), 3);
    const QStringList clean = {QStringLiteral("master"), QStringLiteral("dbo"),
                               LabLogShipping::CleanProcedure};
    const Status unknown = call(Destination, Master, clean, {{QString(), QStringLiteral("Other")}});
    ASSERT_FALSE(unknown.ok());
    EXPECT_TRUE(unknown.error().summary.contains(QStringLiteral("'Other' is not a log shipping "
                                                                "source of this server")));
    const Status cleaned = call(Destination, Master, clean, {{QString(), Description}});
    ASSERT_TRUE(cleaned.ok()) << cleaned.error().sentence().toStdString();
    EXPECT_EQ(lastRestoredSet(), -1);
    EXPECT_EQ(onDestination(QStringLiteral("SELECT COUNT(*) FROM bts_LogShippingHistory WHERE "
                                           "Restored = 1"))
                  .toInt(),
              0);
    EXPECT_EQ(onDestination(QStringLiteral("SELECT COUNT(*) FROM databases")).toInt(), 2);
    // The source server's name works too.
    EXPECT_TRUE(
        call(Destination, Master, clean, {{QStringLiteral("SourceID"), LabTopology::SourceServer}})
            .ok());

    ASSERT_TRUE(lab->advance(60).ok()); // from full set 1 again, up to the newest log but one
    EXPECT_EQ(lastRestoredSet(), 3);
    EXPECT_EQ(onDestination(QStringLiteral("SELECT COUNT(*) FROM databases")).toInt(),
              2 + ShippedDatabases);
}

TEST_F(LabDestinationTest, ADatabaseAddedToTheBackupJobIsShippedToo)
{
    startLogShipping();
    ASSERT_TRUE(lab->advance(10 * 60).ok());
    LabConnector c(lab->root());
    ASSERT_TRUE(c.run(LabTopology::SourceServer, LabTopology::ManagementDatabase,
                      QStringLiteral("INSERT INTO adm_OtherBackupDatabases (DefaultDatabaseName, "
                                     "DatabaseName, ServerName, BTSServerName) VALUES (?, ?, ?, "
                                     "'LABBTS01')"),
                      {LabTopology::CandidateDatabase, LabTopology::CandidateDatabase,
                       LabTopology::SourceServer})
                    .ok());
    ASSERT_TRUE(forceFullBackup().ok());
    ASSERT_TRUE(lab->advance(30 * 60).ok()); // 22:15 full set 3 + log set 4, 22:30 log set 5
    EXPECT_EQ(onDestination(QStringLiteral("SELECT COUNT(*) FROM bts_LogShippingDatabases WHERE "
                                           "DatabaseName = ?"),
                            {LabTopology::CandidateDatabase})
                  .toInt(),
              1);
    EXPECT_EQ(lastRestoredSet(), 4);
    // The forced full set was restored for the new database, though the chain was unbroken.
    EXPECT_EQ(onDestination(QStringLiteral("SELECT COUNT(*) FROM bts_LogShippingHistory WHERE "
                                           "BackupSetId = 3 AND Restored = 1"))
                  .toInt(),
              ShippedDatabases + 1);
    EXPECT_EQ(onDestination(QStringLiteral("SELECT state_desc FROM databases WHERE name = ?"),
                            {LabTopology::CandidateDatabase})
                  .toString(),
              QStringLiteral("RESTORING"));
}

TEST_F(LabDestinationTest, RestoreToMarkFailsWhenTheNewestMarkCannotBeReached)
{
    startLogShipping();
    ASSERT_TRUE(lab->advance(40 * 60).ok()); // log set 3 restored, 4 the newest
    ASSERT_TRUE(setJobEnabled(LabLogShipping::GetBackupHistoryJob, false).ok());
    ASSERT_TRUE(setJobEnabled(LabLogShipping::RestoreDatabasesJob, false).ok());
    ASSERT_TRUE(
        lab->setFault(LabFault::MissingBackupFile, Destination, QStringLiteral("SSODB"), true)
            .ok());
    // sp_start_job only starts the job: the failure is in the job's history.
    ASSERT_TRUE(startJob(LabLogShipping::RestoreToMarkJob).ok());
    const LastRun run = lastRun(LabLogShipping::RestoreToMarkJob);
    EXPECT_EQ(run.status, 0);
    EXPECT_TRUE(run.stepMessage.contains(
        QStringLiteral("The newest mark, BTS_2026_11_23_22_30_00_000 (backup set 4), cannot be "
                       "reached from backup set 3: Cannot open backup device")))
        << run.stepMessage.toStdString();
    EXPECT_TRUE(run.stepMessage.contains(
        QStringLiteral("LABSQL01_SSODB_Log_BTS_2026_11_23_22_30_00_000.bak")));
    EXPECT_EQ(onDestination(QStringLiteral("SELECT COUNT(*) FROM databases WHERE state_desc = "
                                           "'ONLINE' AND name NOT IN ('master', 'msdb')"))
                  .toInt(),
              0);
}
