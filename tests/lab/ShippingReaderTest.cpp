#include "monitoring/ShippingReader.h"
#include "LabScenarioFixture.h"
#include "TempDir.h"
#include "lab/LabConnector.h"
#include "lab/LabFaults.h"
#include "lab/LabTopology.h"

#include <QDir>
#include <QSqlQuery>

#include <gtest/gtest.h>

namespace bts {
namespace {

// The scenarios start at 2026-11-23 21:55 UTC (LABSQL01's zone UTC+1, history in UTC). The
// backup job's first run at 22:00 takes the full set 1 forced by the log shipping set-up, then
// log set 2; a log set every 15 minutes after that, and the daily full set 10 at midnight UTC
// before log set 11. Four hours later (01:55) log set 18 (01:45) is the newest and LABSQL02
// restored set 17 (01:30), holding 18 back.
QDateTime utc(int day, int hour, int minute)
{
    return QDateTime(QDate(2026, 11, day), QTime(hour, minute), Qt::UTC);
}

QString mark(int day, int hour, int minute)
{
    return QStringLiteral("BTS_2026_11_%1_%2_%3_00_000")
        .arg(day, 2, 10, QLatin1Char('0'))
        .arg(hour, 2, 10, QLatin1Char('0'))
        .arg(minute, 2, 10, QLatin1Char('0'));
}

const QString Destination = LabTopology::DestinationServer;

class ShippingReaderTest : public TempDirTest {
protected:
    static ShippingFacts read(const Lab& lab, int lagHistoryHours = 48)
    {
        Result<ShippingFacts> facts = readShippingFacts(*lab.backend(), lagHistoryHours);
        EXPECT_TRUE(facts.ok()) << facts.error().sentence().toStdString();
        return facts.ok() ? facts.value() : ShippingFacts();
    }
    static ShippingFacts read(LabScenario scenario)
    {
        const std::shared_ptr<Lab> lab = ScenarioLabs::get(scenario);
        return lab ? read(*lab) : ShippingFacts();
    }
    // The one destination, LABSQL02, as read.
    static DestinationHistory destination(const ShippingFacts& facts)
    {
        EXPECT_EQ(facts.destinations.size(), 1);
        EXPECT_EQ(facts.snapshot.destinations.size(), facts.destinations.size());
        return facts.destinations.isEmpty() ? DestinationHistory() : facts.destinations.first();
    }
    static std::vector<qint64> ids(const QVector<SetSummary>& sets)
    {
        std::vector<qint64> result;
        for (const SetSummary& set : sets)
            result.push_back(set.setId);
        return result;
    }

    std::shared_ptr<Lab> ownLab(LabScenario scenario)
    {
        auto lab = std::make_shared<Lab>(path(QStringLiteral("lab")));
        const Status applied = applyLabScenario(lab, scenario);
        EXPECT_TRUE(applied.ok()) << applied.error().sentence().toStdString();
        return lab;
    }
    static void onDestination(const Lab& lab, const QString& sql, const QVariantList& values = {})
    {
        Result<QSqlQuery> r =
            LabConnector(lab.root()).run(Destination, QStringLiteral("master"), sql, values);
        ASSERT_TRUE(r.ok()) << r.error().sentence().toStdString();
    }
};

TEST_F(ShippingReaderTest, HealthyShipping)
{
    const ShippingFacts facts = read(LabScenario::Healthy);
    EXPECT_TRUE(facts.sourceReachable);
    EXPECT_EQ(facts.historyNow, utc(24, 1, 55));

    ASSERT_TRUE(facts.newestCompleteLog.has_value());
    EXPECT_EQ(facts.newestCompleteLog->setId, 18);
    EXPECT_FALSE(facts.newestCompleteLog->full);
    EXPECT_TRUE(facts.newestCompleteLog->complete);
    EXPECT_EQ(facts.newestCompleteLog->backupTime, utc(24, 1, 45));
    EXPECT_EQ(facts.newestCompleteLog->markName, mark(24, 1, 45));
    ASSERT_TRUE(facts.newestCompleteFull.has_value());
    EXPECT_EQ(facts.newestCompleteFull->setId, 10);
    EXPECT_TRUE(facts.newestCompleteFull->full);
    EXPECT_EQ(facts.newestCompleteFull->backupTime, utc(24, 0, 0));
    EXPECT_TRUE(facts.newestCompleteFull->markName.isEmpty()) << "full sets carry no mark";
    EXPECT_TRUE(facts.sourcePartialSets.isEmpty());

    const DestinationHistory d = destination(facts);
    EXPECT_EQ(d.server, Destination);
    EXPECT_TRUE(d.read) << d.error.sentence().toStdString();
    ASSERT_TRUE(d.newestImported.has_value());
    EXPECT_EQ(d.newestImported->setId, 18);
    EXPECT_EQ(d.newestImported->markName, mark(24, 1, 45));
    ASSERT_TRUE(d.lastRestored.has_value());
    EXPECT_EQ(d.lastRestored->setId, 17);
    EXPECT_FALSE(d.lastRestored->full);
    EXPECT_TRUE(d.lastRestored->complete);
    EXPECT_EQ(d.lastRestored->backupTime, utc(24, 1, 30));
    EXPECT_EQ(d.lastRestored->markName, mark(24, 1, 30));
    // Restored at 02:45 on LABSQL02's clock (UTC+1): 01:45 in the history's frame (UTC).
    ASSERT_TRUE(d.lastRestoredAt.has_value());
    EXPECT_EQ(*d.lastRestoredAt, utc(24, 1, 45));
    EXPECT_EQ(d.completeLogSetsBehind, 1);
    EXPECT_FALSE(d.unrepairedGap.has_value()) << "the skipped full set 10 is no gap";
    EXPECT_TRUE(d.partialSets.isEmpty());
    EXPECT_TRUE(d.filesChecked);
    EXPECT_TRUE(d.missingFiles.isEmpty());
}

TEST_F(ShippingReaderTest, LagHistoryHasEveryRestoredSetOfTheWindow)
{
    const DestinationHistory d = destination(read(LabScenario::Healthy));
    // Full set 1 and log sets 2-9, 11-17: full set 10 was not needed by the unbroken chain.
    ASSERT_EQ(d.lagHistory.size(), 16);
    EXPECT_EQ(d.lagHistory.first().setId, 1);
    EXPECT_EQ(d.lagHistory.first().backupTime, utc(23, 22, 0));
    EXPECT_EQ(d.lagHistory.first().restoredAt, utc(23, 22, 0));
    EXPECT_EQ(d.lagHistory.first().minutesBehind, 0.0);
    for (int i = 1; i < d.lagHistory.size(); ++i) {
        const LagPoint& p = d.lagHistory.at(i);
        EXPECT_EQ(p.setId, i < 9 ? i + 1 : i + 2);
        EXPECT_NE(p.setId, 10);
        // Each log set is restored when the next one arrives, 15 minutes later.
        EXPECT_EQ(p.minutesBehind, 15.0) << p.setId;
        EXPECT_EQ(p.backupTime.secsTo(p.restoredAt), 15 * 60) << p.setId;
    }
    EXPECT_EQ(d.lagHistory.last().setId, 17);
    EXPECT_EQ(d.lagHistory.last().restoredAt, utc(24, 1, 45));
}

TEST_F(ShippingReaderTest, LagHistoryWindowIsOnTheRestoreTime)
{
    const std::shared_ptr<Lab> lab = ScenarioLabs::get(LabScenario::Healthy);
    ASSERT_TRUE(lab);
    // Restored since 00:55 UTC: sets 14 (restored 01:00) to 17 (01:45).
    const DestinationHistory hour = destination(read(*lab, 1));
    ASSERT_EQ(hour.lagHistory.size(), 4);
    EXPECT_EQ(hour.lagHistory.first().setId, 14);
    EXPECT_EQ(hour.lagHistory.last().setId, 17);
    EXPECT_TRUE(destination(read(*lab, 0)).lagHistory.isEmpty());
}

TEST_F(ShippingReaderTest, DestinationBehind)
{
    const ShippingFacts facts = read(LabScenario::DestinationBehind);
    EXPECT_EQ(facts.historyNow, utc(24, 4, 55));
    ASSERT_TRUE(facts.newestCompleteLog.has_value());
    EXPECT_EQ(facts.newestCompleteLog->setId, 30);
    EXPECT_EQ(facts.newestCompleteLog->backupTime, utc(24, 4, 45));
    const DestinationHistory d = destination(facts);
    EXPECT_TRUE(d.read);
    // Nothing imported or restored since its Agent stopped at 01:55.
    ASSERT_TRUE(d.newestImported && d.lastRestored && d.lastRestoredAt);
    EXPECT_EQ(d.newestImported->setId, 18);
    EXPECT_EQ(d.lastRestored->setId, 17);
    EXPECT_EQ(*d.lastRestoredAt, utc(24, 1, 45));
    EXPECT_EQ(d.completeLogSetsBehind, 13); // log sets 18 to 30
    EXPECT_FALSE(d.unrepairedGap.has_value());
    EXPECT_TRUE(d.partialSets.isEmpty());
    EXPECT_TRUE(d.filesChecked);
    EXPECT_TRUE(d.missingFiles.isEmpty());
    EXPECT_EQ(d.lagHistory.size(), 16);
    EXPECT_EQ(d.lagHistory.last().setId, 17);
}

TEST_F(ShippingReaderTest, PartialSets)
{
    const ShippingFacts facts = read(LabScenario::PartialSet);
    EXPECT_EQ(facts.historyNow, utc(24, 2, 25));
    ASSERT_TRUE(facts.newestCompleteLog.has_value());
    EXPECT_EQ(facts.newestCompleteLog->setId, 18);
    // The runs of 02:00 and 02:15 backed up every database but BizTalkDTADb.
    EXPECT_EQ(ids(facts.sourcePartialSets), (std::vector<qint64>{19, 20}));
    for (const SetSummary& set : facts.sourcePartialSets) {
        EXPECT_FALSE(set.complete);
        EXPECT_FALSE(set.full);
    }
    EXPECT_EQ(facts.sourcePartialSets.first().backupTime, utc(24, 2, 0));
    EXPECT_EQ(facts.sourcePartialSets.first().markName, mark(24, 2, 0));
    EXPECT_EQ(facts.sourcePartialSets.last().markName, mark(24, 2, 15));

    const DestinationHistory d = destination(facts);
    EXPECT_TRUE(d.read);
    // LABSQL02 imported them and cannot restore set 18 without a later complete log set.
    EXPECT_EQ(ids(d.partialSets), (std::vector<qint64>{19, 20}));
    EXPECT_FALSE(d.partialSets.first().complete);
    EXPECT_EQ(d.partialSets.first().backupTime, utc(24, 2, 0));
    ASSERT_TRUE(d.newestImported && d.lastRestored);
    EXPECT_EQ(d.newestImported->setId, 20);
    EXPECT_FALSE(d.newestImported->complete);
    EXPECT_EQ(d.lastRestored->setId, 17);
    EXPECT_EQ(d.completeLogSetsBehind, 1);
    EXPECT_FALSE(d.unrepairedGap.has_value());
    EXPECT_TRUE(d.missingFiles.isEmpty()) << "the partial sets' files that were written exist";
}

TEST_F(ShippingReaderTest, Gap)
{
    const ShippingFacts facts = read(LabScenario::Gap);
    EXPECT_EQ(facts.historyNow, utc(24, 3, 10));
    const DestinationHistory d = destination(facts);
    EXPECT_TRUE(d.read);
    // Log sets 18-20 were never restored: set 21 was restored by hand, 22 by the job again.
    ASSERT_TRUE(d.unrepairedGap.has_value());
    EXPECT_EQ(d.unrepairedGap->firstSetId, 18);
    EXPECT_EQ(d.unrepairedGap->lastSetId, 20);
    EXPECT_EQ(d.unrepairedGap->sets, 3);
    ASSERT_TRUE(d.lastRestored && d.newestImported);
    EXPECT_EQ(d.lastRestored->setId, 22);
    EXPECT_EQ(d.newestImported->setId, 23);
    EXPECT_EQ(d.completeLogSetsBehind, 1);
    EXPECT_TRUE(d.partialSets.isEmpty());

    ASSERT_EQ(d.lagHistory.size(), 18);
    const LagPoint& manual = d.lagHistory.at(16);
    EXPECT_EQ(manual.setId, 21);
    EXPECT_EQ(manual.backupTime, utc(24, 2, 30));
    EXPECT_EQ(manual.restoredAt, utc(24, 2, 55));
    EXPECT_EQ(manual.minutesBehind, 25.0);
    EXPECT_EQ(d.lagHistory.at(17).setId, 22);
    EXPECT_EQ(d.lagHistory.at(17).minutesBehind, 15.0);
}

TEST_F(ShippingReaderTest, MissingBackupFile)
{
    const std::shared_ptr<Lab> lab = ScenarioLabs::get(LabScenario::MissingBackupFile);
    ASSERT_TRUE(lab);
    const ShippingFacts facts = read(*lab);
    EXPECT_EQ(facts.historyNow, utc(24, 2, 10));
    const DestinationHistory d = destination(facts);
    EXPECT_TRUE(d.read);
    EXPECT_TRUE(d.filesChecked);
    // Log set 18's BizTalkMsgBoxDb file, which Restore Databases wanted at 02:00.
    const QString lost =
        QDir::toNativeSeparators(QDir(lab->backupFolder())
                                     .filePath(QStringLiteral("LABSQL01_BizTalkMsgBoxDb_Log_") +
                                               mark(24, 1, 45) + QStringLiteral(".bak")));
    EXPECT_EQ(d.missingFiles, QStringList{lost});
    ASSERT_TRUE(d.lastRestored && d.newestImported);
    EXPECT_EQ(d.lastRestored->setId, 17);
    EXPECT_EQ(d.newestImported->setId, 19);
    EXPECT_EQ(d.completeLogSetsBehind, 2);
    EXPECT_FALSE(d.unrepairedGap.has_value());
}

TEST_F(ShippingReaderTest, JobFailing)
{
    const ShippingFacts facts = read(LabScenario::JobFailing);
    EXPECT_EQ(facts.historyNow, utc(24, 2, 55));
    // No database could be backed up: the failed runs wrote no set at all.
    ASSERT_TRUE(facts.newestCompleteLog.has_value());
    EXPECT_EQ(facts.newestCompleteLog->setId, 18);
    EXPECT_TRUE(facts.sourcePartialSets.isEmpty());
    ASSERT_TRUE(facts.snapshot.job.lastRun.has_value());
    EXPECT_FALSE(facts.snapshot.job.lastRun->succeeded());
    const DestinationHistory d = destination(facts);
    ASSERT_TRUE(d.read && d.lastRestored);
    EXPECT_EQ(d.lastRestored->setId, 17);
    EXPECT_EQ(d.completeLogSetsBehind, 1);
}

TEST_F(ShippingReaderTest, SourceLostReadsTheDestinationAlone)
{
    const ShippingFacts facts = read(LabScenario::SourceLost);
    EXPECT_FALSE(facts.sourceReachable);
    EXPECT_EQ(facts.sourceError.kind, DbError::Kind::ConnectionFailed);
    EXPECT_EQ(facts.snapshot.managementServer, LabTopology::SourceServer);
    EXPECT_EQ(facts.snapshot.managementDatabase, LabTopology::ManagementDatabase);
    EXPECT_FALSE(facts.newestCompleteLog.has_value());
    EXPECT_FALSE(facts.newestCompleteFull.has_value());
    // LABSQL02's clock, in UTC as BizTalk's history is by default.
    EXPECT_EQ(facts.historyNow, utc(24, 2, 10));
    const DestinationHistory d = destination(facts);
    EXPECT_TRUE(d.read) << d.error.sentence().toStdString();
    ASSERT_TRUE(d.lastRestored && d.newestImported);
    EXPECT_EQ(d.lastRestored->setId, 17);
    EXPECT_EQ(d.newestImported->setId, 18);
    EXPECT_EQ(d.newestImported->backupTime, utc(24, 1, 45));
    EXPECT_EQ(d.completeLogSetsBehind, -1) << "only the source knows";
    EXPECT_EQ(d.lagHistory.size(), 16);
}

TEST_F(ShippingReaderTest, NothingReachableFails)
{
    const std::shared_ptr<Lab> lab = ownLab(LabScenario::SourceLost);
    ASSERT_TRUE(lab->setFault(LabFault::ServerLost, Destination, {}, true).ok());
    const Result<ShippingFacts> facts = readShippingFacts(*lab->backend());
    ASSERT_FALSE(facts.ok());
    EXPECT_EQ(facts.error().kind, DbError::Kind::ConnectionFailed);
    EXPECT_TRUE(facts.error().summary.contains(LabTopology::SourceServer))
        << facts.error().summary.toStdString();
}

TEST_F(ShippingReaderTest, AnUnreachableDestinationIsNotAnError)
{
    const std::shared_ptr<Lab> lab = ownLab(LabScenario::Healthy);
    ASSERT_TRUE(lab->setFault(LabFault::ServerLost, Destination, {}, true).ok());
    const ShippingFacts facts = read(*lab);
    EXPECT_TRUE(facts.sourceReachable);
    ASSERT_TRUE(facts.newestCompleteLog.has_value());
    const DestinationHistory d = destination(facts);
    EXPECT_FALSE(d.read);
    EXPECT_EQ(d.error.kind, DbError::Kind::ConnectionFailed);
    EXPECT_FALSE(d.lastRestored.has_value());
}

TEST_F(ShippingReaderTest, MovedFilesAreLookedForWhereTheDestinationReadsThem)
{
    const std::shared_ptr<Lab> lab = ownLab(LabScenario::Healthy);
    // Facts §2.5: LABSQL02 reads BizTalkMsgBoxDb's log backups from another folder, which does
    // not hold them.
    const QString moved = QDir::toNativeSeparators(path(QStringLiteral("Moved")));
    onDestination(*lab,
                  QStringLiteral("UPDATE dbo.bts_LogShippingDatabases SET LogFileLocation = ? "
                                 "WHERE DatabaseName = ?"),
                  {moved, LabTopology::MessageBoxDatabase});
    const DestinationHistory d = destination(read(*lab));
    EXPECT_TRUE(d.filesChecked);
    // Set 18, the one imported set not restored yet.
    EXPECT_EQ(d.missingFiles, QStringList{moved + QDir::separator() +
                                          QStringLiteral("LABSQL01_BizTalkMsgBoxDb_Log_") +
                                          mark(24, 1, 45) + QStringLiteral(".bak")});
}

TEST_F(ShippingReaderTest, AServerThatCannotCheckFilesSaysSoWithoutAnError)
{
    const std::shared_ptr<Lab> lab = ownLab(LabScenario::MissingBackupFile);
    // As sys.dm_os_file_exists fails before SQL Server 2017: the lab's stand-in is gone.
    onDestination(*lab, QStringLiteral("DROP TABLE dbo.lab_Files"));
    const DestinationHistory d = destination(read(*lab));
    EXPECT_TRUE(d.read) << d.error.sentence().toStdString();
    EXPECT_FALSE(d.filesChecked);
    EXPECT_TRUE(d.missingFiles.isEmpty());
    ASSERT_TRUE(d.lastRestored.has_value());
    EXPECT_EQ(d.lastRestored->setId, 17);
}

TEST_F(ShippingReaderTest, AnUndocumentedColumnMissingIsNamed)
{
    const std::shared_ptr<Lab> lab = ownLab(LabScenario::Healthy);
    // MarkName is one of the columns derived from sp_GetBackupHistory (facts §2.4).
    onDestination(*lab, QStringLiteral("ALTER TABLE dbo.bts_LogShippingHistory DROP COLUMN "
                                       "MarkName"));
    const ShippingFacts facts = read(*lab);
    ASSERT_TRUE(facts.newestCompleteLog.has_value()) << "the source is read all the same";
    const DestinationHistory d = destination(facts);
    EXPECT_FALSE(d.read);
    EXPECT_TRUE(d.error.summary.contains(QStringLiteral("MarkName")))
        << d.error.summary.toStdString();
}

TEST_F(ShippingReaderTest, FilesAreNotCheckedWithoutTheFileColumns)
{
    const std::shared_ptr<Lab> lab = ownLab(LabScenario::MissingBackupFile);
    onDestination(*lab, QStringLiteral("ALTER TABLE dbo.bts_LogShippingHistory DROP COLUMN "
                                       "BackupFileName"));
    const DestinationHistory d = destination(read(*lab));
    EXPECT_TRUE(d.read) << d.error.sentence().toStdString();
    EXPECT_FALSE(d.filesChecked);
    EXPECT_TRUE(d.missingFiles.isEmpty());
}

} // namespace
} // namespace bts
