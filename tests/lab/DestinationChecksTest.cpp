#include "LabFixture.h"

#include "destination/DestinationChecks.h"
#include "destination/DestinationPlanner.h"
#include "destination/DestinationReader.h"

using namespace bts;

class DestinationChecksTest : public LabTest {
protected:
    SourceFacts facts()
    {
        auto snapshot = lab->backend()->readSnapshot();
        EXPECT_TRUE(snapshot.ok());
        auto result = readSourceFacts(lab->backend()->connector(), snapshot.value());
        EXPECT_TRUE(result.ok()) << result.error().sentence().toStdString();
        return result.ok() ? result.value() : SourceFacts();
    }
    DestinationChecks check()
    {
        return checkDestination(lab->backend()->connector(), LabTopology::DestinationServer,
                                facts());
    }
    static QStringList messages(const DestinationChecks& checks, Finding::Level level)
    {
        QStringList list;
        for (const PrerequisiteCheck& c : checks.checks) {
            if (c.finding.level == level)
                list.append(c.finding.message);
        }
        return list;
    }
    void onDestination(const QString& sql, const QVariantList& values = {})
    {
        LabConnector c(lab->root());
        ASSERT_TRUE(
            c.run(LabTopology::DestinationServer, QStringLiteral("master"), sql, values).ok())
            << sql.toStdString();
    }
};

TEST_F(DestinationChecksTest, AFreshLabDestinationNeedsOnlyAdHocQueriesWhichTheConsoleFixes)
{
    startBackups();
    const DestinationChecks checks = check();
    EXPECT_FALSE(checks.blocked())
        << messages(checks, Finding::Level::Error).join(QLatin1Char('\n')).toStdString();
    const QStringList errors = messages(checks, Finding::Level::Error);
    ASSERT_EQ(errors.size(), 1);
    EXPECT_TRUE(errors.first().startsWith(
        QStringLiteral("Ad Hoc Distributed Queries is disabled on LABSQL02")));
    EXPECT_EQ(checks.fixes().size(), 4);
    EXPECT_EQ(checks.fixes().at(2).previewSql(),
              QStringLiteral("EXEC [master].[dbo].[sp_configure] @configname = N'Ad Hoc "
                             "Distributed Queries', @configvalue = 1;"));
    EXPECT_EQ(checks.fixes().at(3).previewSql(),
              QStringLiteral("-- Makes a changed configuration option take effect.\nRECONFIGURE;"));
    const QStringList ok = messages(checks, Finding::Level::Ok);
    EXPECT_TRUE(ok.contains(QStringLiteral("G:\\Data exists on LABSQL02: OK.")))
        << ok.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(ok.contains(QStringLiteral("LABSQL02 can read the backup folder %1: OK.")
                                .arg(QDir::toNativeSeparators(lab->backupFolder()))));
}

TEST_F(DestinationChecksTest, VersionMismatchMissingFolderAndStoppedAgentBlock)
{
    startBackups();
    onDestination(QStringLiteral(
        "UPDATE lab_ServerProperties SET value = '16.0.1000.6' WHERE name = 'ProductVersion'"));
    onDestination(QStringLiteral("DELETE FROM lab_Folders WHERE path = ?"),
                  {QStringLiteral("L:\\Logs")});
    ASSERT_TRUE(
        lab->setFault(LabFault::AgentStopped, LabTopology::DestinationServer, QString(), true)
            .ok());
    const DestinationChecks checks = check();
    EXPECT_TRUE(checks.blocked());
    const QString errors = messages(checks, Finding::Level::Error).join(QLatin1Char('\n'));
    EXPECT_TRUE(errors.contains(QStringLiteral(
        "LABSQL02 runs SQL Server 16.0.1000.6 but the source LABSQL01 runs 15.0.4153.1")))
        << errors.toStdString();
    EXPECT_TRUE(errors.contains(QStringLiteral("L:\\Logs does not exist on LABSQL02")));
    EXPECT_TRUE(errors.contains(QStringLiteral("SQL Server Agent is Stopped on LABSQL02")));
}

TEST_F(DestinationChecksTest, AnUnknownDestinationIsAClearError)
{
    const DestinationChecks checks =
        checkDestination(lab->backend()->connector(), QStringLiteral("NOSUCHSQL"), facts());
    EXPECT_TRUE(checks.blocked());
    EXPECT_TRUE(messages(checks, Finding::Level::Error)
                    .first()
                    .startsWith(QStringLiteral("Cannot reach SQL Server NOSUCHSQL")));
    const DestinationState state =
        readDestination(lab->backend()->connector(), QStringLiteral("NOSUCHSQL"));
    EXPECT_FALSE(state.reachable);
}

TEST_F(DestinationChecksTest, ReplacingAConfigurationNeedsConfirmation)
{
    DestinationConfig config;
    config.destination = LabTopology::DestinationServer;
    config.description = QStringLiteral("DR");
    config.managementServer = LabTopology::SourceServer;
    config.managementDatabase = LabTopology::ManagementDatabase;
    DestinationState configured;
    configured.server = config.destination;
    configured.tables = {QStringLiteral("bts_LogShippingDatabases")};
    DestinationScripts scripts;
    scripts.schema = {SqlBatch{QStringLiteral("CREATE TABLE x (a int)"), 1, 1}};
    scripts.logic = {SqlBatch{QStringLiteral("CREATE PROCEDURE p AS SELECT 1"), 2, 3}};
    auto refused = planDestinationSetup(config, scripts, DestinationChecks(), configured);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(
        refused.error().summary.contains(QStringLiteral("Type the server's name to confirm")));
    config.confirmedReplacingConfiguration = true;
    auto plan = planDestinationSetup(config, scripts, DestinationChecks(), configured);
    ASSERT_TRUE(plan.ok());
    ASSERT_EQ(plan.value().size(), 4) << "GO 2 runs the batch twice";
    EXPECT_EQ(plan.value().at(0).previewSql(), QStringLiteral("CREATE TABLE x (a int)"));
    EXPECT_EQ(plan.value().at(3).previewSql(),
              QStringLiteral(
                  "EXEC [master].[dbo].[bts_ConfigureBizTalkLogShipping] @nvcDescription = N'DR', "
                  "@nvcMgmtDatabaseName = N'BizTalkMgmtDb', @nvcMgmtServerName = N'LABSQL01', "
                  "@SourceServerName = NULL, @fLinkServers = 1;"));
}
