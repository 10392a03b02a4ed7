#include "LabScenarioFixture.h"
#include "TempDir.h"
#include "lab/LabBackupFiles.h"
#include "lab/LabConnector.h"
#include "lab/LabFaults.h"
#include "lab/LabLogShipping.h"
#include "lab/LabTopology.h"

#include <QDir>
#include <QFileInfo>
#include <QSet>
#include <QSqlQuery>

#include <gtest/gtest.h>

namespace bts {
namespace {

const QString Source = LabTopology::SourceServer;
const QString Destination = LabTopology::DestinationServer;
const QString Master = QStringLiteral("master");

const LabScenario AllScenarios[] = {LabScenario::Healthy,           LabScenario::DestinationBehind,
                                    LabScenario::PartialSet,        LabScenario::Gap,
                                    LabScenario::MissingBackupFile, LabScenario::JobFailing,
                                    LabScenario::SourceLost};

QVariant scalar(const Lab& lab, const QString& server, const QString& database, const QString& sql,
                const QVariantList& values = {})
{
    const Result<QVariant> r = LabConnector(lab.root()).scalar(server, database, sql, values);
    EXPECT_TRUE(r.ok()) << sql.toStdString();
    return r.ok() ? r.value() : QVariant();
}

qint64 lastRestoredSet(const Lab& lab)
{
    return scalar(lab, Destination, Master,
                  QStringLiteral("SELECT MAX(LastRestoreSetId) FROM bts_LogShippingLastRestoreSet"))
        .toLongLong();
}

// The outcome (step 0) of a job's newest run on a server: 1 succeeded, 0 failed.
int lastOutcome(const Lab& lab, const QString& server, const QString& job)
{
    const QVariant v =
        scalar(lab, server, QStringLiteral("msdb"),
               QStringLiteral("SELECT h.run_status FROM sysjobhistory h JOIN sysjobs "
                              "j ON j.job_id = h.job_id WHERE j.name = ? AND "
                              "h.step_id = 0 ORDER BY h.instance_id DESC LIMIT 1"),
               {job});
    return v.isNull() ? -1 : v.toInt();
}

const QString BackupJob = QStringLiteral("Backup BizTalk Server (BizTalkMgmtDb)");

TEST(LabScenarioNames, RoundTripInTheEnumsOrder)
{
    EXPECT_EQ(labScenarioNames(),
              QStringList({QStringLiteral("healthy"), QStringLiteral("behind"),
                           QStringLiteral("partial-set"), QStringLiteral("gap"),
                           QStringLiteral("missing-file"), QStringLiteral("job-failing"),
                           QStringLiteral("source-lost")}));
    QSet<QString> descriptions;
    for (const LabScenario scenario : AllScenarios) {
        EXPECT_EQ(labScenarioFromName(labScenarioName(scenario)), scenario);
        const QString description = labScenarioDescription(scenario);
        EXPECT_TRUE(description.endsWith(QLatin1Char('.'))) << description.toStdString();
        descriptions.insert(description);
    }
    EXPECT_EQ(descriptions.size(), int(std::size(AllScenarios)));
    EXPECT_EQ(labScenarioFromName(QStringLiteral(" Partial-Set ")), LabScenario::PartialSet);
    EXPECT_FALSE(labScenarioFromName(QStringLiteral("'; DROP")).has_value());
    EXPECT_FALSE(labScenarioFromName(QString()).has_value());
}

TEST(LabScenarios, HealthyRunsBackupsAndRestoresForFourHours)
{
    const std::shared_ptr<Lab> lab = ScenarioLabs::get(LabScenario::Healthy);
    ASSERT_TRUE(lab);
    EXPECT_EQ(lab->utcNow().value(), QDateTime(QDate(2026, 11, 24), QTime(1, 55), Qt::UTC));
    EXPECT_EQ(lastOutcome(*lab, Source, BackupJob), 1);
    EXPECT_EQ(lastOutcome(*lab, Destination, LabLogShipping::RestoreDatabasesJob), 1);
    EXPECT_EQ(lastRestoredSet(*lab), 17);
    // The SIMPLE custom database left the job, as the log shipping set-up takes it out.
    EXPECT_EQ(
        scalar(*lab, Source, LabTopology::ManagementDatabase,
               QStringLiteral("SELECT COUNT(*) FROM adm_BackupHistory WHERE DatabaseName = ?"),
               {LabTopology::CustomDatabase})
            .toInt(),
        0);
}

TEST(LabScenarios, BehindStopsTheDestinationsAgentForThreeHours)
{
    const std::shared_ptr<Lab> lab = ScenarioLabs::get(LabScenario::DestinationBehind);
    ASSERT_TRUE(lab);
    EXPECT_EQ(lab->utcNow().value(), QDateTime(QDate(2026, 11, 24), QTime(4, 55), Qt::UTC));
    const LabConnector connector(lab->root());
    EXPECT_TRUE(LabFaults(connector).isSet(LabFault::AgentStopped, Destination).value());
    EXPECT_EQ(scalar(*lab, Destination, Master,
                     QStringLiteral("SELECT status_desc FROM lab_Services WHERE servicename "
                                    "LIKE 'SQL Server Agent%'"))
                  .toString(),
              QStringLiteral("Stopped"));
    EXPECT_EQ(lastRestoredSet(*lab), 17);
    EXPECT_EQ(lastOutcome(*lab, Source, BackupJob), 1);
}

TEST(LabScenarios, PartialSetFailsTheTrackingDatabasesBackups)
{
    const std::shared_ptr<Lab> lab = ScenarioLabs::get(LabScenario::PartialSet);
    ASSERT_TRUE(lab);
    const LabConnector connector(lab->root());
    EXPECT_TRUE(LabFaults(connector)
                    .isSet(LabFault::BackupFails, Source, LabTopology::TrackingDatabase)
                    .value());
    EXPECT_EQ(scalar(*lab, Source, LabTopology::ManagementDatabase,
                     QStringLiteral("SELECT COUNT(DISTINCT BackupSetId) FROM adm_BackupHistory "
                                    "WHERE SetComplete = 0"))
                  .toInt(),
              2);
    EXPECT_EQ(lastOutcome(*lab, Source, BackupJob), 0);
    // LABSQL02 holds set 18 back: no complete log set follows it.
    EXPECT_EQ(lastRestoredSet(*lab), 17);
}

TEST(LabScenarios, GapRecordsAManualRestoreAndTheJobGoesOn)
{
    const std::shared_ptr<Lab> lab = ScenarioLabs::get(LabScenario::Gap);
    ASSERT_TRUE(lab);
    EXPECT_EQ(lastRestoredSet(*lab), 22);
    EXPECT_EQ(scalar(*lab, Destination, Master,
                     QStringLiteral("SELECT COUNT(DISTINCT BackupSetId) FROM "
                                    "bts_LogShippingHistory WHERE Restored = 0 AND BackupSetId "
                                    "BETWEEN 18 AND 20"))
                  .toInt(),
              3);
    EXPECT_EQ(scalar(*lab, Destination, QStringLiteral("msdb"),
                     QStringLiteral("SELECT enabled FROM sysjobs WHERE name = ?"),
                     {LabLogShipping::RestoreDatabasesJob})
                  .toInt(),
              1);
    EXPECT_EQ(lastOutcome(*lab, Destination, LabLogShipping::RestoreDatabasesJob), 1);
}

TEST(LabScenarios, MissingFileIsGoneFromDiskAndFromTheLabsRecord)
{
    const std::shared_ptr<Lab> lab = ScenarioLabs::get(LabScenario::MissingBackupFile);
    ASSERT_TRUE(lab);
    const LabConnector connector(lab->root());
    EXPECT_FALSE(
        LabFaults(connector)
            .isSet(LabFault::MissingBackupFile, Destination, LabTopology::MessageBoxDatabase)
            .value())
        << "the fault struck";
    const QString lost = QDir(lab->backupFolder())
                             .filePath(QStringLiteral("LABSQL01_BizTalkMsgBoxDb_Log_BTS_2026_11_24_"
                                                      "01_45_00_000.bak"));
    EXPECT_FALSE(QFileInfo::exists(lost));
    for (const QString& server : LabTopology::servers()) {
        EXPECT_EQ(scalar(*lab, server, Master,
                         QStringLiteral("SELECT COUNT(*) FROM lab_Files WHERE path = ?"),
                         {LabBackupFiles::key(lost)})
                      .toInt(),
                  0)
            << server.toStdString();
    }
    EXPECT_EQ(lastOutcome(*lab, Destination, LabLogShipping::RestoreDatabasesJob), 0);
    EXPECT_EQ(lastRestoredSet(*lab), 17);
}

TEST(LabScenarios, JobFailingFailsEveryRunOfTheBackupJob)
{
    const std::shared_ptr<Lab> lab = ScenarioLabs::get(LabScenario::JobFailing);
    ASSERT_TRUE(lab);
    // The four runs of the last hour (02:00 to 02:45) all failed.
    Result<QSqlQuery> runs =
        LabConnector(lab->root())
            .run(
                Source, QStringLiteral("msdb"),
                QStringLiteral("SELECT h.run_status, h.message FROM sysjobhistory h JOIN sysjobs j "
                               "ON j.job_id = h.job_id WHERE j.name = ? AND h.step_id = 0 "
                               "ORDER BY h.instance_id DESC LIMIT 4"),
                {BackupJob});
    ASSERT_TRUE(runs.ok());
    int failed = 0;
    while (runs.value().next())
        failed += runs.value().value(0).toInt() == 0 ? 1 : 0;
    EXPECT_EQ(failed, 4);
    const QString step = scalar(*lab, Source, QStringLiteral("msdb"),
                                QStringLiteral("SELECT h.message FROM sysjobhistory h WHERE "
                                               "h.step_id = 3 ORDER BY h.instance_id DESC LIMIT 1"))
                             .toString();
    EXPECT_TRUE(step.contains(QStringLiteral("Cannot open backup device"))) << step.toStdString();
}

TEST(LabScenarios, SourceLostLeavesOnlyTheDestination)
{
    const std::shared_ptr<Lab> lab = ScenarioLabs::get(LabScenario::SourceLost);
    ASSERT_TRUE(lab);
    const Result<GroupSnapshot> snapshot = lab->backend()->readSnapshot();
    ASSERT_FALSE(snapshot.ok());
    EXPECT_EQ(snapshot.error().kind, DbError::Kind::ConnectionFailed);
    // LABSQL02's Get Backup History cannot reach the lost source any more.
    EXPECT_EQ(lastOutcome(*lab, Destination, LabLogShipping::GetBackupHistoryJob), 0);
}

class LabScenarioTest : public TempDirTest {};

TEST_F(LabScenarioTest, StartsWhereItIsToldAndResetsTheLab)
{
    auto lab = std::make_shared<Lab>(path(QStringLiteral("lab")));
    const QDateTime start(QDate(2027, 3, 1), QTime(8, 0), Qt::UTC);
    ASSERT_TRUE(applyLabScenario(lab, LabScenario::SourceLost, start).ok());
    ASSERT_TRUE(applyLabScenario(lab, LabScenario::Healthy, start).ok());
    EXPECT_EQ(lab->utcNow().value(), start.addSecs(4 * 3600));
    EXPECT_FALSE(LabConnector(lab->root()).isLost(Source)) << "the reset forgot the fault";
    EXPECT_TRUE(lab->backend()->readSnapshot().ok());
}

TEST_F(LabScenarioTest, EveryBackupFileIsRecordedOnEveryServer)
{
    const std::shared_ptr<Lab> lab = ScenarioLabs::get(LabScenario::Healthy);
    ASSERT_TRUE(lab);
    const QStringList files = QDir(lab->backupFolder()).entryList(QDir::Files);
    ASSERT_FALSE(files.isEmpty());
    for (const QString& server : LabTopology::servers()) {
        EXPECT_EQ(
            scalar(*lab, server, Master, QStringLiteral("SELECT COUNT(*) FROM lab_Files")).toInt(),
            files.size())
            << server.toStdString();
    }
}

TEST_F(LabScenarioTest, AnOlderLabRecordsItsBackupFilesWhenUpgraded)
{
    auto lab = std::make_shared<Lab>(path(QStringLiteral("lab")));
    ASSERT_TRUE(applyLabScenario(lab, LabScenario::Healthy).ok());
    const int files = int(QDir(lab->backupFolder()).entryList(QDir::Files).size());
    const LabConnector connector(lab->root());
    for (const QString& server : LabTopology::servers())
        ASSERT_TRUE(connector.run(server, Master, QStringLiteral("DROP TABLE lab_Files")).ok());
    ASSERT_TRUE(lab->ensureCreated().ok());
    for (const QString& server : LabTopology::servers()) {
        EXPECT_EQ(
            scalar(*lab, server, Master, QStringLiteral("SELECT COUNT(*) FROM lab_Files")).toInt(),
            files)
            << server.toStdString();
    }
    // Recorded under the path a destination joins from the history's folder and file name.
    const QString file = QDir::toNativeSeparators(
        QDir(lab->backupFolder())
            .filePath(QStringLiteral("LABSQL01_SSODB_Log_BTS_2026_11_24_01_45_00_000.bak")));
    EXPECT_EQ(scalar(*lab, Destination, Master,
                     QStringLiteral("SELECT COUNT(*) FROM lab_Files WHERE path = ?"),
                     {LabBackupFiles::key(file)})
                  .toInt(),
              1);
}

} // namespace
} // namespace bts
