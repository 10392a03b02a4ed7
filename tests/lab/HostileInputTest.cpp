#include "HostileValues.h"
#include "LabFixture.h"

#include "destination/DestinationPlanner.h"
#include "lab/LabBackend.h"
#include "source/SourceJobPlanner.h"
#include "sql/SqlStatements.h"
#include "tsql/ExecCall.h"

using namespace bts;

namespace {

// The step command a plan gives a job step, as SQL Server stores it (the bound value).
QStringList stepCommands(const SourceJobPlan& plan)
{
    QStringList commands;
    for (const ServerCommand& c : plan.commands) {
        if (c.procedureName() == QLatin1String("sp_update_jobstep"))
            commands.append(c.parameter(QStringLiteral("command")).toString());
    }
    return commands;
}

// Whether some string argument of `command`, read back the way SQL Server parses it, is `value`.
bool passesExactly(const QString& command, const QString& value)
{
    const ExecParseResult parsed = parseExecCall(command);
    if (!parsed.call)
        return false;
    for (const ExecArgument& a : parsed.call->arguments) {
        if (a.value.kind == SqlLiteral::Kind::String && a.value.text == value)
            return true;
    }
    return false;
}

// The preview an operator reads and exports says the same as what is bound: read back, each
// EXEC argument is the bound value.
void expectPreviewMeansTheBoundValues(const ServerCommand& c)
{
    if (c.isStatement())
        return;
    const ExecParseResult parsed = parseExecCall(c.previewSql());
    ASSERT_TRUE(parsed.call) << c.previewSql().toStdString() << ": " << parsed.error.toStdString();
    for (const ExecArgument& a : parsed.call->arguments) {
        const QVariant bound = c.parameter(a.name);
        if (a.value.kind == SqlLiteral::Kind::String) {
            EXPECT_EQ(a.value.text, bound.toString()) << c.previewSql().toStdString();
        }
    }
}

} // namespace

class HostileInputTest : public LabTest {
protected:
    SourceContext context() const
    {
        Result<SourceContext> read = readSourceContext(*lab->backend());
        EXPECT_TRUE(read.ok());
        return read.ok() ? read.value() : SourceContext();
    }
};

TEST_F(HostileInputTest, CorpusIsLargeEnough)
{
    EXPECT_GE(hostileValues().size(), 50);
}

TEST_F(HostileInputTest, BackupPathsAreRefusedInWordsOrReachTheJobExactly)
{
    const SourceContext ctx = context();
    int accepted = 0;
    // Each value as typed, and inside a path of a valid shape, so that quoting is tested even
    // where the value alone is no path.
    QStringList paths = hostileValues();
    for (const QString& value : hostileValues())
        paths.append(QStringLiteral("\\\\BACKUP\\share ") + value);
    for (const QString& value : std::as_const(paths)) {
        SourceJobConfig config = SourceJobConfig::fromContext(ctx);
        config.fullBackupPath = value;
        config.logBackupPath = value;
        const Result<SourceJobPlan> plan = planSourceJob(ctx, config);
        if (!plan) {
            EXPECT_FALSE(plan.error().sentence().trimmed().isEmpty());
            continue;
        }
        ++accepted;
        const QStringList commands = stepCommands(plan.value());
        ASSERT_FALSE(commands.isEmpty());
        bool reached = false;
        for (const QString& command : commands)
            reached = reached || passesExactly(command, value);
        EXPECT_TRUE(reached) << "path '" << value.toStdString() << "' changed on its way: "
                             << commands.join(QLatin1Char('\n')).toStdString();
        for (const ServerCommand& c : plan.value().commands)
            expectPreviewMeansTheBoundValues(c);
    }
    EXPECT_GT(accepted, 40) << "paths with quotes, brackets and semicolons are valid paths";
}

TEST_F(HostileInputTest, MarkNamesAreRefusedInWordsOrReachTheJobExactly)
{
    const SourceContext ctx = context();
    int accepted = 0;
    for (const QString& value : hostileValues()) {
        SourceJobConfig config = SourceJobConfig::fromContext(ctx);
        config.fullBackupPath = config.logBackupPath = lab->backupFolder();
        config.markName = value;
        const Result<SourceJobPlan> plan = planSourceJob(ctx, config);
        if (!plan) {
            EXPECT_FALSE(plan.error().sentence().trimmed().isEmpty());
            // Longer than 8 characters is never accepted: SQL Server would cut it silently.
            continue;
        }
        EXPECT_LE(value.size(), 8) << value.toStdString();
        ++accepted;
        bool reached = false;
        for (const QString& command : stepCommands(plan.value()))
            reached = reached || passesExactly(command, value);
        EXPECT_TRUE(reached) << value.toStdString();
        for (const ServerCommand& c : plan.value().commands)
            expectPreviewMeansTheBoundValues(c);
    }
    EXPECT_GE(accepted, 3);
}

TEST_F(HostileInputTest, CustomDatabaseNamesAreBoundNeverPasted)
{
    const SourceContext ctx = context();
    for (const QString& value : hostileValues()) {
        SourceJobConfig config = SourceJobConfig::fromContext(ctx);
        config.fullBackupPath = config.logBackupPath = lab->backupFolder();
        OtherBackupDatabase db;
        db.defaultName = value;
        db.databaseName = value;
        db.serverName = value;
        db.btsServerName = value;
        config.databasesToAdd = {db};
        const Result<SourceJobPlan> plan = planSourceJob(ctx, config);
        if (!plan) {
            EXPECT_FALSE(plan.error().sentence().trimmed().isEmpty());
            continue;
        }
        bool inserted = false;
        for (const ServerCommand& c : plan.value().commands) {
            if (!c.statement.contains(QStringLiteral("INSERT INTO dbo.adm_OtherBackupDatabases")))
                continue;
            inserted = true;
            // The statement text is the approved one; the value only travels bound.
            EXPECT_EQ(c.boundSql(),
                      SqlStatements::text(QStringLiteral("add_other_backup_database")));
            for (const QVariant& bound : c.boundValues())
                EXPECT_EQ(bound.toString(), value);
            EXPECT_TRUE(c.previewSql().contains(sqlLiteral(value)));
        }
        EXPECT_TRUE(inserted) << value.toStdString();
    }
}

TEST_F(HostileInputTest, DestinationNamesAreBoundOrRefused)
{
    DestinationState current; // the scripts ran already
    current.server = LabTopology::DestinationServer;
    current.reachable = true;
    current.tables = {QStringLiteral("bts_LogShippingDatabases")};
    int accepted = 0;
    for (const QString& value : hostileValues()) {
        DestinationConfig config;
        config.destination = LabTopology::DestinationServer;
        config.description = value;
        config.managementServer = value;
        config.managementDatabase = value;
        config.sourceServerName = value;
        config.runScripts = false;
        const Result<QVector<ServerCommand>> commands =
            planDestinationSetup(config, DestinationScripts(), DestinationChecks(), current);
        if (!commands) {
            EXPECT_FALSE(commands.error().sentence().trimmed().isEmpty());
            continue;
        }
        ++accepted;
        bool configured = false;
        for (const ServerCommand& c : commands.value()) {
            expectPreviewMeansTheBoundValues(c);
            if (c.procedureName() == QLatin1String("bts_ConfigureBizTalkLogShipping")) {
                configured = true;
                EXPECT_EQ(c.parameter(QStringLiteral("nvcDescription")).toString(), value);
                EXPECT_EQ(c.parameter(QStringLiteral("nvcMgmtServerName")).toString(), value);
            }
        }
        EXPECT_TRUE(configured) << value.toStdString();
    }
    EXPECT_GT(accepted, 10);
}

TEST_F(HostileInputTest, CleaningTakesTheSourceIdExactly)
{
    DestinationState state;
    state.server = LabTopology::DestinationServer;
    state.reachable = true;
    state.tables = {QStringLiteral("bts_LogShippingDatabases")};
    LogShippingJob restore;
    restore.name = QStringLiteral("BTS Log Shipping - Restore Databases");
    restore.kind = LogShippingJobKind::RestoreDatabases;
    state.jobs = {restore};
    for (const QString& value : hostileValues()) {
        const Result<QVector<ServerCommand>> commands =
            planClean(state, value, LabTopology::SourceServer, LabTopology::ManagementDatabase);
        if (!commands) {
            EXPECT_FALSE(commands.error().sentence().trimmed().isEmpty());
            continue;
        }
        bool cleaned = false;
        for (const ServerCommand& c : commands.value()) {
            expectPreviewMeansTheBoundValues(c);
            if (c.procedureName() == QLatin1String("sp_LogShippingClean")) {
                cleaned = true;
                bool exact = false;
                for (const auto& p : c.parameters)
                    exact = exact || p.second.toString() == value;
                EXPECT_TRUE(exact) << value.toStdString();
            }
        }
        EXPECT_TRUE(cleaned) << value.toStdString();
    }
}
