#include "LabFixture.h"

#include "actions/CallSequence.h"
#include "lab/LabBackend.h"
#include "source/CustomDatabaseCheck.h"
#include "source/SourceJobPlanner.h"

using namespace bts;

namespace {

SourceContext contextOf(const GroupBackend& backend)
{
    Result<SourceContext> context = readSourceContext(backend);
    EXPECT_TRUE(context.ok()) << context.error().sentence().toStdString();
    return context.ok() ? context.value() : SourceContext();
}

} // namespace

class SourceJobPlanTest : public LabTest {
protected:
    SourceJobConfig configured() const
    {
        SourceJobConfig config = SourceJobConfig::fromContext(contextOf(*lab->backend()));
        config.fullBackupPath = lab->backupFolder();
        config.logBackupPath = lab->backupFolder();
        return config;
    }
};

TEST_F(SourceJobPlanTest, ReadsWhatTheServerProceduresAccept)
{
    const SourceContext context = contextOf(*lab->backend());
    EXPECT_EQ(context.procedureParameters.value(QStringLiteral("sp_backupallfull_schedule")).size(),
              6);
    EXPECT_TRUE(context.procedureHas(QStringLiteral("sp_BackupAllFull_Schedule"),
                                     QStringLiteral("BackupHour")));
    EXPECT_EQ(context.otherDatabases.size(), 4);
    const SourceJobConfig config = SourceJobConfig::fromContext(context);
    EXPECT_TRUE(config.fullBackupPath.isEmpty()) << "the placeholder is not a path";
    EXPECT_EQ(config.frequency, QLatin1Char('d'));
    EXPECT_EQ(config.markName, QStringLiteral("BTS"));
    EXPECT_EQ(config.intervalMinutes, 15);
    EXPECT_EQ(config.daysToKeep, 14);
    EXPECT_EQ(config.compression, false);
}

TEST_F(SourceJobPlanTest, RefusesAnInvalidConfiguration)
{
    SourceJobConfig config = configured();
    config.markName = QStringLiteral("BizTalkDR9");
    const auto plan = planSourceJob(contextOf(*lab->backend()), config);
    ASSERT_FALSE(plan.ok());
    EXPECT_EQ(
        plan.error().summary,
        QStringLiteral(
            "Mark name 'BizTalkDR9' has 10 characters: SQL Server would silently cut it to 8."));
}

TEST_F(SourceJobPlanTest, GoldenTsqlWithHostileValues)
{
    SourceJobConfig config = configured();
    config.fullBackupPath = QStringLiteral("\\\\srv\\bts'; DROP TABLE x;--[a]]/*");
    config.logBackupPath = config.fullBackupPath;
    config.markName = QStringLiteral("O'B");
    config.frequency = QLatin1Char('w');
    config.forceFullAfterPartialSet = true;
    config.backupHour = 2;
    config.useLocalTime = true;
    config.intervalMinutes = 10;
    config.daysToKeep = 7;
    config.databasesToAdd = {{QStringLiteral("Contoso]; --"), QStringLiteral("ContosoInvoices"),
                              QStringLiteral("LABSQL01"), QStringLiteral("LABBTS01")}};
    const auto plan = planSourceJob(contextOf(*lab->backend()), config);
    ASSERT_TRUE(plan.ok()) << plan.error().sentence().toStdString();
    QStringList previews;
    for (const ServerCommand& c : plan.value().commands)
        previews.append(c.previewSql());
    const QStringList expected = {
        QStringLiteral(
            "EXEC [msdb].[dbo].[sp_update_jobstep] @job_name = N'Backup BizTalk Server "
            "(BizTalkMgmtDb)', "
            "@step_id = 2, @command = N'exec [dbo].[sp_BackupAllFull_Schedule] @Frequency = "
            "N''w'', "
            "@MarkName = N''O''''B'', @BackupPath = N''\\\\srv\\bts''''; DROP TABLE x;--[a]]/*'', "
            "@ForceFullBackupAfterPartialSetFailure = 1, @BackupHour = 2, @UseLocalTime = 1';"),
        QStringLiteral("EXEC [msdb].[dbo].[sp_update_jobstep] @job_name = N'Backup BizTalk Server "
                       "(BizTalkMgmtDb)', "
                       "@step_id = 3, @command = N'exec [dbo].[sp_MarkAll] @MarkName = "
                       "N''O''''B'', @BackupPath = "
                       "N''\\\\srv\\bts''''; DROP TABLE x;--[a]]/*'', @UseLocalTime = 1';"),
        QStringLiteral("EXEC [msdb].[dbo].[sp_update_jobstep] @job_name = N'Backup BizTalk Server "
                       "(BizTalkMgmtDb)', "
                       "@step_id = 4, @command = N'exec [dbo].[sp_DeleteBackupHistory] @DaysToKeep "
                       "= 7, @UseLocalTime = 1';"),
        QStringLiteral("EXEC [msdb].[dbo].[sp_update_schedule] @name = N'MarkAndBackupLogSched', "
                       "@enabled = 1, "
                       "@freq_subday_type = 4, @freq_subday_interval = 10;"),
        QStringLiteral("-- Adds a custom database to the Backup BizTalk Server job (run in the "
                       "management database).\n"
                       "INSERT INTO dbo.adm_OtherBackupDatabases (DefaultDatabaseName, "
                       "DatabaseName, ServerName, BTSServerName)\n"
                       "VALUES (N'Contoso]; --', N'ContosoInvoices', N'LABSQL01', N'LABBTS01');"),
        QStringLiteral("EXEC [dbo].[sp_ForceFullBackup];"),
        QStringLiteral("EXEC [msdb].[dbo].[sp_update_job] @job_name = N'Backup BizTalk Server "
                       "(BizTalkMgmtDb)', @enabled = 1;"),
    };
    ASSERT_EQ(previews.size(), expected.size()) << previews.join(QLatin1Char('\n')).toStdString();
    for (int i = 0; i < expected.size(); ++i)
        EXPECT_EQ(previews[i].toStdString(), expected[i].toStdString());
    // What runs binds every value: the statement text holds markers only.
    EXPECT_EQ(
        plan.value().commands[0].boundSql(),
        QStringLiteral(
            "EXEC [msdb].[dbo].[sp_update_jobstep] @job_name = ?, @step_id = ?, @command = ?;"));
}

TEST_F(SourceJobPlanTest, ApplyingTwiceChangesNothingTheSecondTime)
{
    makeCustomDatabaseFull();
    SourceJobConfig config = configured();
    config.frequency = QLatin1Char('w');
    config.forceFullAfterPartialSet = true;
    config.databasesToAdd = {{LabTopology::CandidateDatabase, LabTopology::CandidateDatabase,
                              LabTopology::SourceServer, QStringLiteral("LABBTS01")}};
    const auto plan = planSourceJob(contextOf(*lab->backend()), config);
    ASSERT_TRUE(plan.ok()) << plan.error().sentence().toStdString();
    for (const CallOutcome& o : runCallSequence(*lab->backend(), plan.value().commands))
        ASSERT_TRUE(o.status.ok()) << o.status.error().sentence().toStdString();

    SourceJobConfig again = SourceJobConfig::fromContext(contextOf(*lab->backend()));
    EXPECT_EQ(again.frequency, QLatin1Char('w'));
    EXPECT_TRUE(again.forceFullAfterPartialSet);
    const auto second = planSourceJob(contextOf(*lab->backend()), again);
    ASSERT_TRUE(second.ok());
    EXPECT_TRUE(second.value().commands.isEmpty());

    // The simulated agent follows: the new database is in the first set, full sets come weekly.
    ASSERT_TRUE(lab->advance(3 * 24 * 3600).ok());
    LabConnector c(lab->root());
    auto rows = c.scalar(
        LabTopology::SourceServer, LabTopology::ManagementDatabase,
        QStringLiteral(
            "SELECT COUNT(*) FROM adm_BackupHistory WHERE DatabaseName = ? AND BackupType = 'db'"),
        {LabTopology::CandidateDatabase});
    ASSERT_TRUE(rows.ok());
    EXPECT_EQ(rows.value().toInt(), 1);
    EXPECT_EQ(fullSets().size(), 1u) << "one full set in the week of 23 November";
    EXPECT_EQ(fullSets().front().complete, 1);
}

TEST_F(SourceJobPlanTest, AConnectionLostAtEachStatementIsReportedAndASecondRunConverges)
{
    SourceJobConfig config = configured();
    config.frequency = QLatin1Char('h');
    config.intervalMinutes = 30;
    const int total =
        int(planSourceJob(contextOf(*lab->backend()), config).value().commands.size());
    ASSERT_EQ(total, 4); // two steps, the schedule, enabling the job
    for (int drop = 0; drop < total; ++drop) {
        SCOPED_TRACE(drop);
        ASSERT_TRUE(lab->reset(start()).ok());
        LabBackend backend(lab->root());
        backend.dropConnectionAfter(drop);
        const auto first = planSourceJob(contextOf(backend), config);
        ASSERT_TRUE(first.ok());
        const QVector<CallOutcome> outcomes = runCallSequence(backend, first.value().commands);
        for (int i = 0; i < outcomes.size(); ++i) {
            EXPECT_EQ(outcomes[i].ran, i <= drop);
            EXPECT_EQ(outcomes[i].status.ok(), i < drop);
        }
        EXPECT_EQ(outcomes[drop].status.error().kind, DbError::Kind::ConnectionFailed);
        // Read again, plan again: only what did not run is left, and it applies.
        const auto second = planSourceJob(contextOf(backend), config);
        ASSERT_TRUE(second.ok());
        EXPECT_EQ(second.value().commands.size(), total - drop);
        for (const CallOutcome& o : runCallSequence(backend, second.value().commands))
            EXPECT_TRUE(o.status.ok());
        EXPECT_TRUE(planSourceJob(contextOf(backend), config).value().commands.isEmpty());
    }
}

TEST_F(SourceJobPlanTest, AnOlderBuildWithoutBackupHourRefusesTheSetting)
{
    LabConnector c(lab->root());
    ASSERT_TRUE(c.run(LabTopology::SourceServer, LabTopology::ManagementDatabase,
                      QStringLiteral("DELETE FROM lab_ProcedureParameters WHERE name IN "
                                     "('@BackupHour', '@UseLocalTime')"))
                    .ok());
    SourceJobConfig config = configured();
    config.backupHour = 3;
    const auto plan = planSourceJob(contextOf(*lab->backend()), config);
    ASSERT_FALSE(plan.ok());
    EXPECT_TRUE(plan.error().summary.contains(QStringLiteral("no parameter @BackupHour")));
    config.backupHour.reset();
    const auto ok = planSourceJob(contextOf(*lab->backend()), config);
    ASSERT_TRUE(ok.ok());
    EXPECT_FALSE(ok.value().commands[0].previewSql().contains(QStringLiteral("UseLocalTime")));
}

TEST_F(SourceJobPlanTest, UnreadableStepsAreFlaggedBeforeTheyAreReplaced)
{
    setStepCommand(JobStepNames::MarkAndBackupLog,
                   QStringLiteral("IF (sys.fn_hadr_is_primary_replica('BizTalkMgmtDb') = 1) exec "
                                  "[dbo].[sp_MarkAll] 'BTS', 'x'"));
    const auto plan = planSourceJob(contextOf(*lab->backend()), configured());
    ASSERT_TRUE(plan.ok());
    EXPECT_EQ(plan.value().overwritesUnreadableSteps, QStringList{JobStepNames::MarkAndBackupLog});
}

TEST_F(SourceJobPlanTest, CustomDatabasePrerequisites)
{
    const auto ready = checkCustomDatabase(lab->backend()->connector(), LabTopology::SourceServer,
                                           LabTopology::CandidateDatabase);
    ASSERT_TRUE(ready.ok());
    EXPECT_TRUE(ready.value().ready());
    EXPECT_TRUE(ready.value().hasBackupRole);

    const auto simple = checkCustomDatabase(lab->backend()->connector(), LabTopology::SourceServer,
                                            LabTopology::CustomDatabase);
    ASSERT_TRUE(simple.ok());
    EXPECT_FALSE(simple.value().ready());
    EXPECT_EQ(simple.value().recoveryModel, QStringLiteral("SIMPLE"));

    const auto bare = checkCustomDatabase(lab->backend()->connector(), LabTopology::SourceServer,
                                          QStringLiteral("BAMArchive"));
    ASSERT_TRUE(bare.ok());
    EXPECT_FALSE(bare.value().ready());
    EXPECT_TRUE(bare.value().missingObjects.contains(QStringLiteral("sp_BackupBizTalkFull")));

    const auto missing = checkCustomDatabase(lab->backend()->connector(), LabTopology::SourceServer,
                                             QStringLiteral("Nope"));
    ASSERT_TRUE(missing.ok());
    EXPECT_FALSE(missing.value().exists);
}
