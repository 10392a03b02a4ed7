#include "LabDestinationFixture.h"

#include "core/ThreadConnections.h"
#include "lab/LabBackend.h"
#include "restore/RestorePreflight.h"

#include <algorithm>

using namespace bts;

namespace {

QStringList messagesAt(const RestorePreflight& preflight, PreflightFinding::Level level)
{
    QStringList messages;
    for (const PreflightFinding& f : preflight.findings) {
        if (f.level == level)
            messages.append(f.message);
    }
    return messages;
}

bool anyContains(const QStringList& messages, const QString& text)
{
    return std::any_of(messages.begin(), messages.end(),
                       [&](const QString& m) { return m.contains(text); });
}

std::string dump(const RestorePreflight& preflight)
{
    QString text;
    for (const PreflightFinding& f : preflight.findings)
        text += QStringLiteral("\n[%1] %2").arg(int(f.level)).arg(f.message);
    return (text + QStringLiteral("\n") + preflight.outcome.sentence).toStdString();
}

QDateTime utc(int day, int hour, int minute, int ms = 0)
{
    return QDateTime(QDate(2026, 11, day), QTime(hour, minute, 0, ms), Qt::UTC);
}

} // namespace

class RestorePreflightTest : public LabDestinationTest {
protected:
    RestorePreflight preflight()
    {
        auto read = readPreflight(*lab->backend());
        EXPECT_TRUE(read.ok()) << read.error().sentence().toStdString();
        return read.ok() ? read.value() : RestorePreflight();
    }
};

TEST_F(RestorePreflightTest, AnAlignedDestinationRestoresToTheMarkOfTheLogSetItHoldsBack)
{
    startLogShipping();
    // Log sets at 22:00 (2), 22:15 (3) and 22:30 (4): set 3 restored, 4 held back.
    ASSERT_TRUE(lab->advance(40 * 60).ok());
    const RestorePreflight p = preflight();
    EXPECT_FALSE(p.blocked()) << dump(p);
    EXPECT_FALSE(p.sourceLost);
    EXPECT_EQ(p.sourceNewestLogSet, 4);
    ASSERT_EQ(p.destinations.size(), 1);
    const DestinationPreflight& d = p.destinations.first();
    EXPECT_EQ(d.lastRestoredSetId, 3);
    EXPECT_EQ(d.newestImportedSetId, 4);
    EXPECT_TRUE(d.getBackupHistory.enabled);
    EXPECT_FALSE(d.restoreDatabases.running);
    EXPECT_EQ(d.setsBehind, 0);
    // Restore To Mark restores the held-back set 4 on top of set 3 and stops at its mark.
    EXPECT_EQ(d.targetSetId, 4);

    EXPECT_EQ(p.outcome.setId, 4);
    EXPECT_EQ(p.outcome.markName, QStringLiteral("BTS_2026_11_23_22_30_00_000"));
    EXPECT_EQ(p.outcome.markTime, utc(23, 22, 30));
    EXPECT_EQ(p.outcome.lostMinutes, 0);
    EXPECT_EQ(p.outcome.sentence,
              QStringLiteral("Restoring now brings every database to mark "
                             "BTS_2026_11_23_22_30_00_000 (22:30 UTC); no backup taken after it is "
                             "lost."));
    // The only warning: the source still answers, its job enabled.
    const QStringList warnings = messagesAt(p, PreflightFinding::Warning);
    ASSERT_EQ(warnings.size(), 1) << dump(p);
    EXPECT_TRUE(warnings.first().contains(
        QStringLiteral("disable Backup BizTalk Server (BizTalkMgmtDb) on it first")));
    const QStringList ok = messagesAt(p, PreflightFinding::Ok);
    EXPECT_TRUE(anyContains(ok, QStringLiteral("one set behind the source's newest complete log "
                                               "set 4, as normal")))
        << dump(p);
    EXPECT_TRUE(anyContains(ok, QStringLiteral("Get Backup History (enabled) and Restore "
                                               "Databases (enabled) are idle")))
        << dump(p);

    // The lab's Restore To Mark, run as the runbook says (facts §3.2), stops at that mark.
    ASSERT_TRUE(setJobEnabled(LabLogShipping::GetBackupHistoryJob, false).ok());
    ASSERT_TRUE(setJobEnabled(LabLogShipping::RestoreDatabasesJob, false).ok());
    ASSERT_TRUE(startJob(LabLogShipping::RestoreToMarkJob).ok());
    const LastRun run = lastRun(LabLogShipping::RestoreToMarkJob);
    EXPECT_EQ(run.status, 1) << run.stepMessage.toStdString();
    EXPECT_TRUE(run.stepMessage.contains(p.outcome.markName)) << run.stepMessage.toStdString();
}

TEST_F(RestorePreflightTest, ASetWithoutHistoryRowsHasNoMark)
{
    startLogShipping();
    ASSERT_TRUE(lab->advance(10 * 60).ok());
    const auto point = readRestorePoint(lab->backend()->connector(), Destination, 999);
    ASSERT_TRUE(point.ok()) << point.error().sentence().toStdString();
    EXPECT_FALSE(point.value().known());
    const auto unreachable =
        readRestorePoint(lab->backend()->connector(), QStringLiteral("LABSQL09"), 1);
    ASSERT_FALSE(unreachable.ok());
    EXPECT_EQ(unreachable.error().kind, DbError::Kind::ConnectionFailed);
}

TEST_F(RestorePreflightTest, ADestinationWhoseRestoreJobStoppedLagsTheSource)
{
    startLogShipping();
    ASSERT_TRUE(lab->advance(25 * 60).ok()); // 22:15: set 2 (22:00) restored, 3 held
    ASSERT_TRUE(setJobEnabled(LabLogShipping::RestoreDatabasesJob, false).ok());
    ASSERT_TRUE(lab->advance(60 * 60).ok()); // log sets up to 7 (23:15), nothing restored
    const RestorePreflight p = preflight();
    EXPECT_FALSE(p.blocked()) << dump(p);
    ASSERT_EQ(p.destinations.size(), 1);
    EXPECT_EQ(p.destinations.first().lastRestoredSetId, 2);
    EXPECT_EQ(p.destinations.first().newestImportedSetId, 7);
    EXPECT_FALSE(p.destinations.first().restoreDatabases.enabled);
    EXPECT_EQ(p.sourceNewestLogSet, 7);
    // Get Backup History went on importing: Restore To Mark restores sets 3 to 7 and stops at
    // the mark of 7, so nothing is lost, though the destination lags.
    EXPECT_EQ(p.outcome.setId, 7);
    EXPECT_EQ(p.outcome.markName, QStringLiteral("BTS_2026_11_23_23_15_00_000"));
    EXPECT_EQ(p.outcome.lostMinutes, 0);
    EXPECT_TRUE(p.outcome.sentence.endsWith(QStringLiteral("no backup taken after it is lost.")))
        << p.outcome.sentence.toStdString();
    const QStringList warnings = messagesAt(p, PreflightFinding::Warning);
    EXPECT_TRUE(
        anyContains(warnings, QStringLiteral("LABSQL02 restored up to set 2, 5 backup sets behind "
                                             "the source's newest complete log set 7")))
        << dump(p);
    EXPECT_TRUE(anyContains(warnings, QStringLiteral("run it once more on LABSQL02"))) << dump(p);
    EXPECT_FALSE(anyContains(warnings, QStringLiteral("The restore point is"))) << dump(p);
    EXPECT_TRUE(anyContains(messagesAt(p, PreflightFinding::Ok),
                            QStringLiteral("Restore Databases (disabled) are idle")));
}

TEST_F(RestorePreflightTest, ADestinationThatStoppedImportingLosesWhatItNeverImported)
{
    startLogShipping();
    ASSERT_TRUE(lab->advance(25 * 60).ok()); // 22:15: set 2 (22:00) restored, 3 (22:15) held
    ASSERT_TRUE(setJobEnabled(LabLogShipping::GetBackupHistoryJob, false).ok());
    ASSERT_TRUE(setJobEnabled(LabLogShipping::RestoreDatabasesJob, false).ok());
    ASSERT_TRUE(lab->advance(75 * 60).ok()); // log sets up to 8 (23:30), none imported
    const RestorePreflight p = preflight();
    EXPECT_FALSE(p.blocked()) << dump(p);
    ASSERT_EQ(p.destinations.size(), 1);
    EXPECT_EQ(p.destinations.first().lastRestoredSetId, 2);
    EXPECT_EQ(p.destinations.first().newestImportedSetId, 3);
    EXPECT_EQ(p.sourceNewestLogSet, 8);
    // The held-back set 3 is the furthest Restore To Mark can go.
    EXPECT_EQ(p.outcome.setId, 3);
    EXPECT_EQ(p.outcome.markName, QStringLiteral("BTS_2026_11_23_22_15_00_000"));
    EXPECT_EQ(p.outcome.lostMinutes, 75);
    EXPECT_TRUE(p.outcome.sentence.endsWith(QStringLiteral("lost: about 75 minutes.")))
        << p.outcome.sentence.toStdString();
    EXPECT_TRUE(anyContains(messagesAt(p, PreflightFinding::Warning),
                            QStringLiteral("The restore point is 75 minutes older than the newest "
                                           "log backup on the source (more than 60)")))
        << dump(p);
}

TEST_F(RestorePreflightTest, APartialSetNewerThanTheRestorePointIsAWarning)
{
    startLogShipping();
    ASSERT_TRUE(lab->advance(10 * 60).ok()); // 22:05: full set 1 restored, log set 2 held
    ASSERT_TRUE(lab->setFault(LabFault::BackupFails, LabTopology::SourceServer,
                              QStringLiteral("BizTalkDTADb"), true)
                    .ok());
    ASSERT_TRUE(lab->advance(15 * 60).ok()); // 22:15: partial log set 3
    const RestorePreflight p = preflight();
    EXPECT_FALSE(p.blocked()) << dump(p);
    ASSERT_EQ(p.destinations.size(), 1);
    // The partial set was imported, but it cannot be restored: the log set 2 before it, held
    // back by Restore Databases, is what Restore To Mark reaches.
    EXPECT_EQ(p.destinations.first().newestImportedSetId, 3);
    EXPECT_EQ(p.destinations.first().lastRestoredSetId, 1);
    EXPECT_EQ(p.outcome.setId, 2);
    EXPECT_EQ(p.outcome.markName, QStringLiteral("BTS_2026_11_23_22_00_00_000"));
    EXPECT_TRUE(anyContains(messagesAt(p, PreflightFinding::Warning),
                            QStringLiteral("Backup set 3 on the source, taken 22:15 UTC, is "
                                           "partial")))
        << dump(p);
    // And Restore To Mark reaches exactly that mark.
    ASSERT_TRUE(setJobEnabled(LabLogShipping::GetBackupHistoryJob, false).ok());
    ASSERT_TRUE(setJobEnabled(LabLogShipping::RestoreDatabasesJob, false).ok());
    ASSERT_TRUE(startJob(LabLogShipping::RestoreToMarkJob).ok());
    EXPECT_EQ(lastRestoredSet(), 2);
}

TEST_F(RestorePreflightTest, APartialSetBeforeTheNewestKeepsTheLastRestoredMark)
{
    startLogShipping();
    ASSERT_TRUE(lab->advance(10 * 60).ok()); // 22:05: full set 1 restored, log set 2 held
    ASSERT_TRUE(lab->setFault(LabFault::BackupFails, LabTopology::SourceServer,
                              QStringLiteral("BizTalkDTADb"), true)
                    .ok());
    ASSERT_TRUE(lab->advance(15 * 60).ok()); // 22:15: partial log set 3
    ASSERT_TRUE(lab->setFault(LabFault::BackupFails, LabTopology::SourceServer,
                              QStringLiteral("BizTalkDTADb"), false)
                    .ok());
    ASSERT_TRUE(lab->advance(15 * 60).ok()); // 22:30: complete log set 4; 2 restored
    const RestorePreflight p = preflight();
    ASSERT_EQ(p.destinations.size(), 1);
    const DestinationPreflight& d = p.destinations.first();
    EXPECT_EQ(d.lastRestoredSetId, 2) << dump(p);
    EXPECT_EQ(d.newestImportedSetId, 4);
    // Set 4 is complete, but the partial set 3 breaks the chain before it.
    EXPECT_EQ(d.targetSetId, 2);
    EXPECT_EQ(p.outcome.setId, 2);
    EXPECT_EQ(p.outcome.markName, QStringLiteral("BTS_2026_11_23_22_00_00_000"));
    EXPECT_TRUE(anyContains(messagesAt(p, PreflightFinding::Warning),
                            QStringLiteral("Backup set 3 on the source, taken 22:15 UTC, is "
                                           "partial")))
        << dump(p);
}

TEST_F(RestorePreflightTest, AnUnconfiguredDestinationBlocks)
{
    startBackups();
    const RestorePreflight p = preflight();
    EXPECT_TRUE(p.blocked());
    EXPECT_TRUE(anyContains(messagesAt(p, PreflightFinding::Blocker),
                            QStringLiteral("Log shipping is not configured on LABSQL02")))
        << dump(p);
    EXPECT_EQ(p.outcome.setId, -1);
    EXPECT_EQ(p.outcome.sentence, QStringLiteral("No destination has restored a backup set yet: "
                                                 "there is no mark to restore to."));
}

TEST_F(RestorePreflightTest, WithTheSourceLostTheDestinationAloneIsRead)
{
    startLogShipping();
    ASSERT_TRUE(lab->advance(40 * 60).ok()); // set 3 (22:15) restored, 4 (22:30) imported
    // The source server disappears: its files are closed first, as they would be on Windows.
    ThreadConnections::discardAll(QStringLiteral("lab|") + lab->root());
    QDir root(lab->root());
    ASSERT_TRUE(root.rename(LabTopology::SourceServer, QStringLiteral("LABSQL01.lost")));
    const LabBackend backend(lab->root());
    ASSERT_FALSE(backend.readSnapshot().ok());

    const auto read = readPreflight(backend);
    ASSERT_TRUE(read.ok()) << read.error().sentence().toStdString();
    const RestorePreflight& p = read.value();
    EXPECT_TRUE(p.sourceLost);
    EXPECT_FALSE(p.blocked()) << dump(p);
    EXPECT_EQ(p.sourceNewestLogSet, -1);
    ASSERT_EQ(p.destinations.size(), 1);
    EXPECT_TRUE(p.destinations.first().reachable);
    // The held-back set 4 is the target, and the newest imported: the loss is what the source
    // backed up after it, which is not known.
    EXPECT_EQ(p.outcome.setId, 4);
    EXPECT_EQ(p.outcome.markName, QStringLiteral("BTS_2026_11_23_22_30_00_000"));
    EXPECT_EQ(p.outcome.lostMinutes, 0);
    EXPECT_TRUE(p.outcome.sentence.contains(
        QStringLiteral("lost: less than a minute of what the destinations imported, and whatever "
                       "the source backed up that they never imported.")))
        << p.outcome.sentence.toStdString();
    EXPECT_TRUE(anyContains(messagesAt(p, PreflightFinding::Warning),
                            QStringLiteral("The source LABSQL01 cannot be reached")))
        << dump(p);
    EXPECT_TRUE(anyContains(messagesAt(p, PreflightFinding::Ok),
                            QStringLiteral("one set behind the newest set it imported, 4")))
        << dump(p);
}

// Pure tests of evaluatePreflight on a group built by hand: two destinations.
class PreflightByHand : public ::testing::Test {
protected:
    static DestinationState destination(const QString& server, qint64 lastRestored)
    {
        DestinationState d;
        d.server = server;
        d.reachable = true;
        d.tables = {QStringLiteral("bts_LogShippingDatabases"),
                    QStringLiteral("bts_LogShippingHistory"),
                    QStringLiteral("bts_LogShippingLastRestoreSet")};
        d.lastRestoreSets = {{{QStringLiteral("LastRestoreSetId"), lastRestored}}};
        d.newestImportedSetId = 12;
        for (const QString& name :
             {LabLogShipping::GetBackupHistoryJob, LabLogShipping::RestoreDatabasesJob,
              LabLogShipping::RestoreToMarkJob}) {
            LogShippingJob job;
            job.name = name;
            job.kind = classifyLogShippingJob(name);
            job.enabled = job.kind != LogShippingJobKind::RestoreToMark;
            JobRun run;
            run.runStatus = 1;
            job.lastRun = run;
            d.jobs.append(job);
        }
        return d;
    }
    static RestorePoint point(const QString& server, qint64 setId, const QDateTime& when,
                              bool complete = true)
    {
        return {server, setId,
                QStringLiteral("BTS_") + when.toString(QStringLiteral("yyyy_MM_dd_HH_mm_ss_zzz")),
                when, complete};
    }

    void SetUp() override
    {
        snapshot.managementServer = QStringLiteral("PROD-SQL01");
        snapshot.job.found = true;
        snapshot.job.enabled = false;
        snapshot.job.name = QStringLiteral("Backup BizTalk Server (BizTalkMgmtDb)");
        snapshot.newestCompleteLogSet = 12;
        GroupDatabase db;
        db.lastLogBackup = utc(24, 3, 0);
        snapshot.databases = {db};
        snapshot.destinations = {destination(QStringLiteral("DR1"), 11),
                                 destination(QStringLiteral("DR2"), 9)};
        points = {point(QStringLiteral("DR1"), 11, utc(24, 2, 45, 123)),
                  point(QStringLiteral("DR2"), 9, utc(24, 2, 15, 50))};
    }

    GroupSnapshot snapshot;
    QVector<RestorePoint> points;
};

TEST_F(PreflightByHand, DestinationsAtDifferentSetsBlockAndTheLaggingOneIsNamed)
{
    const RestorePreflight p = evaluatePreflight(snapshot, true, points);
    ASSERT_TRUE(p.blocked());
    const QStringList blockers = messagesAt(p, PreflightFinding::Blocker);
    ASSERT_EQ(blockers.size(), 1) << dump(p);
    EXPECT_EQ(blockers.first(),
              QStringLiteral("DR2 is at backup set 9, 2 backup sets and 30 minutes behind DR1 at "
                             "set 11: the destinations must be at the same set. Running Restore "
                             "Databases once more on DR2 may align them."));
    EXPECT_EQ(p.findings.first().level, PreflightFinding::Blocker);
    ASSERT_EQ(p.destinations.size(), 2);
    EXPECT_EQ(p.destinations[0].setsBehind, 0);
    EXPECT_EQ(p.destinations[1].setsBehind, 2);
    EXPECT_EQ(p.destinations[1].minutesBehind, 30);
    // The oldest restored set is what every destination has.
    EXPECT_EQ(p.outcome.setId, 9);
    EXPECT_EQ(p.outcome.lostMinutes, 45);
    // The source's job is already disabled: the warning asks only to stop processing.
    EXPECT_TRUE(anyContains(messagesAt(p, PreflightFinding::Warning),
                            QStringLiteral("Backup BizTalk Server (BizTalkMgmtDb) is disabled")))
        << dump(p);
}

TEST_F(PreflightByHand, AlignedDestinationsAreOk)
{
    snapshot.destinations[1] = destination(QStringLiteral("DR2"), 11);
    points[1] = point(QStringLiteral("DR2"), 11, utc(24, 2, 45, 123));
    const RestorePreflight p = evaluatePreflight(snapshot, true, points);
    EXPECT_FALSE(p.blocked()) << dump(p);
    EXPECT_TRUE(anyContains(messagesAt(p, PreflightFinding::Ok),
                            QStringLiteral("Every destination is at backup set 11.")));
    EXPECT_EQ(p.outcome.sentence,
              QStringLiteral("Restoring now brings every database to mark "
                             "BTS_2026_11_24_02_45_00_123 (02:45 UTC); backups taken after it are "
                             "lost: about 15 minutes."));
}

TEST_F(PreflightByHand, UnreachableUnrestoredAndBusyDestinationsBlock)
{
    DestinationState down;
    down.server = QStringLiteral("DR3");
    down.error.summary = QStringLiteral("Cannot reach SQL Server DR3");
    DestinationState empty = destination(QStringLiteral("DR4"), -1);
    empty.lastRestoreSets.clear();
    DestinationState busy = destination(QStringLiteral("DR5"), 11);
    for (LogShippingJob& job : busy.jobs) {
        if (job.kind == LogShippingJobKind::RestoreDatabases)
            job.lastRun->runStatus = 4;
    }
    DestinationState noJobs = destination(QStringLiteral("DR6"), 11);
    noJobs.jobs.removeLast(); // Restore To Mark
    snapshot.destinations = {destination(QStringLiteral("DR1"), 11), down, empty, busy, noJobs};
    const RestorePreflight p = evaluatePreflight(snapshot, true, points);
    const QStringList blockers = messagesAt(p, PreflightFinding::Blocker);
    EXPECT_EQ(blockers.size(), 4) << dump(p);
    EXPECT_TRUE(anyContains(blockers, QStringLiteral("DR3 cannot be reached: Cannot reach SQL "
                                                     "Server DR3.")));
    EXPECT_TRUE(anyContains(blockers, QStringLiteral("Nothing has been restored on DR4 yet")));
    EXPECT_TRUE(anyContains(blockers, QStringLiteral("Restore Databases is running on DR5: wait "
                                                     "until it ends")));
    EXPECT_TRUE(anyContains(blockers, QStringLiteral("DR6 has no Restore To Mark job")));
    // Aligned, but not every destination has a restore point.
    EXPECT_TRUE(anyContains(messagesAt(p, PreflightFinding::Ok),
                            QStringLiteral("The destinations that have restored a set are all at "
                                           "backup set 11.")))
        << dump(p);
    // DR5 and DR6 have no mark read: a warning each, not a blocker.
    EXPECT_TRUE(anyContains(messagesAt(p, PreflightFinding::Warning),
                            QStringLiteral("The mark and time of backup set 11, the last restored "
                                           "on DR5, could not be read")));
}

TEST_F(PreflightByHand, AFailedRestoreJobIsAWarningWithItsMessage)
{
    snapshot.destinations.removeLast();
    for (LogShippingJob& job : snapshot.destinations[0].jobs) {
        if (job.kind == LogShippingJobKind::RestoreDatabases) {
            job.lastRun->runStatus = 0;
            job.lastRun->message = QStringLiteral("Backup set 12 is a partial set.");
        }
    }
    const RestorePreflight p = evaluatePreflight(snapshot, true, points);
    EXPECT_FALSE(p.blocked()) << dump(p);
    EXPECT_TRUE(anyContains(messagesAt(p, PreflightFinding::Warning),
                            QStringLiteral("The last run of Restore Databases on DR1 failed: "
                                           "Backup set 12 is a partial set.")))
        << dump(p);
}

TEST_F(PreflightByHand, RestoredByDatabaseStandsInForTheLastRestoreSetTable)
{
    DestinationState d = destination(QStringLiteral("DR1"), 0);
    d.lastRestoreSets.clear();
    d.restoredByDatabase.insert(QStringLiteral("biztalkmsgboxdb"), RestoredSet{11, {}});
    d.restoredByDatabase.insert(QStringLiteral("biztalkdtadb"), RestoredSet{10, {}});
    EXPECT_EQ(lastRestoredSet(d), 11);
    d.lastRestoreSets = {{{QStringLiteral("LastRestoreSetId"), 12}}};
    EXPECT_EQ(lastRestoredSet(d), 12);
}

TEST_F(PreflightByHand, WithTheSourceLostTheLossIsCountedToTheNewestImportedSet)
{
    snapshot.destinations.removeLast();
    snapshot.databases.clear();
    snapshot.newestCompleteLogSet = -1;
    // Partial, so not the target (set 11 is), but imported: the loss is counted to it.
    points.append(point(QStringLiteral("DR1"), 12, utc(24, 4, 15), false));
    const RestorePreflight p = evaluatePreflight(snapshot, false, points);
    EXPECT_TRUE(p.sourceLost);
    EXPECT_EQ(p.outcome.setId, 11);
    EXPECT_EQ(p.outcome.lostMinutes, 90);
    // 90 minutes is more than the default 60: the restore point is far behind.
    EXPECT_TRUE(anyContains(messagesAt(p, PreflightFinding::Warning),
                            QStringLiteral("older than the newest backup the destinations "
                                           "imported")))
        << dump(p);
    EXPECT_EQ(evaluatePreflight(snapshot, false, points, 120).count(PreflightFinding::Warning),
              1); // only "the source cannot be reached"
}

TEST_F(PreflightByHand, TheNewestImportedLogSetIsTheTarget)
{
    // Both at 11, both imported log set 12 (03:00), which Restore To Mark restores on top.
    snapshot.destinations[1] = destination(QStringLiteral("DR2"), 11);
    points = {point(QStringLiteral("DR1"), 11, utc(24, 2, 45, 123)),
              point(QStringLiteral("DR2"), 11, utc(24, 2, 45, 123)),
              point(QStringLiteral("DR1"), 12, utc(24, 3, 0)),
              point(QStringLiteral("DR2"), 12, utc(24, 3, 0))};
    const RestorePreflight p = evaluatePreflight(snapshot, true, points);
    EXPECT_FALSE(p.blocked()) << dump(p);
    EXPECT_EQ(p.destinations[0].targetSetId, 12);
    EXPECT_EQ(p.destinations[1].targetSetId, 12);
    EXPECT_EQ(p.outcome.setId, 12);
    EXPECT_EQ(p.outcome.lostMinutes, 0);
    EXPECT_EQ(p.outcome.sentence,
              QStringLiteral("Restoring now brings every database to mark "
                             "BTS_2026_11_24_03_00_00_000 (03:00 UTC); no backup taken after it is "
                             "lost."));

    // DR2's set 12 was not read: it may stop at 11, so every database comes back at 11.
    points.removeLast();
    const RestorePreflight unread = evaluatePreflight(snapshot, true, points);
    EXPECT_EQ(unread.destinations[0].targetSetId, 12);
    EXPECT_EQ(unread.destinations[1].targetSetId, 11);
    EXPECT_EQ(unread.outcome.setId, 11);
    EXPECT_EQ(unread.outcome.markName, QStringLiteral("BTS_2026_11_24_02_45_00_123"));
    EXPECT_EQ(unread.outcome.lostMinutes, 15);
}

TEST_F(PreflightByHand, APartialNewestImportedSetIsNotTheTarget)
{
    snapshot.destinations.removeLast();
    points.append(point(QStringLiteral("DR1"), 12, utc(24, 3, 0), false));
    const RestorePreflight p = evaluatePreflight(snapshot, true, points);
    EXPECT_EQ(p.destinations[0].targetSetId, 11);
    EXPECT_EQ(p.outcome.setId, 11);
    EXPECT_EQ(p.outcome.markName, QStringLiteral("BTS_2026_11_24_02_45_00_123"));
    EXPECT_EQ(p.outcome.lostMinutes, 15);
    EXPECT_EQ(p.outcome.sentence,
              QStringLiteral("Restoring now brings every database to mark "
                             "BTS_2026_11_24_02_45_00_123 (02:45 UTC); backups taken after it are "
                             "lost: about 15 minutes."));
}

TEST_F(PreflightByHand, ANewestSetWithoutAMarkOrBehindAPartialSetIsNotTheTarget)
{
    snapshot.destinations.removeLast();
    // A full set: its rows carry no mark to stop at.
    RestorePoint full = point(QStringLiteral("DR1"), 12, utc(24, 3, 0));
    full.markName.clear();
    points.append(full);
    EXPECT_EQ(evaluatePreflight(snapshot, true, points).outcome.setId, 11);

    // A complete log set 13, but the source's set 12 is partial: the chain breaks before 13.
    snapshot.destinations[0].newestImportedSetId = 13;
    points.removeLast();
    points.append(point(QStringLiteral("DR1"), 13, utc(24, 3, 15)));
    EXPECT_EQ(evaluatePreflight(snapshot, true, points).outcome.setId, 13);
    PartialSet partial;
    partial.setId = 12;
    partial.startedAt = utc(24, 3, 0);
    snapshot.newestPartialSet = partial;
    EXPECT_EQ(evaluatePreflight(snapshot, true, points).outcome.setId, 11);
}

TEST(RestoreSentence, SaysTheMarkItsTimeAndTheLossInWords)
{
    RestoreOutcome o;
    o.setId = 42;
    o.markName = QStringLiteral("BTS_2026_11_24_02_45_00_123");
    o.markTime = utc(24, 2, 45, 123);
    o.lostMinutes = 14;
    EXPECT_EQ(restoreSentence(o, false, false, utc(24, 2, 59)),
              QStringLiteral("Restoring now brings every database to mark "
                             "BTS_2026_11_24_02_45_00_123 (02:45 UTC); backups taken after it are "
                             "lost: about 14 minutes."));
    // Another day: the date too; local history times say so.
    EXPECT_EQ(restoreSentence(o, false, true, utc(25, 1, 0)),
              QStringLiteral("Restoring now brings every database to mark "
                             "BTS_2026_11_24_02_45_00_123 (2026-11-24 02:45 server time); backups "
                             "taken after it are lost: about 14 minutes."));
    o.lostMinutes = 0;
    EXPECT_TRUE(restoreSentence(o, false, false, o.markTime)
                    .endsWith(QStringLiteral("(02:45 UTC); no backup taken after it is lost.")));
    o.lostMinutes = -1;
    EXPECT_TRUE(restoreSentence(o, false, false, QDateTime())
                    .endsWith(QStringLiteral("how much was backed up after it is not known.")));
    o.markName.clear();
    o.markTime = QDateTime();
    EXPECT_TRUE(restoreSentence(o, false, false)
                    .startsWith(QStringLiteral("Restoring now brings every database to backup set "
                                               "42 (its mark and time are not known);")));
    // A full set's history rows carry no mark.
    o.markTime = utc(24, 2, 0);
    EXPECT_TRUE(restoreSentence(o, false, false, utc(24, 3, 0))
                    .startsWith(QStringLiteral("Restoring now brings every database to backup "
                                               "set 42 (02:00 UTC, no mark recorded);")));
}

TEST(RestoreSentence, LostTimeInWords)
{
    EXPECT_EQ(lostTimeWords(0), QStringLiteral("less than a minute"));
    EXPECT_EQ(lostTimeWords(1), QStringLiteral("about 1 minute"));
    EXPECT_EQ(lostTimeWords(14), QStringLiteral("about 14 minutes"));
    EXPECT_EQ(lostTimeWords(119), QStringLiteral("about 119 minutes"));
    EXPECT_EQ(lostTimeWords(120), QStringLiteral("about 2 hours"));
    EXPECT_EQ(lostTimeWords(185), QStringLiteral("about 3 hours 5 minutes"));
    EXPECT_EQ(lostTimeWords(121), QStringLiteral("about 2 hours 1 minute"));
    EXPECT_EQ(lostTimeWords(49 * 60), QStringLiteral("about 2 days 1 hour"));
    EXPECT_EQ(lostTimeWords(48 * 60), QStringLiteral("about 2 days"));
    EXPECT_EQ(lostTimeWords(75 * 60 + 10), QStringLiteral("about 3 days 3 hours"));
}
