#include "LabFixture.h"

#include "group/DatabaseStatus.h"
#include "group/DatabaseStatusModel.h"

#include <QAbstractItemModelTester>

using namespace bts;

namespace {

const GroupDatabase* find(const GroupSnapshot& s, const QString& name)
{
    for (const GroupDatabase& db : s.databases) {
        if (db.actualName == name || (db.actualName.isEmpty() && db.defaultName == name))
            return &db;
    }
    return nullptr;
}

} // namespace

TEST_F(LabTest, DiscoversEveryDatabaseOfTheGroup)
{
    auto result = lab->backend()->readSnapshot();
    ASSERT_TRUE(result.ok()) << result.error().sentence().toStdString();
    const GroupSnapshot& s = result.value();
    EXPECT_EQ(s.databases.size(), 14);
    EXPECT_TRUE(s.warnings.isEmpty());

    struct Expected {
        const char* name;
        DatabaseRole role;
        const char* server;
        BackupMethod method;
        bool inJob;
        const char* recovery;
    };
    const Expected expected[] = {
        {"BizTalkMgmtDb", DatabaseRole::Management, "LABSQL01", BackupMethod::BackupJob, true,
         "FULL"},
        {"BizTalkMsgBoxDb", DatabaseRole::MessageBox, "LABSQL01", BackupMethod::BackupJob, true,
         "FULL"},
        {"BizTalkMsgBoxDb2", DatabaseRole::MessageBox, "LABSQL03", BackupMethod::BackupJob, true,
         "FULL"},
        {"BizTalkDTADb", DatabaseRole::Tracking, "LABSQL01", BackupMethod::BackupJob, true, "FULL"},
        {"BizTalkRuleEngineDb", DatabaseRole::RuleEngine, "LABSQL01", BackupMethod::BackupJob, true,
         "FULL"},
        {"SSODB", DatabaseRole::SingleSignOn, "LABSQL01", BackupMethod::BackupJob, true, "FULL"},
        {"BAMPrimaryImport", DatabaseRole::BamPrimaryImport, "LABSQL01", BackupMethod::BackupJob,
         true, "FULL"},
        {"BAMAlertsApplication", DatabaseRole::BamAlertsApplication, "LABSQL01",
         BackupMethod::BackupJob, true, "FULL"},
        {"BAMAlertsNSMain", DatabaseRole::BamAlertsInstance, "LABSQL01", BackupMethod::BackupJob,
         true, "FULL"},
        {"ContosoOrders", DatabaseRole::Custom, "LABSQL01", BackupMethod::BackupJob, true,
         "SIMPLE"},
        {"BAMStarSchema", DatabaseRole::BamStarSchema, "LABSQL01", BackupMethod::BamMaintenance,
         false, "SIMPLE"},
        {"BAMArchive", DatabaseRole::BamArchive, "LABSQL01", BackupMethod::BamMaintenance, false,
         "SIMPLE"},
        {"BizTalkAnalysisDb", DatabaseRole::TrackingAnalysis, "LABSSAS01",
         BackupMethod::AnalysisServices, false, ""},
        {"BAMAnalysis", DatabaseRole::BamAnalysis, "", BackupMethod::AnalysisServices, false, ""},
    };
    for (const Expected& e : expected) {
        const GroupDatabase* db = find(s, QString::fromUtf8(e.name));
        ASSERT_NE(db, nullptr) << e.name;
        EXPECT_EQ(db->role, e.role) << e.name;
        EXPECT_EQ(db->server, QString::fromUtf8(e.server)) << e.name;
        EXPECT_EQ(db->method, e.method) << e.name;
        EXPECT_EQ(db->inBackupJob, e.inJob) << e.name;
        EXPECT_EQ(db->recoveryModel, QString::fromUtf8(e.recovery)) << e.name;
    }
    EXPECT_TRUE(find(s, QStringLiteral("BizTalkMsgBoxDb"))->isMasterMessageBox);
    EXPECT_FALSE(find(s, QStringLiteral("BizTalkMsgBoxDb2"))->isMasterMessageBox);
    EXPECT_EQ(find(s, QStringLiteral("ContosoOrders"))->defaultName,
              QStringLiteral("ContosoOrders"));
    EXPECT_EQ(s.serverUtcNow, start());
    EXPECT_EQ(s.serverUtcOffsetSeconds, 3600);
}

TEST_F(LabTest, VerdictsOnAFreshLabSayWhatIsWrong)
{
    auto result = lab->backend()->readSnapshot();
    ASSERT_TRUE(result.ok());
    const GroupVerdicts v = evaluateGroup(result.value());
    ASSERT_EQ(v.databases.size(), result.value().databases.size());
    QStringList group;
    for (const StatusVerdict& g : v.group)
        group.append(g.reason);
    EXPECT_TRUE(group.join(QLatin1Char('\n')).contains(QStringLiteral("disabled")))
        << group.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(group.join(QLatin1Char('\n')).contains(QStringLiteral("<destination path>")));
    for (int i = 0; i < v.databases.size(); ++i) {
        const GroupDatabase& db = result.value().databases.at(i);
        if (db.actualName == QLatin1String("ContosoOrders")) {
            EXPECT_EQ(v.databases[i].level, StatusLevel::Critical);
            EXPECT_TRUE(v.databases[i].reason.startsWith(QStringLiteral("SIMPLE recovery model")));
        } else if (db.method == BackupMethod::BackupJob) {
            EXPECT_EQ(v.databases[i].level, StatusLevel::Warning) << db.actualName.toStdString();
        } else {
            EXPECT_EQ(v.databases[i].level, StatusLevel::Info) << db.defaultName.toStdString();
        }
    }
}

TEST_F(LabTest, LogBackupAgeRaisesWarningThenCritical)
{
    makeCustomDatabaseFull();
    startBackups();
    ASSERT_TRUE(lab->advance(20 * 60).ok());
    auto fresh = lab->backend()->readSnapshot();
    ASSERT_TRUE(fresh.ok());
    GroupVerdicts v = evaluateGroup(fresh.value());
    EXPECT_EQ(v.worst(), StatusLevel::Info) << "only the BAM and SSAS notes remain";

    // Disable the job, let 47 minutes pass: no log backup for that long.
    ServerCommand disable;
    disable.server = LabTopology::SourceServer;
    disable.database = QStringLiteral("msdb");
    disable.procedure = {QStringLiteral("msdb"), QStringLiteral("dbo"),
                         QStringLiteral("sp_update_job")};
    disable.parameters = {{QStringLiteral("job_name"), fresh.value().job.name},
                          {QStringLiteral("enabled"), 0}};
    ASSERT_TRUE(lab->backend()->execute(disable).ok());
    ASSERT_TRUE(lab->advance(47 * 60).ok());
    auto stale = lab->backend()->readSnapshot();
    ASSERT_TRUE(stale.ok());
    v = evaluateGroup(stale.value());
    for (int i = 0; i < v.databases.size(); ++i) {
        if (stale.value().databases[i].method == BackupMethod::BackupJob) {
            EXPECT_EQ(v.databases[i].level, StatusLevel::Warning);
            EXPECT_TRUE(v.databases[i].reason == QStringLiteral("No log backup for 47 minutes."))
                << v.databases[i].reason.toStdString();
        }
    }
    ASSERT_TRUE(lab->advance(60 * 60).ok());
    v = evaluateGroup(lab->backend()->readSnapshot().value());
    EXPECT_EQ(v.databases[0].level, StatusLevel::Critical);
}

TEST_F(LabTest, GridModelPassesTheModelTester)
{
    DatabaseStatusModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    auto first = lab->backend()->readSnapshot();
    ASSERT_TRUE(first.ok());
    model.setSnapshot(first.value(), evaluateGroup(first.value()));
    EXPECT_EQ(model.rowCount(), 14);
    EXPECT_EQ(model.columnCount(), int(DatabaseStatusModel::ColumnCount));

    makeCustomDatabaseFull();
    startBackups();
    ASSERT_TRUE(lab->advance(20 * 60).ok());
    auto second = lab->backend()->readSnapshot();
    ASSERT_TRUE(second.ok());
    model.setSnapshot(second.value(), evaluateGroup(second.value())); // same keys: updated in place
    const int row = model.rowForKey(second.value().databases.at(1).key());
    EXPECT_EQ(row, 1);
    EXPECT_EQ(model.index(row, DatabaseStatusModel::StatusColumn).data().toString(),
              QStringLiteral("OK"));
    EXPECT_EQ(model.index(row, DatabaseStatusModel::LastLogColumn).data().toString(),
              QStringLiteral("11-23 22:15"));
    model.setSnapshot(GroupSnapshot(), GroupVerdicts()); // different keys: reset
    EXPECT_EQ(model.rowCount(), 0);
}
