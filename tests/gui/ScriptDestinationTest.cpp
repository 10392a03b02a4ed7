#include "ScriptArgs.h"
#include "ScriptCommand.h"
#include "TempDir.h"

#include "actions/CallSequence.h"
#include "destination/DestinationReader.h"
#include "lab/Lab.h"
#include "lab/LabConnector.h"
#include "tsql/BatchSplitter.h"
#include "tsql/ScriptFileCheck.h"

#include <QDir>
#include <QFile>
#include <QTextStream>

#include <gtest/gtest.h>

namespace bts {
namespace {

const QString Destination = QStringLiteral("LABSQL02");

// ---- Parsing ----------------------------------------------------------------------------------

TEST(DestinationScriptOptions, DestinationAloneIsTheWizardsDefaultSetup)
{
    const ScriptOptions o = parse({"destination", "--destination", " LABSQL02 "});
    ASSERT_TRUE(o.error.isEmpty()) << o.error.toStdString();
    EXPECT_EQ(o.script, QStringLiteral("destination"));
    const DestinationChanges& c = o.destinationChanges;
    EXPECT_EQ(c.destination, QStringLiteral("LABSQL02"));
    EXPECT_FALSE(c.sourceServer || c.description);
    EXPECT_TRUE(c.schemaFolder.isEmpty()) << "the lab's own";
    EXPECT_TRUE(c.runScripts);
    EXPECT_FALSE(c.replaceExisting);
    EXPECT_TRUE(c.linkServers);
    EXPECT_FALSE(c.pathsAndJobs());

    const DestinationConfig config =
        destinationConfig(c, QStringLiteral("SQL01"), QStringLiteral("BizTalkMgmtDb"));
    EXPECT_EQ(config.destination, QStringLiteral("LABSQL02"));
    EXPECT_EQ(config.description, QStringLiteral("BizTalk log shipping from SQL01"));
    EXPECT_EQ(config.managementServer, QStringLiteral("SQL01"));
    EXPECT_EQ(config.managementDatabase, QStringLiteral("BizTalkMgmtDb"));
    EXPECT_FALSE(config.sourceServerName.has_value());
    EXPECT_TRUE(config.linkServers);
    EXPECT_TRUE(config.runScripts);
    EXPECT_FALSE(config.confirmedReplacingConfiguration);
}

TEST(DestinationScriptOptions, TakesEverySetupOption)
{
    const ScriptOptions o =
        parse({"destination", "--server", "SQL01", "--destination", "DR01", "--source-server",
               "SQL03", "--description", " DR; [x] ", "--schema-folder", "C:\\BizTalk\\Schema",
               "--replace-existing", "--no-link-servers"});
    ASSERT_TRUE(o.error.isEmpty()) << o.error.toStdString();
    const DestinationChanges& c = o.destinationChanges;
    EXPECT_EQ(c.sourceServer, QStringLiteral("SQL03"));
    EXPECT_EQ(c.description, QStringLiteral(" DR; [x] ")) << "taken as typed";
    EXPECT_EQ(c.schemaFolder, QStringLiteral("C:\\BizTalk\\Schema"));
    EXPECT_TRUE(c.replaceExisting);
    EXPECT_FALSE(c.linkServers);
    const DestinationConfig config = destinationConfig(c, o.server, o.database);
    EXPECT_EQ(config.sourceServerName, QStringLiteral("SQL03"));
    EXPECT_TRUE(config.confirmedReplacingConfiguration);
    EXPECT_FALSE(config.linkServers);

    const ScriptOptions noScripts =
        parse({"destination", "--server", "SQL01", "--destination", "DR01", "--no-scripts"});
    ASSERT_TRUE(noScripts.error.isEmpty()) << noScripts.error.toStdString();
    EXPECT_FALSE(noScripts.destinationChanges.runScripts);
}

TEST(DestinationScriptOptions, TakesThePathsAndJobsOfPhaseTwo)
{
    const ScriptOptions o =
        parse({"destination", "--destination", "DR01", "--redirect",
               "BizTalkMsgBoxDb=\\\\DR\\Data|\\\\DR\\Logs", "--redirect", "SSODB=\\\\DR\\Both",
               "--redirect", "BizTalkDTADb=", "--enable-jobs"});
    ASSERT_TRUE(o.error.isEmpty()) << o.error.toStdString();
    const DestinationChanges& c = o.destinationChanges;
    EXPECT_TRUE(c.enableJobs);
    EXPECT_TRUE(c.pathsAndJobs());
    ASSERT_EQ(c.redirects.size(), 3);
    EXPECT_EQ(c.redirects[0].database, QStringLiteral("BizTalkMsgBoxDb"));
    EXPECT_EQ(c.redirects[0].dbFileLocation, QStringLiteral("\\\\DR\\Data"));
    EXPECT_EQ(c.redirects[0].logFileLocation, QStringLiteral("\\\\DR\\Logs"));
    EXPECT_EQ(c.redirects[1].dbFileLocation, QStringLiteral("\\\\DR\\Both"));
    EXPECT_EQ(c.redirects[1].logFileLocation, QStringLiteral("\\\\DR\\Both"));
    EXPECT_TRUE(c.redirects[2].dbFileLocation.isEmpty()) << "back to where the job wrote them";
    EXPECT_TRUE(c.redirects[2].logFileLocation.isEmpty());
    // Phase 2 reads no scripts, so a server needs no Schema folder.
    EXPECT_TRUE(parse({"destination", "--server", "S", "--destination", "D", "--enable-jobs"})
                    .error.isEmpty());
}

TEST(DestinationScriptOptions, RedirectForms)
{
    const std::optional<PathRedirect> equalsInFolder = parsePathRedirect(arg("Db=\\\\a\\x=y|"));
    ASSERT_TRUE(equalsInFolder);
    EXPECT_EQ(equalsInFolder->database, QStringLiteral("Db"));
    EXPECT_EQ(equalsInFolder->dbFileLocation, QStringLiteral("\\\\a\\x=y"));
    EXPECT_TRUE(equalsInFolder->logFileLocation.isEmpty());
    for (const char* form : {"Db", "=\\\\a\\b", " =\\\\a\\b", "Db=\\\\a|\\\\b|\\\\c", ""}) {
        EXPECT_FALSE(parsePathRedirect(arg(form))) << form;
        const ScriptOptions o = parse({"destination", "--destination", "D", "--redirect", form});
        EXPECT_TRUE(o.error.contains(QStringLiteral("--redirect"))) << form;
        EXPECT_TRUE(o.error.contains(arg(form))) << form;
    }
    EXPECT_TRUE(parse({"destination", "--destination", "D", "--redirect", "Db=\\\\a", "--redirect",
                       "DB=\\\\b"})
                    .error.contains(QStringLiteral("twice")));
}

TEST(DestinationScriptOptions, CleanTakesTheDestinationAndTheSource)
{
    const ScriptOptions o =
        parse({"clean-destination", "--destination", "DR01", "--source-id", "SQL01"});
    ASSERT_TRUE(o.error.isEmpty()) << o.error.toStdString();
    EXPECT_EQ(o.script, QStringLiteral("clean-destination"));
    EXPECT_EQ(o.destinationChanges.destination, QStringLiteral("DR01"));
    EXPECT_EQ(o.destinationChanges.sourceId, QStringLiteral("SQL01"));
}

TEST(DestinationScriptOptions, RejectsWhatDoesNotGoTogetherAndSaysWhy)
{
    const struct {
        std::initializer_list<const char*> arguments;
        const char* named;
    } cases[] = {
        {{"destination"}, "--destination"},
        {{"destination", "--destination", " "}, "--destination"},
        {{"clean-destination", "--source-id", "S"}, "--destination"},
        {{"clean-destination", "--destination", "D"}, "--source-id"},
        {{"destination", "--destination", "D", "--mark", "DR"}, "--mark"},
        {{"source-job", "--destination", "D"}, "--destination"},
        {{"source-job", "--enable-jobs"}, "--enable-jobs"},
        {{"clean-destination", "--destination", "D", "--source-id", "S", "--enable-jobs"},
         "--enable-jobs"},
        {{"destination", "--destination", "D", "--source-id", "S"}, "--source-id"},
        {{"destination", "--destination", "D", "--enable-jobs", "--description", "x"},
         "--description"},
        {{"destination", "--destination", "D", "--redirect", "a=b", "--no-scripts"},
         "--no-scripts"},
        {{"destination", "--destination", "D", "--no-scripts", "--schema-folder", "/s"},
         "--schema-folder"},
        {{"destination", "--destination", "D", "--no-scripts", "--replace-existing"},
         "--replace-existing"},
        {{"destination", "--destination", "D", "--source-server", " "}, "--source-server"},
        {{"destination", "--destination", "D", "--schema-folder", ""}, "--schema-folder"},
        {{"destination", "--server", "S", "--destination", "D"}, "--schema-folder"},
    };
    for (const auto& c : cases) {
        const ScriptOptions o = parse(c.arguments);
        EXPECT_TRUE(o.error.contains(arg(c.named)))
            << c.named << ": '" << o.error.toStdString() << "'";
    }
}

TEST(DestinationScriptOptions, HelpDescribesTheDestinationScripts)
{
    const ScriptOptions o = parse({"--help"});
    for (const char* text :
         {"destination", "clean-destination", "--destination", "--source-server", "--description",
          "--schema-folder", "--no-scripts", "--replace-existing", "--no-link-servers",
          "--redirect", "DB=DBFILEFOLDER|LOGFILEFOLDER", "--enable-jobs", "--source-id"})
        EXPECT_TRUE(o.helpText.contains(arg(text))) << text;
    EXPECT_TRUE(o.helpText.startsWith(
        QStringLiteral("Usage: bts-logship script source-job|destination|clean-destination")))
        << o.helpText.toStdString();
}

// ---- Runs on a lab ----------------------------------------------------------------------------

class ScriptDestinationTest : public TempDirTest {
protected:
    void SetUp() override
    {
        lab = std::make_unique<Lab>(path(QStringLiteral("lab")));
        ASSERT_TRUE(lab->reset(QDateTime(QDate(2026, 11, 23), QTime(21, 55), Qt::UTC)).ok());
        // The source job points at the lab's backup folder, which every lab server sees: on a
        // job that still has '<destination path>', the checks find no backup folder to read.
        const Result<QVector<ServerCommand>> calls = lab->quickStartCalls();
        ASSERT_TRUE(calls.ok());
        for (const ServerCommand& call : calls.value())
            ASSERT_TRUE(lab->backend()->execute(call).ok()) << call.purpose.toStdString();
    }

    // Runs `script <script> --lab-folder <lab> <arguments>`; output in out and err.
    int run(const QString& script, const QStringList& arguments)
    {
        out.clear();
        err.clear();
        QTextStream outStream(&out);
        QTextStream errStream(&err);
        return runScriptCommand(QStringList{script, QStringLiteral("--lab-folder"), lab->root()} +
                                    arguments,
                                outStream, errStream);
    }
    int runSetup(const QStringList& arguments = {})
    {
        return run(QStringLiteral("destination"),
                   QStringList{QStringLiteral("--destination"), Destination} + arguments);
    }

    // The lab's stand-ins, read the way the wizard's Scripts page reads them.
    DestinationScripts labScripts() const
    {
        DestinationScripts scripts;
        const QVector<ScriptCheck> checks = checkDestinationScripts(lab->schemaFolder());
        EXPECT_EQ(checks.size(), 2);
        for (const ScriptCheck& check : checks) {
            EXPECT_TRUE(check.looksRight) << check.problem.toStdString();
            const SplitResult split = splitBatches(readScriptFile(check.path, nullptr));
            EXPECT_TRUE(split.ok()) << split.error.toStdString();
            (check.path.endsWith(QLatin1String("Schema.sql")) ? scripts.schema : scripts.logic) =
                split.batches;
        }
        return scripts;
    }

    DestinationState destinationState() const
    {
        return readDestination(lab->backend()->connector(), Destination);
    }

    DestinationChecks checks() const
    {
        const Result<GroupSnapshot> snapshot = lab->backend()->readSnapshot();
        EXPECT_TRUE(snapshot.ok());
        const Result<SourceFacts> facts =
            readSourceFacts(lab->backend()->connector(), snapshot.value());
        EXPECT_TRUE(facts.ok()) << facts.error().sentence().toStdString();
        return checkDestination(lab->backend()->connector(), Destination,
                                facts.ok() ? facts.value() : SourceFacts());
    }

    DestinationConfig defaultConfig() const
    {
        DestinationConfig config;
        config.destination = Destination;
        config.description = QStringLiteral("BizTalk log shipping from LABSQL01");
        config.managementServer = QStringLiteral("LABSQL01");
        config.managementDatabase = QStringLiteral("BizTalkMgmtDb");
        return config;
    }

    // What the wizard would run for `config`, with the comments the script puts first.
    QString wizardScript(const DestinationConfig& config) const
    {
        const DestinationChecks found = checks();
        const Result<QVector<ServerCommand>> plan =
            planDestinationSetup(config, labScripts(), found, destinationState());
        EXPECT_TRUE(plan.ok()) << plan.error().sentence().toStdString();
        QString script;
        for (const PrerequisiteCheck& check : found.checks) {
            if (check.finding.level == Finding::Level::Warning)
                script += QStringLiteral("-- Warning: ") + check.finding.message + '\n';
            else if (check.finding.level == Finding::Level::Error && !check.fix.isEmpty())
                script += QStringLiteral("-- Fix: ") + check.finding.message + '\n';
        }
        return script + scriptFor(plan.ok() ? plan.value() : QVector<ServerCommand>());
    }

    void applySetup()
    {
        const Result<QVector<ServerCommand>> plan =
            planDestinationSetup(defaultConfig(), labScripts(), checks(), destinationState());
        ASSERT_TRUE(plan.ok()) << plan.error().sentence().toStdString();
        for (const ServerCommand& command : plan.value()) {
            const Status s = lab->backend()->execute(command);
            ASSERT_TRUE(s.ok()) << command.purpose.toStdString() << ": "
                                << s.error().sentence().toStdString();
        }
        ASSERT_TRUE(destinationState().isConfigured());
    }

    std::unique_ptr<Lab> lab;
    QString out;
    QString err;
};

TEST_F(ScriptDestinationTest, SetupPrintsExactlyWhatTheWizardWouldRun)
{
    ASSERT_EQ(runSetup(), 0) << err.toStdString();
    EXPECT_TRUE(err.isEmpty()) << err.toStdString();
    EXPECT_EQ(out.toStdString(), wizardScript(defaultConfig()).toStdString());

    // A fresh lab has Ad Hoc Distributed Queries off: the fix is said first, and comes first.
    EXPECT_TRUE(out.startsWith(
        QStringLiteral("-- Fix: Ad Hoc Distributed Queries is disabled on LABSQL02")))
        << out.toStdString();
    const qsizetype fix = out.indexOf(QStringLiteral(
        "EXEC [master].[dbo].[sp_configure] @configname = N'Ad Hoc Distributed Queries', "
        "@configvalue = 1;"));
    EXPECT_GE(fix, 0);
    // Every batch of both scripts, in order, after the fix.
    const DestinationScripts scripts = labScripts();
    ASSERT_FALSE(scripts.schema.isEmpty());
    ASSERT_FALSE(scripts.logic.isEmpty());
    qsizetype at = fix;
    for (const SqlBatch& batch : scripts.schema + scripts.logic) {
        const qsizetype found = out.indexOf(batch.text, at + 1);
        ASSERT_GT(found, at) << batch.text.toStdString();
        at = found;
    }
    const qsizetype configure = out.indexOf(QStringLiteral(
        "EXEC [master].[dbo].[bts_ConfigureBizTalkLogShipping] @nvcDescription = N'BizTalk log "
        "shipping from LABSQL01', @nvcMgmtDatabaseName = N'BizTalkMgmtDb', @nvcMgmtServerName = "
        "N'LABSQL01', @SourceServerName = NULL, @fLinkServers = 1;"));
    EXPECT_GT(configure, at) << out.toStdString();
    EXPECT_TRUE(out.endsWith(QStringLiteral("@fLinkServers = 1;\nGO\n")));
}

TEST_F(ScriptDestinationTest, HostileDescriptionIsQuoted)
{
    const QString hostile = QStringLiteral("O'Hare [DR]; GO --x'); DROP TABLE t; --");
    ASSERT_EQ(runSetup({QStringLiteral("--description"), hostile}), 0) << err.toStdString();
    EXPECT_TRUE(out.contains(QStringLiteral(
        "@nvcDescription = N'O''Hare [DR]; GO --x''); DROP TABLE t; --', @nvcMgmtDatabaseName")))
        << out.toStdString();
    DestinationConfig config = defaultConfig();
    config.description = hostile;
    EXPECT_EQ(out.toStdString(), wizardScript(config).toStdString());
}

TEST_F(ScriptDestinationTest, SourceServerAndLinkServersReachTheCall)
{
    ASSERT_EQ(runSetup({QStringLiteral("--source-server"), QStringLiteral("LABSQL03"),
                        QStringLiteral("--no-link-servers")}),
              0)
        << err.toStdString();
    EXPECT_TRUE(out.contains(QStringLiteral("@SourceServerName = N'LABSQL03', @fLinkServers = 0;")))
        << out.toStdString();
    DestinationConfig config = defaultConfig();
    config.sourceServerName = QStringLiteral("LABSQL03");
    config.linkServers = false;
    EXPECT_EQ(out.toStdString(), wizardScript(config).toStdString());
}

TEST_F(ScriptDestinationTest, TheWizardsValidationSpeaksFirst)
{
    EXPECT_EQ(runSetup({QStringLiteral("--description"), QString()}), 1);
    EXPECT_EQ(err, QStringLiteral("The description is empty.\n"));
    EXPECT_TRUE(out.isEmpty());
    EXPECT_EQ(runSetup({QStringLiteral("--description"), QString(501, QLatin1Char('d'))}), 1);
    EXPECT_EQ(err, QStringLiteral("The description has 501 characters; at most 500.\n"));
    EXPECT_EQ(runSetup({QStringLiteral("--no-scripts")}), 1);
    EXPECT_EQ(err,
              QStringLiteral("The scripts have never run on LABSQL02: they must run first.\n"));
}

TEST_F(ScriptDestinationTest, AMissingSchemaFolderExitsOneNamingTheFiles)
{
    const QString missing = path(QStringLiteral("no such folder"));
    ASSERT_EQ(runSetup({QStringLiteral("--schema-folder"), missing}), 1);
    EXPECT_TRUE(out.isEmpty()) << out.toStdString();
    EXPECT_TRUE(err.contains(QStringLiteral("LogShipping_Destination_Schema.sql cannot be checked "
                                            "because the folder %1 does not exist")
                                 .arg(QDir::toNativeSeparators(missing))))
        << err.toStdString();
    EXPECT_TRUE(err.contains(QStringLiteral("LogShipping_Destination_Logic.sql")));

    // Only the Logic script missing: only it is named.
    const QString half = path(QStringLiteral("half"));
    ASSERT_TRUE(QDir().mkpath(half));
    ASSERT_TRUE(
        QFile::copy(QDir(lab->schemaFolder()).filePath(QLatin1String(kDestinationSchemaScript)),
                    QDir(half).filePath(QLatin1String(kDestinationSchemaScript))));
    ASSERT_EQ(runSetup({QStringLiteral("--schema-folder"), half}), 1);
    EXPECT_TRUE(err.startsWith(QStringLiteral("LogShipping_Destination_Logic.sql is missing from")))
        << err.toStdString();
    EXPECT_FALSE(err.contains(QStringLiteral("Schema.sql"))) << err.toStdString();
}

TEST_F(ScriptDestinationTest, ABlockingCheckExitsOneWithItsWords)
{
    ASSERT_TRUE(LabConnector(lab->root())
                    .run(Destination, QStringLiteral("master"),
                         QStringLiteral("DELETE FROM lab_Folders WHERE path = ?"),
                         {QStringLiteral("L:\\Logs")})
                    .ok());
    ASSERT_EQ(runSetup(), 1);
    EXPECT_TRUE(out.isEmpty()) << out.toStdString();
    EXPECT_TRUE(err.startsWith(QStringLiteral("L:\\Logs does not exist on LABSQL02")))
        << err.toStdString();
    EXPECT_FALSE(err.contains(QStringLiteral("Ad Hoc"))) << "the fixable one is not a blocker";
}

TEST_F(ScriptDestinationTest, AnUnknownDestinationExitsThree)
{
    const QStringList unknown = {QStringLiteral("--destination"), QStringLiteral("NOSUCHSQL")};
    for (const auto& [script, arguments] :
         {std::pair{QStringLiteral("destination"), unknown},
          std::pair{QStringLiteral("clean-destination"),
                    unknown +
                        QStringList{QStringLiteral("--source-id"), QStringLiteral("LABSQL01")}}}) {
        ASSERT_EQ(run(script, arguments), 3) << script.toStdString() << ": " << err.toStdString();
        EXPECT_TRUE(err.startsWith(QStringLiteral("Cannot reach SQL Server NOSUCHSQL")))
            << err.toStdString();
        EXPECT_TRUE(out.isEmpty());
    }
}

TEST_F(ScriptDestinationTest, PathsAndJobsNeedAConfiguredDestination)
{
    for (const QStringList& phaseTwo :
         {QStringList{QStringLiteral("--enable-jobs")},
          QStringList{QStringLiteral("--redirect"), QStringLiteral("BizTalkMsgBoxDb=\\\\DR\\x")}}) {
        ASSERT_EQ(runSetup(phaseTwo), 1) << phaseTwo.join(' ').toStdString();
        EXPECT_EQ(err,
                  QStringLiteral("LABSQL02 is not configured: run `script destination` first.\n"));
        EXPECT_TRUE(out.isEmpty());
    }
}

TEST_F(ScriptDestinationTest, OnceSetUpEnableJobsEnablesExactlyTheTwoJobs)
{
    applySetup();
    ASSERT_EQ(runSetup({QStringLiteral("--enable-jobs")}), 0) << err.toStdString();
    const DestinationState state = destinationState();
    const Result<QVector<ServerCommand>> plan = planPathsAndJobs(state, {}, true);
    ASSERT_TRUE(plan.ok()) << plan.error().sentence().toStdString();
    EXPECT_EQ(out.toStdString(), scriptFor(plan.value()).toStdString());

    const LogShippingJob* history = state.job(LogShippingJobKind::GetBackupHistory);
    const LogShippingJob* restore = state.job(LogShippingJobKind::RestoreDatabases);
    const LogShippingJob* toMark = state.job(LogShippingJobKind::RestoreToMark);
    ASSERT_TRUE(history && restore && toMark);
    EXPECT_EQ(out.count(QStringLiteral("EXEC [msdb].[dbo].[sp_update_job]")), 2)
        << out.toStdString();
    for (const LogShippingJob* job : {history, restore})
        EXPECT_TRUE(out.contains(QStringLiteral("[sp_update_job] @job_name = %1, @enabled = 1;")
                                     .arg(sqlLiteral(job->name))))
            << job->name.toStdString();
    EXPECT_FALSE(out.contains(toMark->name)) << "Restore To Mark is only for a disaster";

    // Enabled once, there is nothing left to enable.
    for (const ServerCommand& command : plan.value())
        ASSERT_TRUE(lab->backend()->execute(command).ok());
    ASSERT_EQ(runSetup({QStringLiteral("--enable-jobs")}), 0) << err.toStdString();
    EXPECT_EQ(out, QStringLiteral("-- Nothing to change: the destination already has these "
                                  "settings.\n"));
}

TEST_F(ScriptDestinationTest, OnceSetUpARedirectChangesThatDatabaseOnly)
{
    applySetup();
    const DestinationState state = destinationState();
    ASSERT_FALSE(state.databases.isEmpty());
    const QString database =
        state.databases.constFirst().value(QStringLiteral("DatabaseName")).toString();
    ASSERT_EQ(runSetup({QStringLiteral("--redirect"),
                        database + QStringLiteral("=\\\\DR01\\Data|\\\\DR01\\Logs")}),
              0)
        << err.toStdString();
    const Result<QVector<ServerCommand>> plan = planPathsAndJobs(
        state, {{database, QStringLiteral("\\\\DR01\\Data"), QStringLiteral("\\\\DR01\\Logs")}},
        false);
    ASSERT_TRUE(plan.ok()) << plan.error().sentence().toStdString();
    ASSERT_EQ(plan.value().size(), 1);
    EXPECT_EQ(out.toStdString(), scriptFor(plan.value()).toStdString());
    EXPECT_TRUE(out.contains(QStringLiteral("N'\\\\DR01\\Data'"))) << out.toStdString();

    ASSERT_EQ(runSetup({QStringLiteral("--redirect"), QStringLiteral("NotRestored=\\\\DR01\\x")}),
              1);
    EXPECT_EQ(err, QStringLiteral("NotRestored is not restored by LABSQL02.\n"));
}

TEST_F(ScriptDestinationTest, SettingUpAgainNeedsReplaceExisting)
{
    applySetup();
    ASSERT_EQ(runSetup(), 1);
    EXPECT_TRUE(err.startsWith(QStringLiteral("LABSQL02 already has a log-shipping configuration")))
        << err.toStdString();
    EXPECT_TRUE(err.contains(QStringLiteral("--replace-existing"))) << err.toStdString();

    ASSERT_EQ(runSetup({QStringLiteral("--replace-existing")}), 0) << err.toStdString();
    DestinationConfig config = defaultConfig();
    config.confirmedReplacingConfiguration = true;
    const QString warning = QStringLiteral("-- WARNING: LABSQL02 has a log-shipping configuration: "
                                           "LogShipping_Destination_Schema.sql drops it");
    EXPECT_TRUE(out.startsWith(warning)) << "Ad Hoc queries were enabled: " << out.toStdString();
    EXPECT_EQ(out.mid(out.indexOf(QLatin1Char('\n')) + 1).toStdString(),
              wizardScript(config).toStdString());

    // Without the scripts, only bts_ConfigureBizTalkLogShipping runs again.
    ASSERT_EQ(runSetup({QStringLiteral("--no-scripts")}), 0) << err.toStdString();
    config.runScripts = false;
    config.confirmedReplacingConfiguration = false;
    EXPECT_EQ(out.toStdString(), wizardScript(config).toStdString());
    EXPECT_EQ(out.count(QStringLiteral("\nGO\n")), 1) << out.toStdString();
}

TEST_F(ScriptDestinationTest, CleanPrintsTheFourStepsInOrder)
{
    applySetup();
    ASSERT_EQ(run(QStringLiteral("clean-destination"),
                  {QStringLiteral("--destination"), Destination, QStringLiteral("--source-id"),
                   QStringLiteral("LABSQL01")}),
              0)
        << err.toStdString();
    const DestinationState state = destinationState();
    const Result<QVector<ServerCommand>> plan =
        planClean(state, QStringLiteral("LABSQL01"), QStringLiteral("LABSQL01"),
                  QStringLiteral("BizTalkMgmtDb"));
    ASSERT_TRUE(plan.ok()) << plan.error().sentence().toStdString();
    const QString comment = QStringLiteral("-- This drops the restored databases of LABSQL01 on "
                                           "LABSQL02");
    EXPECT_TRUE(out.startsWith(comment)) << out.toStdString();
    const QString servers = QStringLiteral("\n-- Mind the servers: sp_ForceFullBackup runs on "
                                           "LABSQL01 in BizTalkMgmtDb, the other steps on "
                                           "LABSQL02.\n");
    const qsizetype script = out.indexOf(servers);
    ASSERT_GT(script, 0) << out.toStdString();
    EXPECT_EQ(out.mid(script + servers.size()).toStdString(),
              scriptFor(plan.value()).toStdString());

    const LogShippingJob* restore = state.job(LogShippingJobKind::RestoreDatabases);
    ASSERT_NE(restore, nullptr);
    const QString job = sqlLiteral(restore->name);
    const QStringList steps = {
        QStringLiteral("-- on LABSQL02\nEXEC [msdb].[dbo].[sp_update_job] @job_name = %1, "
                       "@enabled = 0;")
            .arg(job),
        QStringLiteral("-- on LABSQL02\nEXEC [master].[dbo].[sp_LogShippingClean] N'LABSQL01';"),
        QStringLiteral("-- on LABSQL01\nEXEC [dbo].[sp_ForceFullBackup];"),
        QStringLiteral("-- on LABSQL02\nEXEC [msdb].[dbo].[sp_update_job] @job_name = %1, "
                       "@enabled = 1;")
            .arg(job)};
    qsizetype at = -1;
    for (const QString& step : steps) {
        const qsizetype found = out.indexOf(step);
        EXPECT_GT(found, at) << step.toStdString() << "\n" << out.toStdString();
        at = found;
    }
    EXPECT_EQ(out.count(QStringLiteral("\nGO\n")), 4);
}

TEST_F(ScriptDestinationTest, CleanNeedsAConfiguredDestinationAndASource)
{
    ASSERT_EQ(run(QStringLiteral("clean-destination"),
                  {QStringLiteral("--destination"), Destination, QStringLiteral("--source-id"),
                   QStringLiteral("LABSQL01")}),
              1);
    EXPECT_EQ(err, QStringLiteral("No Restore Databases job on LABSQL02: is it configured?\n"));
    EXPECT_TRUE(out.isEmpty());
    applySetup();
    ASSERT_EQ(run(QStringLiteral("clean-destination"),
                  {QStringLiteral("--destination"), Destination, QStringLiteral("--source-id"),
                   QStringLiteral(" ")}),
              1);
    EXPECT_TRUE(err.startsWith(QStringLiteral("Name the source to clean"))) << err.toStdString();
}

TEST_F(ScriptDestinationTest, UnreachableServerExitsThreeWithoutThePassword)
{
    const QByteArray planted = "Pl4ntedS3cret;{pw}";
    const QByteArray saved = qgetenv(PasswordVariable);
    const bool wasSet = qEnvironmentVariableIsSet(PasswordVariable);
    qputenv(PasswordVariable, planted);
    QTextStream outStream(&out);
    QTextStream errStream(&err);
    const QStringList connection = {QStringLiteral("--server"), QStringLiteral("127.0.0.1"),
                                    QStringLiteral("--port"),   QStringLiteral("1"),
                                    QStringLiteral("--driver"), QStringLiteral("FreeTDS"),
                                    QStringLiteral("--user"),   QStringLiteral("x")};
    const int setup =
        runScriptCommand(QStringList{QStringLiteral("destination"), QStringLiteral("--destination"),
                                     QStringLiteral("127.0.0.1"), QStringLiteral("--schema-folder"),
                                     lab->schemaFolder()} +
                             connection,
                         outStream, errStream);
    const int clean =
        runScriptCommand(QStringList{QStringLiteral("clean-destination"),
                                     QStringLiteral("--destination"), QStringLiteral("127.0.0.1"),
                                     QStringLiteral("--source-id"), QStringLiteral("127.0.0.1")} +
                             connection,
                         outStream, errStream);
    outStream.flush();
    errStream.flush();
    if (wasSet)
        qputenv(PasswordVariable, saved);
    else
        qunsetenv(PasswordVariable);

    EXPECT_EQ(setup, 3);
    EXPECT_EQ(clean, 3);
    EXPECT_TRUE(out.isEmpty()) << out.toStdString();
    EXPECT_FALSE(err.isEmpty());
    EXPECT_FALSE(err.contains(QStringLiteral("Pl4nted"))) << err.toStdString();
}

} // namespace
} // namespace bts
