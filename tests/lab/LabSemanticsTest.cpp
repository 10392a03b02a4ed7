#include "LabFixture.h"

#include "group/BackupJob.h"
#include "group/BackupNaming.h"

using namespace bts;

namespace {
const int JobDatabases = 10; // every database admv_BackupDatabases lists in the lab
}

TEST_F(LabTest, FreshLabHasTheDisabledUnconfiguredJob)
{
    auto snapshot = lab->backend()->readSnapshot();
    ASSERT_TRUE(snapshot.ok()) << snapshot.error().sentence().toStdString();
    const BackupJobState& job = snapshot.value().job;
    EXPECT_TRUE(job.found);
    EXPECT_FALSE(job.enabled);
    EXPECT_EQ(job.name, QStringLiteral("Backup BizTalk Server (BizTalkMgmtDb)"));
    ASSERT_EQ(job.steps.size(), 4);
    EXPECT_EQ(job.steps[0].name, QStringLiteral("Set Compression Option"));
    EXPECT_EQ(job.steps[1].command,
              QStringLiteral("exec [dbo].[sp_BackupAllFull_Schedule] 'd' /* Frequency */, 'BTS' /* "
                             "Name */, '<destination path>' /* location of backup files */"));
    EXPECT_EQ(job.steps[0].onFailAction, 3);
    EXPECT_EQ(job.steps[3].onSuccessAction, 1);
    const JobSchedule* schedule = job.schedule(BackupScheduleName);
    ASSERT_NE(schedule, nullptr);
    EXPECT_EQ(schedule->intervalMinutes(), 15);
    EXPECT_TRUE(sets().empty());
}

TEST_F(LabTest, DisabledJobNeverRuns)
{
    ASSERT_TRUE(lab->advance(3 * 3600).ok());
    EXPECT_TRUE(sets().empty());
}

TEST_F(LabTest, DailyFrequencyTakesOneFullSetPerDayAndALogSetEveryRun)
{
    makeCustomDatabaseFull();
    startBackups();
    ASSERT_TRUE(lab->advance(24 * 3600 + 60).ok());
    const auto full = fullSets();
    // 21:55 UTC start: first run at 23:00 local (22:00 UTC) takes the first full set; the next
    // UTC day (from 00:00 UTC) takes the second.
    ASSERT_EQ(full.size(), 2u);
    EXPECT_EQ(full[0].rows, JobDatabases);
    EXPECT_EQ(full[0].complete, 1);
    EXPECT_TRUE(full[1].when.startsWith(QStringLiteral("2026-11-24 00:00")));
    int logSets = 0;
    for (const auto& set : sets()) {
        if (set.type == QLatin1String("lg")) {
            ++logSets;
            EXPECT_EQ(set.complete, 1) << set.setId;
            EXPECT_EQ(set.rows, JobDatabases);
        }
    }
    // Runs at 22:00 UTC through 21:45 UTC the next day: 96 runs, each with a log set.
    EXPECT_EQ(logSets, 96);
}

TEST_F(LabTest, BackupHourUsesServerLocalTime)
{
    makeCustomDatabaseFull();
    startBackups();
    ASSERT_TRUE(lab->advance(10 * 60).ok()); // first run: no full set yet, so one is taken
    setStepCommand(JobStepNames::BackupFull,
                   QStringLiteral("exec [dbo].[sp_BackupAllFull_Schedule] 'd', 'BTS', N'%1', 0, 2")
                       .arg(lab->backupFolder()));
    ASSERT_TRUE(lab->advance(20 * 3600).ok());
    const auto full = fullSets();
    ASSERT_EQ(full.size(), 2u);
    // 02:00 server local time (UTC+1) is 01:00 UTC, as BackupDateTime is stored in UTC.
    EXPECT_TRUE(full[1].when.startsWith(QStringLiteral("2026-11-24 01:00")))
        << full[1].when.toStdString();
}

TEST_F(LabTest, WeeklyFrequencyTakesOneFullSetPerSqlServerWeek)
{
    makeCustomDatabaseFull();
    startBackups();
    setStepCommand(JobStepNames::BackupFull,
                   QStringLiteral("exec [dbo].[sp_BackupAllFull_Schedule] 'w', 'BTS', N'%1'")
                       .arg(lab->backupFolder()));
    // Hourly runs are enough here, and make the eight days quicker to simulate.
    ServerCommand hourly;
    hourly.server = LabTopology::SourceServer;
    hourly.database = QStringLiteral("msdb");
    hourly.procedure = {QStringLiteral("msdb"), QStringLiteral("dbo"),
                        QStringLiteral("sp_update_schedule")};
    hourly.parameters = {{QStringLiteral("name"), BackupScheduleName},
                         {QStringLiteral("freq_subday_interval"), 60}};
    ASSERT_TRUE(lab->backend()->execute(hourly).ok());
    // 2026-11-23 is a Monday; SQL Server weeks start on Sunday: the next is Sunday 29th. The
    // week from Sunday 29th spans December 1st, and a new month starts another full set.
    ASSERT_TRUE(lab->advance(8 * 24 * 3600).ok());
    const auto full = fullSets();
    ASSERT_EQ(full.size(), 3u);
    EXPECT_TRUE(full[1].when.startsWith(QStringLiteral("2026-11-29 00:00")))
        << full[1].when.toStdString();
    EXPECT_TRUE(full[2].when.startsWith(QStringLiteral("2026-12-01 00:00")))
        << full[2].when.toStdString();
}

TEST_F(LabTest, ForceFullBackupTakesAFullSetOnTheNextRunOnly)
{
    makeCustomDatabaseFull();
    startBackups();
    ASSERT_TRUE(lab->advance(20 * 60).ok());
    ASSERT_EQ(fullSets().size(), 1u);
    ServerCommand force;
    force.server = LabTopology::SourceServer;
    force.database = LabTopology::ManagementDatabase;
    force.procedure = {QStringLiteral("dbo"), QStringLiteral("sp_ForceFullBackup")};
    ASSERT_TRUE(lab->backend()->execute(force).ok());
    ASSERT_TRUE(lab->advance(30 * 60).ok());
    EXPECT_EQ(fullSets().size(), 2u);
}

TEST_F(LabTest, FailingDatabaseGivesAPartialSetAndForceFullAfterPartialRepairsIt)
{
    makeCustomDatabaseFull();
    startBackups();
    setStepCommand(JobStepNames::BackupFull,
                   QStringLiteral("exec [dbo].[sp_BackupAllFull_Schedule] 'd', 'BTS', N'%1', 1")
                       .arg(lab->backupFolder()));
    ASSERT_TRUE(lab->advance(10 * 60).ok());
    ASSERT_TRUE(lab->setFault(LabFault::BackupFails, LabTopology::SourceServer,
                              QStringLiteral("BizTalkDTADb"), true)
                    .ok());
    ASSERT_TRUE(lab->advance(15 * 60).ok());
    auto all = sets();
    ASSERT_FALSE(all.empty());
    const SetRow partial = all.back();
    EXPECT_EQ(partial.type, QStringLiteral("lg"));
    EXPECT_EQ(partial.complete, 0);
    EXPECT_EQ(partial.rows, JobDatabases - 1);

    auto snapshot = lab->backend()->readSnapshot();
    ASSERT_TRUE(snapshot.ok());
    ASSERT_TRUE(snapshot.value().newestPartialSet.has_value());
    EXPECT_EQ(snapshot.value().newestPartialSet->setId, partial.setId);
    ASSERT_TRUE(snapshot.value().job.lastRun.has_value());
    EXPECT_FALSE(snapshot.value().job.lastRun->succeeded());
    EXPECT_TRUE(snapshot.value().job.lastRun->message.contains(QStringLiteral("MarkAndBackupLog")));

    ASSERT_TRUE(lab->setFault(LabFault::BackupFails, LabTopology::SourceServer,
                              QStringLiteral("BizTalkDTADb"), false)
                    .ok());
    const size_t fullBefore = fullSets().size();
    ASSERT_TRUE(lab->advance(15 * 60).ok());
    const auto full = fullSets();
    ASSERT_EQ(full.size(), fullBefore + 1);
    EXPECT_EQ(full.back().complete, 1);
    EXPECT_GT(full.back().setId, partial.setId);
}

TEST_F(LabTest, MarkAndFileNamesFollowBizTalk)
{
    makeCustomDatabaseFull();
    startBackups();
    ASSERT_TRUE(lab->advance(10 * 60).ok()); // runs at 23:00 local = 22:00 UTC
    LabConnector c(lab->root());
    auto q = c.run(
        LabTopology::SourceServer, LabTopology::ManagementDatabase,
        QStringLiteral("SELECT MarkName, BackupFileName, BackupFileLocation FROM adm_BackupHistory "
                       "WHERE BackupType = 'lg' AND DatabaseName = 'BizTalkMsgBoxDb'"));
    ASSERT_TRUE(q.ok());
    ASSERT_TRUE(q.value().next());
    EXPECT_EQ(q.value().value(0).toString(), QStringLiteral("BTS_2026_11_23_22_00_00_000"));
    EXPECT_EQ(q.value().value(1).toString(),
              QStringLiteral("LABSQL01_BizTalkMsgBoxDb_Log_BTS_2026_11_23_22_00_00_000.bak"));
    const QString file =
        QDir(q.value().value(2).toString()).filePath(q.value().value(1).toString());
    EXPECT_TRUE(QFileInfo::exists(file)) << file.toStdString();
    EXPECT_TRUE(QFileInfo::exists(
        QDir(lab->backupFolder())
            .filePath(
                QStringLiteral("LABSQL03_BizTalkMsgBoxDb2_Full_BTS_2026_11_23_22_00_00_000.bak"))));
    // The mark is also in the database's own MarkLog.
    auto mark = c.scalar(LabTopology::SourceServer, QStringLiteral("BizTalkDTADb"),
                         QStringLiteral("SELECT MAX(MarkName) FROM MarkLog"));
    ASSERT_TRUE(mark.ok());
    EXPECT_EQ(mark.value().toString(), QStringLiteral("BTS_2026_11_23_22_00_00_000"));
}

TEST_F(LabTest, SimpleRecoveryModelMakesEveryLogSetPartial)
{
    startBackups();
    ASSERT_TRUE(lab->advance(40 * 60).ok());
    for (const auto& set : sets()) {
        if (set.type == QLatin1String("lg")) {
            EXPECT_EQ(set.complete, 0);
            EXPECT_EQ(set.rows, JobDatabases - 1);
        }
    }
}

TEST_F(LabTest, NamingHelpersMatchTheFacts)
{
    const QDateTime t(QDate(2020, 5, 4), QTime(1, 34, 11, 933), Qt::UTC);
    EXPECT_EQ(fullMarkName(QStringLiteral("BTS"), t),
              QStringLiteral("BTS_2020_05_04_01_34_11_933"));
    EXPECT_EQ(backupFileName(QStringLiteral("SRV\\INST"), QStringLiteral("SSODB"), BackupKind::Full,
                             QStringLiteral("BTS_2020_05_04_01_34_11_933")),
              QStringLiteral("SRV_INST_SSODB_Full_BTS_2020_05_04_01_34_11_933.bak"));
    const QString longServer(40, QLatin1Char('S'));
    EXPECT_TRUE(
        backupFileName(longServer, QStringLiteral("X"), BackupKind::Log, QStringLiteral("M"))
            .startsWith(QString(30, QLatin1Char('S')) + QStringLiteral("_X_Log_")));
}
