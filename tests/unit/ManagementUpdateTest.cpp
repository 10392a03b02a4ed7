#include "restore/ManagementUpdate.h"

#include <gtest/gtest.h>

using namespace bts;

namespace {

const QString Old = QStringLiteral("LABSQL01");
const QString New = QStringLiteral("LABSQL02");

DatabaseMapping mapping(DatabaseRole role, const QString& database, const QString& newServer,
                        const QString& name = QString(), bool master = false)
{
    DatabaseMapping m;
    m.role = role;
    m.name = name;
    m.oldServer = Old;
    m.oldDatabase = database;
    m.newServer = newServer;
    m.newDatabase = database;
    m.isMaster = master;
    return m;
}

UpdateInfo failover(const QString& newServer = New)
{
    UpdateInfo info;
    info.mappings = {
        mapping(DatabaseRole::MessageBox, QStringLiteral("BizTalkMsgBoxDb"), newServer, {}, true),
        mapping(DatabaseRole::MessageBox, QStringLiteral("BizTalkMsgBoxDb2"), newServer),
        mapping(DatabaseRole::Tracking, QStringLiteral("BizTalkDTADb"), newServer),
        mapping(DatabaseRole::Management, QStringLiteral("BizTalkMgmtDb"), newServer),
        mapping(DatabaseRole::RuleEngine, QStringLiteral("BizTalkRuleEngineDb"), newServer),
        mapping(DatabaseRole::SingleSignOn, QStringLiteral("SSODB"), newServer,
                QStringLiteral("SSO")),
        mapping(DatabaseRole::Custom, QStringLiteral("ContosoOrders"), newServer,
                QStringLiteral("Contoso Orders")),
    };
    return info;
}

ManagementUpdateFacts everything()
{
    ManagementUpdateFacts facts;
    facts.hasTrackingSources = facts.hasTrackingDestinations = facts.hasBizTalkServers =
        facts.hasOtherDatabases = true;
    facts.trackingSources = {
        {QStringLiteral("LABSQL01_BizTalkMsgBoxDb"),
         QStringLiteral("Pooling=false;Current Language=us_english;Integrated Security=SSPI;"
                        "Data Source=LABSQL01;Initial Catalog=BizTalkMsgBoxDb;Max Pool Size=5")},
        {QStringLiteral("labsql01_BizTalkMsgBoxDb2"),
         QStringLiteral("Data Source=labsql01;Initial Catalog=BizTalkMsgBoxDb2")}};
    facts.trackingDestinations = {
        QStringLiteral("Pooling=false;Current Language=us_english;Integrated Security=SSPI;"
                       "server=LABSQL01;database=BizTalkDTADb"),
        QStringLiteral("Pooling=false;Integrated Security=SSPI;server=LABSQL01;"
                       "database=BAMPrimaryImport")};
    const QStringList procedures = {
        QStringLiteral("bts_UpdateCopyTrackedMessagesJob"),
        QStringLiteral("ops_UpdateOperationsOperateOnInstancesOnMasterJob")};
    facts.messageBoxProcedures.insert(QStringLiteral("labsql02/biztalkmsgboxdb"), procedures);
    facts.messageBoxProcedures.insert(QStringLiteral("labsql02/biztalkmsgboxdb2"), procedures);
    return facts;
}

// A command's preview without its comment line, on one line.
QString sqlOf(const ServerCommand& command)
{
    QStringList lines = command.previewSql().split(QLatin1Char('\n'));
    lines.erase(std::remove_if(lines.begin(), lines.end(),
                               [](const QString& l) { return l.startsWith(QLatin1String("--")); }),
                lines.end());
    return lines.join(QLatin1Char(' ')).simplified();
}

QStringList previews(const ManagementUpdatePlan& plan)
{
    QStringList lines;
    for (const ServerCommand& c : plan.commands)
        lines.append(sqlOf(c));
    return lines;
}

int countContaining(const QStringList& lines, const QString& text)
{
    int n = 0;
    for (const QString& line : lines)
        n += line.contains(text) ? 1 : 0;
    return n;
}

} // namespace

TEST(ManagementUpdate, RunsInTheNewManagementDatabase)
{
    const auto plan = planManagementUpdate(failover(), everything(), {});
    ASSERT_TRUE(plan) << plan.error().sentence().toStdString();
    EXPECT_EQ(plan.value().management.server, New);
    EXPECT_EQ(plan.value().management.database, QStringLiteral("BizTalkMgmtDb"));
    for (const ServerCommand& c : plan.value().commands) {
        if (c.isStatement()) {
            EXPECT_EQ(c.server, New);
            EXPECT_EQ(c.database, QStringLiteral("BizTalkMgmtDb"));
        }
    }
}

TEST(ManagementUpdate, PointsTheGroupAtTheMovedDatabasesAndKeepsTheRest)
{
    const auto plan = planManagementUpdate(failover(), everything(), {});
    ASSERT_TRUE(plan);
    const ServerCommand& group = plan.value().commands.first();
    ASSERT_TRUE(group.statement.contains(QStringLiteral("UPDATE dbo.adm_Group")));
    // TrackAnalysis (not in the file) keeps its column; the rest take the new server.
    EXPECT_TRUE(group.parameters.at(0).second.isNull());
    EXPECT_TRUE(group.parameters.at(1).second.isNull());
    EXPECT_EQ(group.parameter(QStringLiteral("TrackingDBServerName")).toString(), New);
    EXPECT_EQ(group.parameter(QStringLiteral("SubscriptionDBName")).toString(),
              QStringLiteral("BizTalkMsgBoxDb"));
    EXPECT_EQ(group.parameter(QStringLiteral("SSOServerName")).toString(), New);
    EXPECT_TRUE(group.parameter(QStringLiteral("BamDBServerName")).isNull());
    EXPECT_EQ(sqlOf(group).count(QStringLiteral("NULL")), 4) << sqlOf(group).toStdString();
}

TEST(ManagementUpdate, MovesEveryMessageBoxAndItsTrackingSource)
{
    const auto plan = planManagementUpdate(failover(), everything(), {});
    ASSERT_TRUE(plan);
    const QStringList sql = previews(plan.value());
    EXPECT_EQ(countContaining(sql, QStringLiteral("UPDATE dbo.adm_MessageBox")), 2);
    EXPECT_TRUE(sql.contains(QStringLiteral(
        "UPDATE dbo.TDDS_Sources SET SourceName = N'LABSQL02_BizTalkMsgBoxDb', ConnectionString "
        "= N'Pooling=false;Current Language=us_english;Integrated Security=SSPI;Data "
        "Source=LABSQL02;Initial Catalog=BizTalkMsgBoxDb;Max Pool Size=5' WHERE SourceName = "
        "N'LABSQL01_BizTalkMsgBoxDb';")))
        << sql.join(QLatin1Char('\n')).toStdString();
    // The stored name is matched whatever its case, and used as stored.
    EXPECT_EQ(
        countContaining(sql, QStringLiteral("WHERE SourceName = N'labsql01_BizTalkMsgBoxDb2'")), 1);
}

TEST(ManagementUpdate, UpdatesTheJobsInEveryMessageBoxAtItsNewPlace)
{
    const auto plan = planManagementUpdate(failover(), everything(), {});
    ASSERT_TRUE(plan);
    int tracked = 0;
    int master = 0;
    for (const ServerCommand& c : plan.value().commands) {
        if (c.procedureName() == QLatin1String("bts_UpdateCopyTrackedMessagesJob")) {
            ++tracked;
            EXPECT_EQ(c.server, New);
            EXPECT_EQ(c.parameter(QStringLiteral("trackingDBServer")).toString(), New);
            EXPECT_EQ(c.parameter(QStringLiteral("trackingDBName")).toString(),
                      QStringLiteral("BizTalkDTADb"));
        }
        if (c.procedureName() ==
            QLatin1String("ops_UpdateOperationsOperateOnInstancesOnMasterJob")) {
            ++master;
            EXPECT_EQ(c.parameter(QStringLiteral("nvcMasterMsgBoxDBName")).toString(),
                      QStringLiteral("BizTalkMsgBoxDb"));
        }
    }
    EXPECT_EQ(tracked, 2);
    EXPECT_EQ(master, 2);
}

TEST(ManagementUpdate, MissingProcedureOrUnreachableMessageBoxIsANoteNotACall)
{
    ManagementUpdateFacts facts = everything();
    facts.messageBoxProcedures.remove(QStringLiteral("labsql02/biztalkmsgboxdb2"));
    facts.messageBoxErrors.insert(QStringLiteral("labsql02/biztalkmsgboxdb2"),
                                  QStringLiteral("Cannot reach SQL Server LABSQL02."));
    facts.messageBoxProcedures.insert(QStringLiteral("labsql02/biztalkmsgboxdb"), {});
    const auto plan = planManagementUpdate(failover(), facts, {});
    ASSERT_TRUE(plan);
    for (const ServerCommand& c : plan.value().commands)
        EXPECT_TRUE(c.isStatement()) << c.previewSql().toStdString();
    const QString notes = plan.value().notes.join(QLatin1Char('\n'));
    EXPECT_TRUE(notes.contains(QStringLiteral("does not exist in LABSQL02.BizTalkMsgBoxDb")));
    EXPECT_TRUE(notes.contains(QStringLiteral("Cannot reach SQL Server LABSQL02.")));
}

TEST(ManagementUpdate, RetargetsOnlyTheTrackingDestination)
{
    const auto plan = planManagementUpdate(failover(), everything(), {});
    ASSERT_TRUE(plan);
    const QStringList sql = previews(plan.value());
    EXPECT_TRUE(sql.contains(QStringLiteral(
        "UPDATE dbo.TDDS_Destinations SET ConnectionString = N'Pooling=false;Current "
        "Language=us_english;Integrated Security=SSPI;server=LABSQL02;database=BizTalkDTADb' "
        "WHERE ConnectionString = N'Pooling=false;Current Language=us_english;Integrated "
        "Security=SSPI;server=LABSQL01;database=BizTalkDTADb';")));
    EXPECT_EQ(countContaining(sql, QStringLiteral("BAMPrimaryImport")), 0);
}

TEST(ManagementUpdate, MovesOtherDatabasesByTheirDefaultName)
{
    const auto plan = planManagementUpdate(failover(), everything(), {});
    ASSERT_TRUE(plan);
    const QStringList sql = previews(plan.value());
    for (const QString& name : {QStringLiteral("SSO"), QStringLiteral("Contoso Orders"),
                                QStringLiteral("RuleEngine DB")}) {
        EXPECT_EQ(
            countContaining(sql, QStringLiteral("WHERE DefaultDatabaseName = N'%1'").arg(name)), 2)
            << name.toStdString();
    }
    ManagementUpdateFacts noHotfixList = everything();
    noHotfixList.hasOtherDatabases = false;
    const auto without = planManagementUpdate(failover(), noHotfixList, {});
    EXPECT_EQ(countContaining(previews(without.value()), QStringLiteral("adm_OtherDatabases")), 0);
}

TEST(ManagementUpdate, RenamesBizTalkServersOnlyWhenAsked)
{
    const auto plain = planManagementUpdate(failover(), everything(), {});
    EXPECT_EQ(countContaining(previews(plain.value()), QStringLiteral("adm_Server")), 0);
    EXPECT_TRUE(plain.value().notes.join(QLatin1Char(' ')).contains(QStringLiteral("adm_Server")));
    ManagementUpdateOptions rename;
    rename.renameBizTalkServers = true;
    const auto renamed = planManagementUpdate(failover(), everything(), rename);
    EXPECT_TRUE(previews(renamed.value())
                    .contains(QStringLiteral("UPDATE dbo.adm_Server SET Name = N'LABSQL02';")));
}

TEST(ManagementUpdate, NothingMovedMeansNothingToRun)
{
    const auto plan = planManagementUpdate(failover(Old), everything(), {});
    ASSERT_TRUE(plan);
    EXPECT_TRUE(plan.value().commands.isEmpty()) << previews(plan.value()).join('\n').toStdString();
}

TEST(ManagementUpdate, HostileNamesAreBoundAndQuotedInThePreview)
{
    const QString hostile = QStringLiteral("SRV\\INST,1433'; DROP TABLE x --");
    const auto plan = planManagementUpdate(failover(hostile), everything(), {});
    ASSERT_TRUE(plan);
    for (const ServerCommand& c : plan.value().commands) {
        if (!c.isStatement())
            continue;
        EXPECT_FALSE(c.boundSql().contains(QStringLiteral("DROP"))) << c.boundSql().toStdString();
        EXPECT_TRUE(c.boundValues().contains(hostile) ||
                    c.boundValues().contains(hostile + QStringLiteral("_BizTalkMsgBoxDb")) ||
                    c.statement.contains(QStringLiteral("TDDS_")) ||
                    c.statement.contains(QStringLiteral("adm_Group")))
            << c.boundSql().toStdString();
    }
    EXPECT_TRUE(previews(plan.value())
                    .join('\n')
                    .contains(QStringLiteral("N'SRV\\INST,1433''; DROP TABLE x --'")));
}

TEST(ManagementUpdate, RefusesAFileWithoutTheNewManagementDatabase)
{
    UpdateInfo info = failover();
    info.mappings.removeAt(3);
    const auto plan = planManagementUpdate(info, everything(), {});
    ASSERT_FALSE(plan);
    EXPECT_TRUE(plan.error().sentence().contains(QStringLiteral("management database")));
}

TEST(ManagementUpdate, BamNeedsTheScriptOnABizTalkServer)
{
    UpdateInfo info = failover();
    EXPECT_FALSE(planManagementUpdate(info, everything(), {}).value().bamNeedsScript);
    info.mappings.append(
        mapping(DatabaseRole::BamPrimaryImport, QStringLiteral("BAMPrimaryImport"), New));
    const auto plan = planManagementUpdate(info, everything(), {});
    EXPECT_TRUE(plan.value().bamNeedsScript);
    EXPECT_EQ(plan.value().commands.first().parameter(QStringLiteral("BamDBServerName")).toString(),
              New);
}

TEST(TrackingConnectionString, ReadsBothSpellingsAndKeepsOtherAttributes)
{
    const auto a = connectionTarget(QStringLiteral("Data Source=A\\I;Initial Catalog=Db"));
    ASSERT_TRUE(a);
    EXPECT_EQ(a->server, QStringLiteral("A\\I"));
    const auto b = connectionTarget(QStringLiteral("server = b,1433 ; DATABASE=x"));
    ASSERT_TRUE(b);
    EXPECT_EQ(b->server, QStringLiteral("b,1433"));
    EXPECT_EQ(b->database, QStringLiteral("x"));
    EXPECT_FALSE(connectionTarget(QStringLiteral("Pooling=false;server=a")));
    EXPECT_EQ(*retargetConnectionString(QStringLiteral("Pooling=false;server=a;database=b;x=1"),
                                        {QStringLiteral("c"), QStringLiteral("d")}),
              QStringLiteral("Pooling=false;server=c;database=d;x=1"));
    EXPECT_FALSE(retargetConnectionString(QStringLiteral("Pooling=false"), {}));
}
