#include "ScriptCommand.h"
#include "CommandLine.h"
#include "ScriptArgs.h"
#include "TempDir.h"

#include "actions/CallSequence.h"
#include "group/BackupJob.h"
#include "lab/Lab.h"
#include "source/SourceJobPlanner.h"
#include "source/SourceJobValidation.h"

#include <QTextStream>

#include <gtest/gtest.h>

namespace bts {
namespace {

// ---- Parsing ----------------------------------------------------------------------------------

TEST(ScriptOptions, SourceJobAloneReadsTheDefaultLabAndChangesNothing)
{
    const ScriptOptions o = parse({"source-job"});
    EXPECT_TRUE(o.error.isEmpty()) << o.error.toStdString();
    EXPECT_EQ(o.script, QStringLiteral("source-job"));
    EXPECT_FALSE(o.showHelp);
    EXPECT_TRUE(o.labFolder.isEmpty());
    EXPECT_TRUE(o.server.isEmpty());
    EXPECT_EQ(o.database, QStringLiteral("BizTalkMgmtDb"));
    EXPECT_EQ(o.driver, QStringLiteral("ODBC Driver 18 for SQL Server"));
    EXPECT_EQ(o.port, 0);
    EXPECT_TRUE(o.user.isEmpty());
    EXPECT_TRUE(o.encrypt);
    EXPECT_FALSE(o.trustServerCertificate);
    const SourceJobChanges& c = o.changes;
    EXPECT_FALSE(c.fullBackupPath || c.logBackupPath || c.frequency || c.markName ||
                 c.useLocalTime || c.forceFullAfterPartialSet || c.intervalMinutes ||
                 c.daysToKeep || c.compression);
    EXPECT_FALSE(c.changeBackupHour);
    EXPECT_FALSE(c.disableJob);
    EXPECT_FALSE(c.forceFullBackup);
    EXPECT_TRUE(c.databasesToAdd.isEmpty());
    EXPECT_TRUE(c.databasesToRemove.isEmpty());
}

TEST(ScriptOptions, TakesEveryConnectionOption)
{
    const ScriptOptions o =
        parse({"source-job", "--server", "SQL01\\BTS", "--database", "BizTalkMgmtDb2", "--driver",
               "FreeTDS", "--port", "14330", "--user", "bts_admin", "--trust-server-certificate",
               "--no-encrypt"});
    EXPECT_TRUE(o.error.isEmpty()) << o.error.toStdString();
    EXPECT_EQ(o.server, QStringLiteral("SQL01\\BTS"));
    EXPECT_EQ(o.database, QStringLiteral("BizTalkMgmtDb2"));
    EXPECT_EQ(o.driver, QStringLiteral("FreeTDS"));
    EXPECT_EQ(o.port, 14330);
    EXPECT_EQ(o.user, QStringLiteral("bts_admin"));
    EXPECT_TRUE(o.trustServerCertificate);
    EXPECT_FALSE(o.encrypt);
    EXPECT_EQ(parse({"source-job", "--lab-folder", "/tmp/my lab"}).labFolder,
              QStringLiteral("/tmp/my lab"));
}

TEST(ScriptOptions, TakesEveryJobSetting)
{
    const ScriptOptions o = parse({"source-job",
                                   "--full-path",
                                   "\\\\B1\\Full",
                                   "--log-path",
                                   "\\\\B1\\Log",
                                   "--frequency",
                                   "W",
                                   "--mark",
                                   "DR",
                                   "--backup-hour",
                                   "2",
                                   "--use-local-time",
                                   "--force-full-after-partial",
                                   "--interval",
                                   "10",
                                   "--days-to-keep",
                                   "7",
                                   "--compression",
                                   "on",
                                   "--disable-job",
                                   "--force-full",
                                   "--add-database",
                                   "Inv=SQL02/Invoices@BTS02",
                                   "--add-database",
                                   "Ord=SQL02,1444/Orders",
                                   "--remove-database",
                                   "Old",
                                   "--remove-database",
                                   "Older@BTS01"});
    ASSERT_TRUE(o.error.isEmpty()) << o.error.toStdString();
    const SourceJobChanges& c = o.changes;
    EXPECT_EQ(c.fullBackupPath, QStringLiteral("\\\\B1\\Full"));
    EXPECT_EQ(c.logBackupPath, QStringLiteral("\\\\B1\\Log"));
    EXPECT_EQ(c.frequency, QLatin1Char('w'));
    EXPECT_EQ(c.markName, QStringLiteral("DR"));
    EXPECT_TRUE(c.changeBackupHour);
    EXPECT_EQ(c.backupHour, 2);
    EXPECT_EQ(c.useLocalTime, true);
    EXPECT_EQ(c.forceFullAfterPartialSet, true);
    EXPECT_EQ(c.intervalMinutes, 10);
    EXPECT_EQ(c.daysToKeep, 7);
    EXPECT_EQ(c.compression, true);
    EXPECT_TRUE(c.disableJob);
    EXPECT_TRUE(c.forceFullBackup);
    ASSERT_EQ(c.databasesToAdd.size(), 2);
    EXPECT_EQ(c.databasesToAdd[0].defaultName, QStringLiteral("Inv"));
    EXPECT_EQ(c.databasesToAdd[0].serverName, QStringLiteral("SQL02"));
    EXPECT_EQ(c.databasesToAdd[0].databaseName, QStringLiteral("Invoices"));
    EXPECT_EQ(c.databasesToAdd[0].btsServerName, QStringLiteral("BTS02"));
    EXPECT_EQ(c.databasesToAdd[1].serverName, QStringLiteral("SQL02,1444"));
    EXPECT_TRUE(c.databasesToAdd[1].btsServerName.isEmpty());
    ASSERT_EQ(c.databasesToRemove.size(), 2);
    EXPECT_EQ(c.databasesToRemove[0].defaultName, QStringLiteral("Old"));
    EXPECT_TRUE(c.databasesToRemove[0].btsServerName.isEmpty());
    EXPECT_EQ(c.databasesToRemove[1].defaultName, QStringLiteral("Older"));
    EXPECT_EQ(c.databasesToRemove[1].btsServerName, QStringLiteral("BTS01"));
}

TEST(ScriptOptions, TakesTheNegatedSwitchesAndBothFoldersAtOnce)
{
    const ScriptOptions o =
        parse({"source-job", "--path", "G:\\Backups", "--no-backup-hour", "--no-use-local-time",
               "--no-force-full-after-partial", "--compression", "OFF"});
    ASSERT_TRUE(o.error.isEmpty()) << o.error.toStdString();
    EXPECT_EQ(o.changes.fullBackupPath, QStringLiteral("G:\\Backups"));
    EXPECT_EQ(o.changes.logBackupPath, QStringLiteral("G:\\Backups"));
    EXPECT_TRUE(o.changes.changeBackupHour);
    EXPECT_FALSE(o.changes.backupHour.has_value());
    EXPECT_EQ(o.changes.useLocalTime, false);
    EXPECT_EQ(o.changes.forceFullAfterPartialSet, false);
    EXPECT_EQ(o.changes.compression, false);
    // --full-path alone leaves the log folder to follow it when applied.
    EXPECT_FALSE(parse({"source-job", "--full-path", "\\\\B\\F"}).changes.logBackupPath);
}

TEST(ScriptOptions, RejectsNumbersThatDoNotParseAndNamesTheOption)
{
    for (const char* option : {"--backup-hour", "--interval", "--days-to-keep", "--port"}) {
        for (const char* value : {"abc", "1.5", "15m", "", "99999999999"}) {
            const ScriptOptions o = parse({"source-job", "--server", "S", option, value});
            EXPECT_TRUE(o.error.contains(arg(option)))
                << option << " " << value << ": " << o.error.toStdString();
        }
    }
    EXPECT_TRUE(parse({"source-job", "--server", "S", "--port", "0"})
                    .error.contains(QStringLiteral("--port")));
    EXPECT_TRUE(parse({"source-job", "--server", "S", "--port", "65536"})
                    .error.contains(QStringLiteral("--port")));
    // Ranges are the validation's, so that the message is the wizard's.
    EXPECT_TRUE(parse({"source-job", "--backup-hour", "25"}).error.isEmpty());
}

TEST(ScriptOptions, RejectsAnUnknownOptionAndNamesIt)
{
    const ScriptOptions o = parse({"source-job", "--frobnicate"});
    EXPECT_TRUE(o.error.contains(QStringLiteral("frobnicate"))) << o.error.toStdString();
    EXPECT_TRUE(parse({"source-job", "--password", "x"}).error.contains(QStringLiteral("password")))
        << "a password is never taken from the command line";
}

TEST(ScriptOptions, RejectsABadDatabaseForm)
{
    for (const char* form : {"Inv", "Inv=SQL02", "=SQL02/Invoices", "Inv=/Invoices", "Inv=SQL02/",
                             "Inv=SQL02/Invoices@", "SQL02/Invoices"}) {
        const ScriptOptions o = parse({"source-job", "--add-database", form});
        EXPECT_TRUE(o.error.contains(QStringLiteral("--add-database"))) << form;
        EXPECT_TRUE(o.error.contains(arg(form))) << form;
    }
    for (const char* form : {"@BTS01", "Old@", ""}) {
        const ScriptOptions o = parse({"source-job", "--remove-database", form});
        EXPECT_TRUE(o.error.contains(QStringLiteral("--remove-database"))) << form;
    }
}

TEST(ScriptOptions, RejectsOptionsThatContradictEachOther)
{
    // QStringLists, not initializer_lists: those would not outlive the vector's initialiser.
    const QList<QStringList> cases = {
        {"source-job", "--path", "\\\\a\\b", "--full-path", "\\\\a\\c"},
        {"source-job", "--path", "\\\\a\\b", "--log-path", "\\\\a\\c"},
        {"source-job", "--backup-hour", "2", "--no-backup-hour"},
        {"source-job", "--use-local-time", "--no-use-local-time"},
        {"source-job", "--force-full-after-partial", "--no-force-full-after-partial"},
        {"source-job", "--lab-folder", "/tmp/lab", "--server", "S"},
        {"source-job", "--database", "D"},
        {"source-job", "--user", "u"},
        {"source-job", "--frequency", "daily"},
        {"source-job", "--compression", "yes"},
    };
    for (const QStringList& arguments : cases) {
        const ScriptOptions o = parseScriptOptions(arguments);
        EXPECT_FALSE(o.error.isEmpty()) << arguments.at(1).toStdString();
    }
}

TEST(ScriptOptions, NeedsAKnownScript)
{
    EXPECT_TRUE(parse({}).error.contains(QStringLiteral("source-job")));
    EXPECT_TRUE(parse({"target-job"}).error.contains(QStringLiteral("target-job")));
    EXPECT_TRUE(parse({"source-job", "extra"}).error.contains(QStringLiteral("extra")));
}

TEST(ScriptOptions, HelpDescribesEveryOption)
{
    const ScriptOptions o = parse({"--help"});
    EXPECT_TRUE(o.showHelp);
    EXPECT_TRUE(o.error.isEmpty());
    for (const char* option : {"--lab-folder",
                               "--server",
                               "--database",
                               "--driver",
                               "--port",
                               "--user",
                               "BTS_LOGSHIP_PASSWORD",
                               "--trust-server-certificate",
                               "--no-encrypt",
                               "--full-path",
                               "--log-path",
                               "--path",
                               "--frequency",
                               "--mark",
                               "--backup-hour",
                               "--no-backup-hour",
                               "--use-local-time",
                               "--no-use-local-time",
                               "--force-full-after-partial",
                               "--no-force-full-after-partial",
                               "--interval",
                               "--days-to-keep",
                               "--compression",
                               "--disable-job",
                               "--force-full",
                               "--add-database",
                               "--remove-database",
                               "source-job"})
        EXPECT_TRUE(o.helpText.contains(arg(option))) << option;
}

TEST(ScriptOptions, TheConsoleHandsScriptAndWhatFollowsToTheScriptCommand)
{
    const auto console = [](std::initializer_list<const char*> arguments) {
        QStringList list{QStringLiteral("bts-logship")};
        for (const char* a : arguments)
            list << arg(a);
        return parseCommandLine(list);
    };
    EXPECT_TRUE(console({"script", "source-job", "--server", "S", "--mark", "DR"}).error.isEmpty());
    EXPECT_TRUE(console({"script", "--help"}).error.isEmpty());
    EXPECT_FALSE(console({"script", "--help"}).showHelp) << "the script's help, not the console's";
    EXPECT_FALSE(console({"--reset-lab", "script", "source-job"}).error.isEmpty());
    EXPECT_TRUE(console({"--help"}).helpText.contains(QStringLiteral("script source-job")));
    EXPECT_TRUE(console({"lab"}).error.contains(QStringLiteral("lab")));
}

// ---- Runs on a lab ----------------------------------------------------------------------------

class ScriptCommandTest : public TempDirTest {
protected:
    void SetUp() override
    {
        lab = std::make_unique<Lab>(path(QStringLiteral("lab")));
        ASSERT_TRUE(lab->reset(QDateTime(QDate(2026, 11, 23), QTime(21, 55), Qt::UTC)).ok());
    }

    // Runs `script source-job --lab-folder <lab> <arguments>`; output in out and err.
    int run(const QStringList& arguments)
    {
        out.clear();
        err.clear();
        QTextStream outStream(&out);
        QTextStream errStream(&err);
        return runScriptCommand(
            QStringList{QStringLiteral("source-job"), QStringLiteral("--lab-folder"), lab->root()} +
                arguments,
            outStream, errStream);
    }

    SourceContext context() const
    {
        Result<SourceContext> c = readSourceContext(*lab->backend());
        EXPECT_TRUE(c.ok()) << c.error().sentence().toStdString();
        return c.ok() ? c.value() : SourceContext();
    }

    // The plan the wizard makes for `config`.
    SourceJobPlan wizardPlan(const SourceJobConfig& config) const
    {
        const Result<SourceJobPlan> plan = planSourceJob(context(), config);
        EXPECT_TRUE(plan.ok()) << plan.error().sentence().toStdString();
        return plan.ok() ? plan.value() : SourceJobPlan();
    }

    void apply(const SourceJobPlan& plan)
    {
        for (const ServerCommand& command : plan.commands) {
            const Status s = lab->backend()->execute(command);
            ASSERT_TRUE(s.ok()) << s.error().sentence().toStdString();
        }
    }

    std::unique_ptr<Lab> lab;
    QString out;
    QString err;
};

TEST_F(ScriptCommandTest, PrintsExactlyWhatTheWizardWouldRun)
{
    ASSERT_EQ(run({QStringLiteral("--path"), QStringLiteral("\\\\BACKUP01\\BizTalk"),
                   QStringLiteral("--frequency"), QStringLiteral("d"), QStringLiteral("--mark"),
                   QStringLiteral("BTS"), QStringLiteral("--backup-hour"), QStringLiteral("2")}),
              0)
        << err.toStdString();
    SourceJobConfig config = SourceJobConfig::fromContext(context());
    config.fullBackupPath = QStringLiteral("\\\\BACKUP01\\BizTalk");
    config.logBackupPath = config.fullBackupPath;
    config.frequency = QLatin1Char('d');
    config.markName = QStringLiteral("BTS");
    config.backupHour = 2;
    const SourceJobPlan plan = wizardPlan(config);
    ASSERT_FALSE(plan.commands.isEmpty());
    EXPECT_EQ(out.toStdString(), scriptFor(plan.commands).toStdString());
    EXPECT_TRUE(err.isEmpty()) << err.toStdString();
}

TEST_F(ScriptCommandTest, EverySettingReachesTheScript)
{
    ASSERT_EQ(run({QStringLiteral("--full-path"),
                   QStringLiteral("\\\\B1\\Full"),
                   QStringLiteral("--log-path"),
                   QStringLiteral("\\\\B1\\Log"),
                   QStringLiteral("--frequency"),
                   QStringLiteral("w"),
                   QStringLiteral("--force-full-after-partial"),
                   QStringLiteral("--mark"),
                   QStringLiteral("DR"),
                   QStringLiteral("--backup-hour"),
                   QStringLiteral("3"),
                   QStringLiteral("--use-local-time"),
                   QStringLiteral("--interval"),
                   QStringLiteral("10"),
                   QStringLiteral("--days-to-keep"),
                   QStringLiteral("7"),
                   QStringLiteral("--compression"),
                   QStringLiteral("on"),
                   QStringLiteral("--disable-job"),
                   QStringLiteral("--add-database"),
                   QStringLiteral("Inv=LABSQL01/ContosoInvoices"),
                   QStringLiteral("--remove-database"),
                   QStringLiteral("ContosoOrders")}),
              0)
        << err.toStdString();
    const SourceContext c = context();
    SourceJobConfig config = SourceJobConfig::fromContext(c);
    config.fullBackupPath = QStringLiteral("\\\\B1\\Full");
    config.logBackupPath = QStringLiteral("\\\\B1\\Log");
    config.frequency = QLatin1Char('w');
    config.forceFullAfterPartialSet = true;
    config.markName = QStringLiteral("DR");
    config.backupHour = 3;
    config.useLocalTime = true;
    config.intervalMinutes = 10;
    config.daysToKeep = 7;
    config.compression = true;
    config.enableJob = false;
    // The BizTalk server name defaults to the one the group already lists.
    config.databasesToAdd = {{QStringLiteral("Inv"), QStringLiteral("ContosoInvoices"),
                              QStringLiteral("LABSQL01"), QStringLiteral("LABBTS01")}};
    for (const OtherBackupDatabase& db : c.otherDatabases) {
        if (db.defaultName == QLatin1String("ContosoOrders"))
            config.databasesToRemove.append(db);
    }
    ASSERT_EQ(config.databasesToRemove.size(), 1);
    EXPECT_EQ(out.toStdString(), scriptFor(wizardPlan(config).commands).toStdString());
    EXPECT_TRUE(out.contains(QStringLiteral("N'LABBTS01'")));
}

TEST_F(ScriptCommandTest, WarningsComeFirstAsComments)
{
    ASSERT_EQ(run({QStringLiteral("--path"), QStringLiteral("G:\\Backups"),
                   QStringLiteral("--interval"), QStringLiteral("90")}),
              0)
        << err.toStdString();
    SourceJobConfig config = SourceJobConfig::fromContext(context());
    config.fullBackupPath = QStringLiteral("G:\\Backups");
    config.logBackupPath = config.fullBackupPath;
    config.intervalMinutes = 90;
    QString expected;
    for (const Finding& f : validateSourceJob(config)) {
        if (f.level == Finding::Level::Warning)
            expected += QStringLiteral("-- Warning: ") + f.message + QLatin1Char('\n');
    }
    EXPECT_EQ(expected.count(QStringLiteral("-- Warning: ")), 3); // two folders, the interval
    expected += scriptFor(wizardPlan(config).commands);
    EXPECT_EQ(out.toStdString(), expected.toStdString());
}

TEST_F(ScriptCommandTest, AMarkNameTooLongFailsWithTheWizardsWords)
{
    EXPECT_EQ(run({QStringLiteral("--path"), QStringLiteral("\\\\srv\\bts"),
                   QStringLiteral("--mark"), QStringLiteral("BizTalkDR")}),
              1);
    EXPECT_EQ(err.toStdString(), "Mark name 'BizTalkDR' has 9 characters: SQL Server would "
                                 "silently cut it to 8.\n");
    EXPECT_TRUE(out.isEmpty());
    EXPECT_EQ(run({QStringLiteral("--path"), QStringLiteral("\\\\srv\\bts"),
                   QStringLiteral("--mark"), QStringLiteral("BizTalkDR9")}),
              1);
    EXPECT_TRUE(err.contains(QStringLiteral(
        "Mark name 'BizTalkDR9' has 10 characters: SQL Server would silently cut it to 8.")))
        << err.toStdString();
}

TEST_F(ScriptCommandTest, OutOfRangeValuesFailWithTheWizardsWords)
{
    EXPECT_EQ(run({QStringLiteral("--path"), QStringLiteral("\\\\srv\\bts"),
                   QStringLiteral("--backup-hour"), QStringLiteral("25")}),
              1);
    EXPECT_EQ(err,
              QStringLiteral("The backup hour must be between 0 and 23 (server local time).\n"));
    EXPECT_EQ(run({QStringLiteral("--mark"), QStringLiteral("BTS")}), 1) << "no folder yet";
    EXPECT_TRUE(err.contains(QStringLiteral("Full backup folder is empty"))) << err.toStdString();
    EXPECT_EQ(run({QStringLiteral("--path"), QStringLiteral("\\\\srv\\bts"),
                   QStringLiteral("--remove-database"), QStringLiteral("Nope")}),
              1);
    EXPECT_EQ(err, QStringLiteral("'Nope' is not in adm_OtherBackupDatabases.\n"));
    EXPECT_EQ(run({QStringLiteral("--interval"), QStringLiteral("soon")}), 1);
    EXPECT_TRUE(err.contains(QStringLiteral("--interval"))) << err.toStdString();
}

TEST_F(ScriptCommandTest, HostileFolderIsQuoted)
{
    const QString hostile = QStringLiteral("\\\\srv\\bts'; --[x]");
    ASSERT_EQ(run({QStringLiteral("--path"), hostile}), 0) << err.toStdString();
    // Inside the job step's command, itself an N'...' literal: the quote doubles twice.
    EXPECT_TRUE(out.contains(QStringLiteral("@BackupPath = N''\\\\srv\\bts''''; --[x]''")))
        << out.toStdString();
    SourceJobConfig config = SourceJobConfig::fromContext(context());
    config.fullBackupPath = hostile;
    config.logBackupPath = hostile;
    EXPECT_EQ(out.toStdString(), scriptFor(wizardPlan(config).commands).toStdString());
}

TEST_F(ScriptCommandTest, AppliedOnceThereIsNothingLeftToChange)
{
    const QStringList arguments = {
        QStringLiteral("--path"),        QStringLiteral("\\\\BACKUP01\\BizTalk"),
        QStringLiteral("--frequency"),   QStringLiteral("d"),
        QStringLiteral("--mark"),        QStringLiteral("BTS"),
        QStringLiteral("--backup-hour"), QStringLiteral("2")};
    ASSERT_EQ(run(arguments), 0) << err.toStdString();
    SourceJobConfig config = SourceJobConfig::fromContext(context());
    config.fullBackupPath = QStringLiteral("\\\\BACKUP01\\BizTalk");
    config.logBackupPath = config.fullBackupPath;
    config.backupHour = 2;
    apply(wizardPlan(config));
    ASSERT_EQ(run(arguments), 0) << err.toStdString();
    EXPECT_EQ(out, QStringLiteral("-- Nothing to change: the job already has these settings.\n"));
    // Settings not named keep what the job has now.
    ASSERT_EQ(run({}), 0) << err.toStdString();
    EXPECT_EQ(out, QStringLiteral("-- Nothing to change: the job already has these settings.\n"));
}

TEST_F(ScriptCommandTest, AStepItCannotReadIsNamedBeforeTheScript)
{
    const Result<GroupSnapshot> snapshot = lab->backend()->readSnapshot();
    ASSERT_TRUE(snapshot.ok());
    const JobStep* step = snapshot.value().job.step(JobStepNames::MarkAndBackupLog);
    ASSERT_NE(step, nullptr);
    ServerCommand edit;
    edit.server = snapshot.value().managementServer;
    edit.database = QStringLiteral("msdb");
    edit.procedure = {QStringLiteral("msdb"), QStringLiteral("dbo"),
                      QStringLiteral("sp_update_jobstep")};
    edit.parameters = {{QStringLiteral("job_name"), snapshot.value().job.name},
                       {QStringLiteral("step_id"), step->id},
                       {QStringLiteral("command"), QStringLiteral("IF 1 = 1 exec sp_MarkAll")}};
    ASSERT_TRUE(lab->backend()->execute(edit).ok());

    ASSERT_EQ(run({QStringLiteral("--path"), QStringLiteral("\\\\srv\\bts")}), 0)
        << err.toStdString();
    SourceJobConfig config = SourceJobConfig::fromContext(context());
    config.fullBackupPath = QStringLiteral("\\\\srv\\bts");
    config.logBackupPath = config.fullBackupPath;
    const SourceJobPlan plan = wizardPlan(config);
    ASSERT_EQ(plan.overwritesUnreadableSteps, QStringList{JobStepNames::MarkAndBackupLog});
    EXPECT_EQ(out.toStdString(),
              ("-- WARNING: the console cannot read the current command of step '" +
               JobStepNames::MarkAndBackupLog +
               "': this script replaces it; copy the old one first if it holds something you "
               "need.\n" +
               scriptFor(plan.commands))
                  .toStdString());
}

TEST_F(ScriptCommandTest, UnreachableServerExitsThreeWithoutThePassword)
{
    const QByteArray planted = "Pl4ntedS3cret;{pw}";
    const QByteArray saved = qgetenv(PasswordVariable);
    const bool wasSet = qEnvironmentVariableIsSet(PasswordVariable);
    qputenv(PasswordVariable, planted);
    out.clear();
    err.clear();
    QTextStream outStream(&out);
    QTextStream errStream(&err);
    const int exitCode = runScriptCommand(
        {QStringLiteral("source-job"), QStringLiteral("--server"), QStringLiteral("127.0.0.1"),
         QStringLiteral("--port"), QStringLiteral("1"), QStringLiteral("--driver"),
         QStringLiteral("FreeTDS"), QStringLiteral("--user"), QStringLiteral("x"),
         QStringLiteral("--path"), QStringLiteral("\\\\srv\\bts")},
        outStream, errStream);
    if (wasSet)
        qputenv(PasswordVariable, saved);
    else
        qunsetenv(PasswordVariable);

    EXPECT_EQ(exitCode, 3);
    EXPECT_TRUE(out.isEmpty()) << out.toStdString();
    EXPECT_TRUE(err.contains(QStringLiteral("127.0.0.1,1"))) << err.toStdString();
    EXPECT_FALSE(err.contains(QStringLiteral("Pl4nted"))) << err.toStdString();
}

TEST_F(ScriptCommandTest, ASqlLoginNeedsThePasswordVariable)
{
    const QByteArray saved = qgetenv(PasswordVariable);
    const bool wasSet = qEnvironmentVariableIsSet(PasswordVariable);
    qunsetenv(PasswordVariable);
    QTextStream outStream(&out);
    QTextStream errStream(&err);
    const int exitCode = runScriptCommand({QStringLiteral("source-job"), QStringLiteral("--server"),
                                           QStringLiteral("127.0.0.1"), QStringLiteral("--user"),
                                           QStringLiteral("x")},
                                          outStream, errStream);
    if (wasSet)
        qputenv(PasswordVariable, saved);
    EXPECT_EQ(exitCode, 1);
    EXPECT_TRUE(err.contains(QStringLiteral("BTS_LOGSHIP_PASSWORD"))) << err.toStdString();
}

TEST_F(ScriptCommandTest, HelpGoesToTheOutputAndExitsZero)
{
    QTextStream outStream(&out);
    QTextStream errStream(&err);
    EXPECT_EQ(runScriptCommand({QStringLiteral("--help")}, outStream, errStream), 0);
    outStream.flush();
    EXPECT_TRUE(out.contains(QStringLiteral("--add-database"))) << out.toStdString();
    EXPECT_EQ(runScriptCommand({QStringLiteral("source-job"), QStringLiteral("--bogus")}, outStream,
                               errStream),
              1);
    errStream.flush();
    EXPECT_TRUE(err.contains(QStringLiteral("bogus"))) << err.toStdString();
}

} // namespace
} // namespace bts
