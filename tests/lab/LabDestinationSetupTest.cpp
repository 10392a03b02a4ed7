#include "LabDestinationFixture.h"

#include "lab/LabBatch.h"

using namespace bts;

namespace {

QVariant scalarOn(const Lab& lab, const QString& server, const QString& database,
                  const QString& sql, const QVariantList& values = {})
{
    LabConnector c(lab.root());
    auto r = c.scalar(server, database, sql, values);
    EXPECT_TRUE(r.ok()) << sql.toStdString();
    return r.ok() ? r.value() : QVariant();
}

} // namespace

TEST_F(LabDestinationTest, EveryServerShowsWhatThePrerequisiteChecksRead)
{
    const QString backups = QDir::toNativeSeparators(lab->backupFolder());
    for (const QString& server : LabTopology::servers()) {
        const auto value = [&](const QString& sql, const QVariantList& values = {}) {
            return scalarOn(*lab, server, Master, sql, values).toString();
        };
        EXPECT_EQ(value(QStringLiteral("SELECT value FROM dbo.lab_ServerProperties WHERE name = "
                                       "'ProductVersion'")),
                  QStringLiteral("15.0.4153.1"));
        EXPECT_EQ(value(QStringLiteral("SELECT value FROM dbo.lab_ServerProperties WHERE name = "
                                       "'ServerName'")),
                  server);
        EXPECT_EQ(value(QStringLiteral("SELECT value_in_use FROM dbo.lab_Configurations WHERE "
                                       "name = 'Ad Hoc Distributed Queries'")),
                  QStringLiteral("0"));
        EXPECT_EQ(value(QStringLiteral("SELECT status_desc FROM dbo.lab_Services WHERE "
                                       "servicename LIKE ?"),
                        {QStringLiteral("SQL Server Agent%")}),
                  QStringLiteral("Running"));
        EXPECT_EQ(value(QStringLiteral("SELECT COUNT(*) FROM dbo.lab_LinkedServers")),
                  QStringLiteral("0"));
        for (const QString& folder :
             {QStringLiteral("G:\\Data"), QStringLiteral("L:\\Logs"), backups})
            EXPECT_EQ(value(QStringLiteral("SELECT COUNT(*) FROM dbo.lab_Folders WHERE path = ?"),
                            {folder}),
                      QStringLiteral("1"))
                << server.toStdString() << " " << folder.toStdString();
        const int files = scalarOn(*lab, server, Master,
                                   QStringLiteral("SELECT COUNT(*) FROM dbo.lab_MasterFiles"))
                              .toInt();
        EXPECT_EQ(files > 0, server != Destination) << server.toStdString();
    }
    EXPECT_EQ(scalarOn(*lab, LabTopology::SecondMessageBoxServer, Master,
                       QStringLiteral("SELECT physical_name FROM lab_MasterFiles WHERE "
                                      "database_name = 'BizTalkMsgBoxDb2' AND type_desc = 'LOG'"))
                  .toString(),
              QStringLiteral("L:\\Logs\\BizTalkMsgBoxDb2_log.ldf"));

    for (const QString& name : {QStringLiteral("LogShipping_Destination_Schema.sql"),
                                QStringLiteral("LogShipping_Destination_Logic.sql")}) {
        QFile file(QDir(lab->schemaFolder()).filePath(name));
        ASSERT_TRUE(file.open(QIODevice::ReadOnly)) << name.toStdString();
        const QString text = QString::fromUtf8(file.readAll());
        EXPECT_TRUE(text.startsWith(QStringLiteral("-- BizTalk Log Shipping Console lab: the "
                                                   "lab's own stand-in for ") +
                                    name))
            << text.left(200).toStdString();
    }
}

TEST_F(LabDestinationTest, ConfiguringThroughServerCommandsCreatesTheTablesJobsAndLink)
{
    startLogShipping();
    for (const QString& table : LabLogShipping::tables())
        EXPECT_EQ(onDestination(QStringLiteral("SELECT COUNT(*) FROM lab_Objects WHERE name = ? "
                                               "AND type = 'U'"),
                                {table})
                      .toInt(),
                  1)
            << table.toStdString();
    EXPECT_EQ(
        onDestination(QStringLiteral("SELECT COUNT(*) FROM lab_Objects WHERE type = 'P'")).toInt(),
        2);
    EXPECT_EQ(onDestination(QStringLiteral("SELECT name FROM lab_LinkedServers")).toString(),
              LabTopology::SourceServer);
    EXPECT_EQ(onDestination(QStringLiteral("SELECT COUNT(*) FROM bts_LogShippingDatabases WHERE "
                                           "ServerName = ? AND DBFileLocation IS NULL AND "
                                           "LogFileLocation IS NULL"),
                            {Destination})
                  .toInt(),
              10);
    EXPECT_EQ(onDestination(QStringLiteral("SELECT SourceServerName FROM bts_LogShippingDatabases "
                                           "WHERE DatabaseName = 'BizTalkMsgBoxDb2'"))
                  .toString(),
              LabTopology::SecondMessageBoxServer);
    EXPECT_EQ(onDestination(QStringLiteral("SELECT Description || '|' || MgmtDatabaseName || '|' "
                                           "|| MgmtServerName || '|' || COALESCE("
                                           "SourceServerName, 'NULL') FROM bts_LogShippingSource"))
                  .toString(),
              QStringLiteral("Lab DR|BizTalkMgmtDb|LABSQL01|NULL"));
    EXPECT_EQ(onDestination(QStringLiteral("SELECT COUNT(*) FROM bts_LogShippingJobs WHERE "
                                           "JobName = ?"),
                            {QStringLiteral("Backup BizTalk Server (BizTalkMgmtDb)")})
                  .toInt(),
              1);

    LabConnector c(lab->root());
    auto jobs = c.run(Destination, QStringLiteral("msdb"),
                      QStringLiteral("SELECT j.name, j.enabled, j.category_name, s.command, "
                                     "s.database_name, (SELECT COUNT(*) FROM sysjobschedules js "
                                     "JOIN sysschedules ss ON ss.schedule_id = js.schedule_id "
                                     "WHERE js.job_id = j.job_id AND ss.freq_type = 4 AND "
                                     "ss.freq_subday_type = 4 AND ss.freq_subday_interval = 1) "
                                     "FROM sysjobs j JOIN sysjobsteps s ON s.job_id = j.job_id "
                                     "ORDER BY j.name"));
    ASSERT_TRUE(jobs.ok());
    const QStringList expected = {
        QStringLiteral(
            "BTS Log Shipping - Get Backup History|1|exec [dbo].[lab_GetBackupHistory]|1"),
        QStringLiteral(
            "BTS Log Shipping - Restore Databases|1|exec [dbo].[lab_RestoreDatabases]|1"),
        QStringLiteral("BTS Log Shipping - Restore To Mark|0|exec [dbo].[lab_RestoreToMark]|0")};
    QStringList found;
    while (jobs.value().next()) {
        const QSqlQuery& q = jobs.value();
        EXPECT_EQ(q.value(2).toString(), QStringLiteral("Database Maintenance"));
        EXPECT_EQ(q.value(4).toString(), Master);
        found.append(QStringList{q.value(0).toString(), q.value(1).toString(),
                                 q.value(3).toString(), q.value(5).toString()}
                         .join(QLatin1Char('|')));
    }
    EXPECT_EQ(found, expected);
    // The source's msdb is untouched.
    EXPECT_EQ(scalarOn(*lab, LabTopology::SourceServer, QStringLiteral("msdb"),
                       QStringLiteral("SELECT COUNT(*) FROM sysjobs"))
                  .toInt(),
              1);
}

TEST_F(LabDestinationTest, ConfigureFailsWithSqlServersWords)
{
    startBackups();
    // Nothing run yet: the procedure does not exist.
    Status s = configureLogShipping();
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().summary,
              QStringLiteral("Could not find stored procedure 'bts_ConfigureBizTalkLogShipping'."));
    EXPECT_EQ(s.error().location, QStringLiteral("LABSQL02/master"));

    // The Logic script alone: the procedure exists, its tables do not.
    ASSERT_TRUE(runScript(QStringLiteral("LogShipping_Destination_Logic.sql")).ok());
    s = configureLogShipping();
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().summary,
              QStringLiteral("Invalid object name 'dbo.bts_LogShippingDatabases'."));

    // Both scripts, Ad Hoc Distributed Queries still off.
    runScripts();
    s = configureLogShipping();
    ASSERT_FALSE(s.ok());
    EXPECT_TRUE(s.error().summary.contains(QStringLiteral("'Ad Hoc Distributed Queries' because "
                                                          "this component is turned off")))
        << s.error().summary.toStdString();

    // An advanced option is hidden until 'show advanced options' is 1.
    s = configureOption(QStringLiteral("Ad Hoc Distributed Queries"), 1);
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().summary, QStringLiteral("The configuration option 'Ad Hoc Distributed "
                                                "Queries' does not exist, or it may be an "
                                                "advanced option."));
    EXPECT_FALSE(configureOption(QStringLiteral("no such option"), 1).ok());
    enableAdHocQueries();
    EXPECT_FALSE(configureOption(QStringLiteral("show advanced options"), 2).ok());

    // Not linked, and not asked to link.
    s = configureLogShipping(QVariant(), 0);
    ASSERT_FALSE(s.ok());
    EXPECT_TRUE(s.error().summary.startsWith(
        QStringLiteral("Could not find server 'LABSQL01' in sys.servers.")));

    // A source server with no database of the job.
    s = configureLogShipping(QStringLiteral("LABSQL09"));
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(onDestination(QStringLiteral("SELECT COUNT(*) FROM bts_LogShippingSource")).toInt(),
              0);

    // Only the second MessageBox's server.
    s = configureLogShipping(LabTopology::SecondMessageBoxServer);
    ASSERT_TRUE(s.ok()) << s.error().sentence().toStdString();
    EXPECT_EQ(
        onDestination(QStringLiteral("SELECT COUNT(*) FROM bts_LogShippingDatabases")).toInt(), 1);

    // Configured once: again only after the scripts, whose Schema part drops the tables.
    s = configureLogShipping();
    ASSERT_FALSE(s.ok());
    EXPECT_TRUE(s.error().summary.startsWith(
        QStringLiteral("This server is already a log shipping destination of 'Lab DR'")));
    runScripts();
    EXPECT_EQ(onDestination(QStringLiteral("SELECT COUNT(*) FROM bts_LogShippingSource")).toInt(),
              0);
    s = configureLogShipping();
    ASSERT_TRUE(s.ok()) << s.error().sentence().toStdString();
    EXPECT_EQ(
        onDestination(QStringLiteral("SELECT COUNT(*) FROM sysjobs"), {}, QStringLiteral("msdb"))
            .toInt(),
        3);
}

TEST_F(LabDestinationTest, CreatingAProcedureTwiceIsRefusedAndDropForgetsIt)
{
    const QString create =
        QStringLiteral("/* a /* nested */ comment */\nCREATE PROCEDURE "
                       "[dbo].[lab_Test] @a int AS BEGIN SELECT 1; SELECT 2; END");
    ASSERT_TRUE(statement(create).ok());
    const Status again = statement(create);
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().summary,
              QStringLiteral("There is already an object named 'lab_Test' in the database."));
    ASSERT_TRUE(statement(QStringLiteral("DROP PROCEDURE [dbo].[lab_Test]")).ok());
    EXPECT_FALSE(statement(QStringLiteral("DROP PROCEDURE dbo.lab_Test")).ok());
    EXPECT_TRUE(statement(QStringLiteral("DROP PROCEDURE IF EXISTS dbo.lab_Test")).ok());
    // Several statements in one batch, a ';' inside a string, EXEC going to the lab's procedures.
    ASSERT_TRUE(statement(QStringLiteral("CREATE TABLE [dbo].[t] (a nvarchar(10)); -- c;\n"
                                         "INSERT INTO [dbo].[t] VALUES ('x;y');\n"
                                         "EXEC sp_configure 'show advanced options', 1;\n"
                                         "RECONFIGURE WITH OVERRIDE"))
                    .ok());
    EXPECT_EQ(onDestination(QStringLiteral("SELECT a FROM t")).toString(), QStringLiteral("x;y"));
    EXPECT_EQ(onDestination(QStringLiteral("SELECT value_in_use FROM lab_Configurations WHERE "
                                           "name = 'show advanced options'"))
                  .toInt(),
              1);
    EXPECT_EQ(LabBatch::statements(QStringLiteral("SELECT ']]'';' AS [a;]]b] -- x;\n/* ; */;;")),
              QStringList{QStringLiteral("SELECT ']]'';' AS [a;]]b]")});
}

TEST_F(LabDestinationTest, ALabOfAnEarlierVersionIsBroughtUpToDate)
{
    startBackups();
    LabConnector c(lab->root());
    for (const QString& server : LabTopology::servers()) {
        for (const QString& table :
             {QStringLiteral("lab_Objects"), QStringLiteral("lab_ServerProperties"),
              QStringLiteral("lab_Configurations"), QStringLiteral("lab_Services"),
              QStringLiteral("lab_LinkedServers"), QStringLiteral("lab_MasterFiles"),
              QStringLiteral("lab_Folders")})
            ASSERT_TRUE(c.run(server, Master, QStringLiteral("DROP TABLE dbo.%1").arg(table)).ok());
    }
    ASSERT_TRUE(QDir(lab->schemaFolder()).removeRecursively());
    ASSERT_TRUE(lab->ensureCreated().ok());
    EXPECT_EQ(scalarOn(*lab, Destination, Master,
                       QStringLiteral("SELECT value FROM lab_ServerProperties WHERE name = "
                                      "'ServerName'"))
                  .toString(),
              Destination);
    EXPECT_TRUE(QFileInfo::exists(
        QDir(lab->schemaFolder()).filePath(QStringLiteral("LogShipping_Destination_Logic.sql"))));
    // The lab's state is kept: the job is still enabled.
    auto snapshot = lab->backend()->readSnapshot();
    ASSERT_TRUE(snapshot.ok());
    EXPECT_TRUE(snapshot.value().job.enabled);
    startLogShipping();
    ASSERT_TRUE(lab->advance(10 * 60).ok());
    EXPECT_EQ(lastRestoredSet(), 1);
}
