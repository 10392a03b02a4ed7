#include "monitoring/ShippingStatus.h"

#include <gtest/gtest.h>

#include <algorithm>

using namespace bts;

namespace {

const QDateTime Now(QDate(2024, 5, 1), QTime(12, 0), Qt::UTC);
const QString Source = QStringLiteral("LABSQL01");
const QString Standby = QStringLiteral("LABSQL02");
const QString Second = QStringLiteral("LABSQL03");

std::string str(const QString& text)
{
    return text.toStdString();
}

SetSummary logSet(qint64 id, int minutesAgo, bool complete = true)
{
    SetSummary set;
    set.setId = id;
    set.complete = complete;
    set.backupTime = Now.addSecs(-60 * qint64(minutesAgo));
    set.markName = QStringLiteral("BTS_2024_05_01_%1").arg(id);
    return set;
}

SetSummary fullSet(qint64 id, int minutesAgo)
{
    SetSummary set = logSet(id, minutesAgo);
    set.full = true;
    set.markName.clear();
    return set;
}

LogShippingJob job(LogShippingJobKind kind)
{
    LogShippingJob j;
    j.kind = kind;
    j.name = QStringLiteral("BTS Log Shipping - ") + logShippingJobKindName(kind);
    j.enabled = kind != LogShippingJobKind::RestoreToMark;
    JobRun run;
    run.startedAt = Now.addSecs(-60);
    run.runStatus = 1;
    j.lastRun = run;
    return j;
}

const QStringList JobDatabases = {QStringLiteral("BizTalkMgmtDb"),
                                  QStringLiteral("BizTalkMsgBoxDb"), QStringLiteral("BizTalkDTADb"),
                                  QStringLiteral("SSODB")};

// A configured destination whose every database restored `lastRestored`.
DestinationState destinationState(const QString& server, qint64 lastRestored)
{
    DestinationState d;
    d.server = server;
    d.reachable = true;
    d.tables = QStringList{QStringLiteral("bts_LogShippingDatabases"),
                           QStringLiteral("bts_LogShippingHistory"),
                           QStringLiteral("bts_LogShippingLastRestoreSet")};
    d.jobs = {job(LogShippingJobKind::GetBackupHistory), job(LogShippingJobKind::RestoreDatabases),
              job(LogShippingJobKind::RestoreToMark)};
    d.newestImportedSetId = 30;
    d.lastRestoreSets.append(QVariantMap{{QStringLiteral("LastRestoreSetId"), lastRestored}});
    for (const QString& name : JobDatabases)
        d.restoredByDatabase.insert(name.toLower(), RestoredSet{lastRestored, Now});
    return d;
}

DestinationHistory history(const QString& server, const SetSummary& lastRestored, int setsBehind)
{
    DestinationHistory h;
    h.server = server;
    h.read = true;
    h.newestImported = logSet(30, 5);
    h.lastRestored = lastRestored;
    h.lastRestoredAt = Now.addSecs(-120);
    h.completeLogSetsBehind = setsBehind;
    h.filesChecked = true;
    h.lagHistory.append(LagPoint{lastRestored.setId, lastRestored.backupTime, Now, 2.0});
    return h;
}

// A healthy group: log set 30 taken 5 minutes ago, full set 10 six hours ago, LABSQL02 restored
// set 29 (taken 20 minutes ago) and holds 30 back.
ShippingFacts healthy()
{
    ShippingFacts f;
    GroupSnapshot& s = f.snapshot;
    s.managementServer = Source;
    s.managementDatabase = QStringLiteral("BizTalkMgmtDb");
    s.job.found = true;
    s.job.enabled = true;
    s.job.name = backupJobName(s.managementDatabase);
    JobSchedule schedule;
    schedule.name = BackupScheduleName;
    schedule.enabled = true;
    s.job.schedules.append(schedule);
    JobRun run;
    run.startedAt = Now.addSecs(-300);
    run.runStatus = 1;
    s.job.lastRun = run;
    for (const QString& name : JobDatabases) {
        GroupDatabase db;
        db.server = Source;
        db.actualName = name;
        db.defaultName = name;
        db.inBackupJob = true;
        s.databases.append(db);
    }
    s.newestCompleteFullSet = 10;
    s.newestCompleteLogSet = 30;
    s.destinations.append(destinationState(Standby, 29));
    f.destinations.append(history(Standby, logSet(29, 20), 1));
    f.newestCompleteLog = logSet(30, 5);
    f.newestCompleteFull = fullSet(10, 6 * 60);
    f.historyNow = Now;
    return f;
}

void addSecondDestination(ShippingFacts& f, qint64 lastRestored, int minutesAgo, int setsBehind)
{
    f.snapshot.destinations.append(destinationState(Second, lastRestored));
    f.destinations.append(history(Second, logSet(lastRestored, minutesAgo), setsBehind));
}

const ShippingVerdict* find(const ShippingStatus& status, ShippingTopic topic,
                            const QString& subject)
{
    for (const ShippingVerdict& v : status.verdicts) {
        if (v.topic == topic && v.subject == subject)
            return &v;
    }
    return nullptr;
}

// The verdict must exist with that level, and its sentence hold every word given.
::testing::AssertionResult has(const ShippingStatus& status, StatusLevel level, ShippingTopic topic,
                               const QString& subject, const QStringList& words = {})
{
    const ShippingVerdict* v = find(status, topic, subject);
    QStringList all;
    for (const ShippingVerdict& each : status.verdicts)
        all.append(QStringLiteral("[%1 %2 %3] %4")
                       .arg(statusLevelName(each.level), shippingTopicName(each.topic),
                            each.subject, each.sentence));
    const std::string listing = str(all.join(QLatin1Char('\n')));
    if (!v)
        return ::testing::AssertionFailure() << "no " << str(shippingTopicName(topic))
                                             << " verdict about " << str(subject) << " in\n"
                                             << listing;
    if (v->level != level)
        return ::testing::AssertionFailure()
               << "level " << str(statusLevelName(v->level)) << " instead of "
               << str(statusLevelName(level)) << ": " << str(v->sentence);
    for (const QString& word : words) {
        if (!v->sentence.contains(word, Qt::CaseInsensitive))
            return ::testing::AssertionFailure()
                   << "'" << str(word) << "' missing from: " << str(v->sentence);
    }
    return ::testing::AssertionSuccess();
}

bool hasTopic(const ShippingStatus& status, ShippingTopic topic)
{
    return !status.verdictsAbout(topic).isEmpty();
}

TEST(ShippingStatus, AHealthyGroupIsOkAndSaysHowFarEachDestinationTrails)
{
    const ShippingStatus status = evaluateShipping(healthy());
    EXPECT_EQ(status.level, StatusLevel::Ok) << str(status.summary());
    EXPECT_EQ(status.group, QStringLiteral("LABSQL01/BizTalkMgmtDb"));
    EXPECT_EQ(status.evaluatedAt, Now);
    for (const ShippingVerdict& v : status.verdicts)
        EXPECT_EQ(v.level, StatusLevel::Ok) << str(v.sentence);
    EXPECT_TRUE(has(status, StatusLevel::Ok, ShippingTopic::Lag, Standby,
                    {QStringLiteral("keeps up"), QStringLiteral("set 29"),
                     QStringLiteral("mark BTS_2024_05_01_29"), QStringLiteral("2024-05-01 11:40"),
                     QStringLiteral("one set behind"), QStringLiteral("holds the newest")}));
    EXPECT_TRUE(has(status, StatusLevel::Ok, ShippingTopic::NewestLogAge, Source,
                    {QStringLiteral("set 30"), QStringLiteral("5 minutes")}));
    EXPECT_EQ(str(status.summary()),
              "Every destination keeps up: LABSQL02 15 minutes behind (1 set).");

    ASSERT_EQ(status.destinations.size(), 1);
    const DestinationStatus& d = status.destinations.first();
    EXPECT_EQ(d.server, Standby);
    EXPECT_EQ(d.level, StatusLevel::Ok);
    EXPECT_EQ(d.lastRestoredSetId, 29);
    EXPECT_EQ(d.newestImportedSetId, 30);
    EXPECT_EQ(d.setsBehind, 1);
    ASSERT_TRUE(d.minutesBehind.has_value());
    EXPECT_DOUBLE_EQ(*d.minutesBehind, 15.0);
    EXPECT_EQ(d.lastRestoredAt, std::optional<QDateTime>(Now.addSecs(-120)));
    EXPECT_EQ(d.lagHistory.size(), 1);
    EXPECT_TRUE(d.sentence.contains(QStringLiteral("keeps up")));

    ASSERT_EQ(status.databases.size(), JobDatabases.size());
    for (const DatabaseShippingStatus& db : status.databases) {
        EXPECT_EQ(db.level, StatusLevel::Ok) << str(db.sentence);
        EXPECT_EQ(db.destination, Standby);
        EXPECT_EQ(db.lastRestoredSetId, 29);
        EXPECT_EQ(db.setsBehindDestination, 0);
        EXPECT_TRUE(JobDatabases.contains(db.database)) << str(db.database); // actual spelling
    }
}

TEST(ShippingStatus, NoSetBehindIsSaidAsSuch)
{
    ShippingFacts f = healthy();
    f.snapshot.destinations[0] = destinationState(Standby, 30);
    f.destinations[0] = history(Standby, logSet(30, 5), 0);
    const ShippingStatus status = evaluateShipping(f);
    EXPECT_TRUE(has(status, StatusLevel::Ok, ShippingTopic::Lag, Standby,
                    {QStringLiteral("keeps up"), QStringLiteral("no set behind")}));
    EXPECT_FALSE(find(status, ShippingTopic::Lag, Standby)
                     ->sentence.contains(QStringLiteral("one set behind")));
    EXPECT_EQ(str(status.summary()),
              "Every destination keeps up: LABSQL02 less than a minute behind (0 sets).");
}

TEST(ShippingStatus, ALostSourceLeavesTheDestinationsMeasuredAgainstWhatTheyImported)
{
    ShippingFacts f = healthy();
    f.sourceReachable = false;
    f.sourceError.summary = QStringLiteral("Login timeout expired.");
    f.snapshot.job = BackupJobState();
    f.snapshot.databases.clear();
    f.newestCompleteLog.reset();
    f.newestCompleteFull.reset();
    f.destinations[0].completeLogSetsBehind = -1;
    f.destinations[0].newestImported = logSet(30, 5);
    // A failover under way: both shipping jobs disabled, as the restore steps ask.
    for (LogShippingJob& j : f.snapshot.destinations[0].jobs)
        j.enabled = false;

    const ShippingStatus status = evaluateShipping(f);
    EXPECT_EQ(status.level, StatusLevel::Critical);
    EXPECT_TRUE(has(status, StatusLevel::Critical, ShippingTopic::SourceUnreachable, Source,
                    {QStringLiteral("Login timeout expired"), QStringLiteral("last mark"),
                     QStringLiteral("Destination > Restore to the last mark")}));
    EXPECT_FALSE(hasTopic(status, ShippingTopic::BackupJob));
    EXPECT_FALSE(hasTopic(status, ShippingTopic::NewestLogAge));
    EXPECT_FALSE(hasTopic(status, ShippingTopic::FullBackupAge));
    EXPECT_TRUE(has(status, StatusLevel::Ok, ShippingTopic::Lag, Standby,
                    {QStringLiteral("keeps up"), QStringLiteral("newest imported set 30")}));
    ASSERT_TRUE(status.destinations.first().minutesBehind.has_value());
    EXPECT_DOUBLE_EQ(*status.destinations.first().minutesBehind, 15.0);
    EXPECT_EQ(status.destinations.first().setsBehind, -1);
    // Disabled jobs are what a failover does: worth a note, not an alarm.
    EXPECT_TRUE(has(status, StatusLevel::Info, ShippingTopic::DestinationJob, Standby,
                    {QStringLiteral("disabled"), QStringLiteral("last mark")}));
    EXPECT_EQ(status.verdicts.first().topic, ShippingTopic::SourceUnreachable);
    EXPECT_TRUE(status.summary().startsWith(QStringLiteral("The management server LABSQL01")))
        << str(status.summary());
}

TEST(ShippingStatus, ALostSourceWithADestinationFarBehindItsImportsIsALag)
{
    ShippingFacts f = healthy();
    f.sourceReachable = false;
    f.newestCompleteLog.reset();
    f.destinations[0] = history(Standby, logSet(20, 200), -1);
    const ShippingStatus status = evaluateShipping(f);
    EXPECT_TRUE(
        has(status, StatusLevel::Critical, ShippingTopic::Lag, Standby,
            {QStringLiteral("3 hours 15 minutes behind"), QStringLiteral("newest imported set 30"),
             QStringLiteral("Restore Databases"), QStringLiteral("SQL Server Agent")}));
}

TEST(ShippingStatus, BackupJobProblemsAreCritical)
{
    {
        ShippingFacts f = healthy();
        f.snapshot.job.found = false;
        EXPECT_TRUE(has(evaluateShipping(f), StatusLevel::Critical, ShippingTopic::BackupJob,
                        Source,
                        {QStringLiteral("not found"), QStringLiteral("Backup BizTalk Server")}));
    }
    {
        ShippingFacts f = healthy();
        f.snapshot.job.enabled = false;
        EXPECT_TRUE(has(evaluateShipping(f), StatusLevel::Critical, ShippingTopic::BackupJob,
                        Source,
                        {QStringLiteral("disabled"), QStringLiteral("no backups are taken"),
                         QStringLiteral("enable it on the Backup job tab")}));
    }
    {
        ShippingFacts f = healthy();
        f.snapshot.job.lastRun->runStatus = 0;
        f.snapshot.job.lastFailedStep =
            FailedStep{3, QStringLiteral("MarkAndBackupLog"),
                       QStringLiteral("BACKUP LOG is terminating abnormally.\nDisk full."), Now};
        EXPECT_TRUE(has(evaluateShipping(f), StatusLevel::Critical, ShippingTopic::BackupJob,
                        Source,
                        {QStringLiteral("failed in step 3 (MarkAndBackupLog)"),
                         QStringLiteral("BACKUP LOG is terminating abnormally. Disk full")}));
        // msdb keeps the server's local time: no zone is claimed for it.
        EXPECT_TRUE(has(evaluateShipping(f), StatusLevel::Critical, ShippingTopic::BackupJob,
                        Source, {QStringLiteral("(2024-05-01 11:55 server time)")}));
    }
    {
        ShippingFacts f = healthy();
        f.snapshot.job.lastRun->runStatus = 3;
        EXPECT_TRUE(has(evaluateShipping(f), StatusLevel::Warning, ShippingTopic::BackupJob, Source,
                        {QStringLiteral("cancelled")}));
    }
}

TEST(ShippingStatus, TheNewestLogSetAgeFollowsTheThresholds)
{
    Thresholds t;
    t.logWarningMinutes = 20;
    t.logCriticalMinutes = 40;
    ShippingFacts f = healthy();
    f.newestCompleteLog = logSet(30, 19);
    f.destinations[0] = history(Standby, logSet(29, 25), 1);
    EXPECT_TRUE(has(evaluateShipping(f, t), StatusLevel::Ok, ShippingTopic::NewestLogAge, Source));
    f.newestCompleteLog = logSet(30, 20);
    EXPECT_TRUE(has(evaluateShipping(f, t), StatusLevel::Warning, ShippingTopic::NewestLogAge,
                    Source,
                    {QStringLiteral("20 minutes"), QStringLiteral("set 30"),
                     QStringLiteral("Backup BizTalk Server job")}));
    f.newestCompleteLog = logSet(30, 40);
    EXPECT_TRUE(
        has(evaluateShipping(f, t), StatusLevel::Critical, ShippingTopic::NewestLogAge, Source));
    // The default thresholds find the same 40 minutes only a warning.
    EXPECT_TRUE(
        has(evaluateShipping(f), StatusLevel::Warning, ShippingTopic::NewestLogAge, Source));
    f.newestCompleteLog.reset();
    EXPECT_TRUE(has(evaluateShipping(f), StatusLevel::Critical, ShippingTopic::NewestLogAge, Source,
                    {QStringLiteral("no complete log set")}));
}

TEST(ShippingStatus, TheNewestFullSetAgeFollowsTheThresholds)
{
    ShippingFacts f = healthy();
    f.newestCompleteFull = fullSet(10, 26 * 60 - 1);
    EXPECT_TRUE(has(evaluateShipping(f), StatusLevel::Ok, ShippingTopic::FullBackupAge, Source));
    f.newestCompleteFull = fullSet(10, 26 * 60);
    EXPECT_TRUE(has(evaluateShipping(f), StatusLevel::Warning, ShippingTopic::FullBackupAge, Source,
                    {QStringLiteral("26 hours"), QStringLiteral("force a full backup")}));
    f.newestCompleteFull = fullSet(10, 50 * 60);
    EXPECT_TRUE(
        has(evaluateShipping(f), StatusLevel::Critical, ShippingTopic::FullBackupAge, Source));
    Thresholds t;
    t.fullCriticalHours = 60;
    EXPECT_TRUE(
        has(evaluateShipping(f, t), StatusLevel::Warning, ShippingTopic::FullBackupAge, Source));
    f.newestCompleteFull.reset();
    EXPECT_TRUE(has(evaluateShipping(f), StatusLevel::Critical, ShippingTopic::FullBackupAge,
                    Source, {QStringLiteral("no complete full set")}));
}

TEST(ShippingStatus, APartialSetOnTheSourceNamesTheMissingDatabases)
{
    ShippingFacts f = healthy();
    f.sourcePartialSets = {logSet(31, 2, false)};
    PartialSet partial;
    partial.setId = 31;
    partial.backupType = QStringLiteral("lg");
    partial.databasesInSet =
        QStringList{QStringLiteral("labsql01/biztalkmgmtdb"),
                    QStringLiteral("labsql01/biztalkmsgboxdb"), QStringLiteral("labsql01/ssodb")};
    f.snapshot.newestPartialSet = partial;
    const ShippingStatus status = evaluateShipping(f);
    EXPECT_EQ(status.level, StatusLevel::Warning);
    EXPECT_TRUE(has(status, StatusLevel::Warning, ShippingTopic::PartialSet, Source,
                    {QStringLiteral("Log set 31"), QStringLiteral("2024-05-01 11:58"),
                     QStringLiteral("without BizTalkDTADb"),
                     QStringLiteral("every log set after it until the next full set"),
                     QStringLiteral("force a full backup"), QStringLiteral("Backup job tab")}));
    EXPECT_FALSE(find(status, ShippingTopic::PartialSet, Source)
                     ->sentence.contains(QStringLiteral("SSODB")));
}

TEST(ShippingStatus, AnUnreachableDestinationIsCriticalAnUnconfiguredOneAWarning)
{
    ShippingFacts f = healthy();
    addSecondDestination(f, 29, 20, 1);
    f.snapshot.destinations[0].reachable = false;
    f.snapshot.destinations[0].error.summary = QStringLiteral("Unable to connect");
    f.destinations[0].read = false;
    f.snapshot.destinations[1].tables.clear();
    const ShippingStatus status = evaluateShipping(f);
    EXPECT_TRUE(has(status, StatusLevel::Critical, ShippingTopic::DestinationUnreachable, Standby,
                    {QStringLiteral("cannot be read"), QStringLiteral("Unable to connect")}));
    EXPECT_TRUE(has(status, StatusLevel::Warning, ShippingTopic::NotConfigured, Second,
                    {QStringLiteral("Destination > Set up log shipping")}));
    // Nothing else is said about either: the rest is unknown.
    for (const ShippingVerdict& v : status.verdicts) {
        if (v.subject.startsWith(Standby) || v.subject.startsWith(Second)) {
            EXPECT_TRUE(v.topic == ShippingTopic::DestinationUnreachable ||
                        v.topic == ShippingTopic::NotConfigured)
                << str(v.sentence);
        }
    }
    EXPECT_TRUE(status.databases.isEmpty());
    EXPECT_EQ(status.destinations[0].level, StatusLevel::Critical);
    EXPECT_EQ(status.destinations[1].level, StatusLevel::Warning);
    EXPECT_FALSE(status.destinations[0].minutesBehind.has_value());
}

TEST(ShippingStatus, ADestinationThatRestoredNothingIsAWarning)
{
    ShippingFacts f = healthy();
    f.destinations[0].lastRestored.reset();
    f.destinations[0].completeLogSetsBehind = -1;
    f.snapshot.destinations[0].lastRestoreSets.clear();
    f.snapshot.destinations[0].restoredByDatabase.clear();
    const ShippingStatus status = evaluateShipping(f);
    EXPECT_TRUE(
        has(status, StatusLevel::Warning, ShippingTopic::Lag, Standby,
            {QStringLiteral("nothing restored yet"), QStringLiteral("Get Backup History")}));
    // Its databases wait too, but the one verdict about the destination says it.
    EXPECT_FALSE(hasTopic(status, ShippingTopic::DatabaseBehind));
    ASSERT_EQ(status.databases.size(), JobDatabases.size());
    for (const DatabaseShippingStatus& db : status.databases) {
        EXPECT_EQ(db.level, StatusLevel::Warning);
        EXPECT_TRUE(db.sentence.contains(QStringLiteral("waits for a full set")));
    }
}

TEST(ShippingStatus, LagLevelsFollowTheThresholds)
{
    ShippingFacts f = healthy();
    f.destinations[0] = history(Standby, logSet(27, 5 + 45), 3); // 45 minutes behind
    ShippingStatus status = evaluateShipping(f);
    EXPECT_TRUE(
        has(status, StatusLevel::Warning, ShippingTopic::Lag, Standby,
            {QStringLiteral("45 minutes (3 sets) behind the source"), QStringLiteral("set 27"),
             QStringLiteral("Restore Databases"), QStringLiteral("Get Backup History"),
             QStringLiteral("SQL Server Agent"), QStringLiteral("last messages")}));
    EXPECT_EQ(status.destinations.first().level, StatusLevel::Warning);

    f.destinations[0] = history(Standby, logSet(20, 5 + 120), 10);
    status = evaluateShipping(f);
    EXPECT_TRUE(has(status, StatusLevel::Critical, ShippingTopic::Lag, Standby,
                    {QStringLiteral("2 hours (10 sets) behind")}));

    Thresholds t;
    t.lagWarningMinutes = 150;
    t.lagCriticalMinutes = 300;
    EXPECT_TRUE(has(evaluateShipping(f, t), StatusLevel::Ok, ShippingTopic::Lag, Standby,
                    {QStringLiteral("keeps up"), QStringLiteral("10 sets")}));
    t.lagWarningMinutes = 10;
    t.lagCriticalMinutes = 15;
    EXPECT_TRUE(
        has(evaluateShipping(healthy(), t), StatusLevel::Critical, ShippingTopic::Lag, Standby));
}

TEST(ShippingStatus, AnUnrepairedGapIsCritical)
{
    ShippingFacts f = healthy();
    f.destinations[0].unrepairedGap = SetGap{12, 14, 3};
    const ShippingStatus status = evaluateShipping(f);
    EXPECT_TRUE(has(status, StatusLevel::Critical, ShippingTopic::Gap, Standby,
                    {QStringLiteral("sets 12 to 14 (3 sets)"), QStringLiteral("not consistent"),
                     QStringLiteral("force a full backup"), QStringLiteral("next full set")}));
    EXPECT_EQ(status.destinations.first().level, StatusLevel::Critical);
    EXPECT_TRUE(status.destinations.first().sentence.contains(QStringLiteral("not consistent")));
}

TEST(ShippingStatus, APartialSetOnADestinationStopsItsChain)
{
    ShippingFacts f = healthy();
    f.destinations[0].partialSets = {logSet(31, 2, false)};
    EXPECT_TRUE(has(evaluateShipping(f), StatusLevel::Warning, ShippingTopic::PartialSet, Standby,
                    {QStringLiteral("partial set 31"), QStringLiteral("cannot restore past set 30"),
                     QStringLiteral("waits for the next full set"),
                     QStringLiteral("force a full backup")}));
    f.destinations[0].partialSets.append(logSet(33, 1, false));
    EXPECT_TRUE(
        has(evaluateShipping(f), StatusLevel::Warning, ShippingTopic::PartialSet, Standby,
            {QStringLiteral("partial set 31 (2024-05-01 11:58 UTC) and 1 later partial set:")}));
}

TEST(ShippingStatus, DestinationJobsMustExistRunAndSucceed)
{
    ShippingFacts f = healthy();
    QVector<LogShippingJob>& jobs = f.snapshot.destinations[0].jobs;
    jobs.clear();
    ShippingStatus status = evaluateShipping(f);
    const QVector<ShippingVerdict> missing = status.verdictsAbout(ShippingTopic::DestinationJob);
    ASSERT_EQ(missing.size(), 3);
    EXPECT_EQ(missing[0].level, StatusLevel::Critical);
    EXPECT_EQ(missing[1].level, StatusLevel::Critical);
    EXPECT_EQ(missing[2].level, StatusLevel::Warning);
    EXPECT_TRUE(missing[2].sentence.contains(QStringLiteral("Restore To Mark")));
    EXPECT_TRUE(missing[2].sentence.contains(QStringLiteral("failover cannot run")));
    const QString both = missing[0].sentence + missing[1].sentence;
    EXPECT_TRUE(both.contains(QStringLiteral("no Get Backup History job")));
    EXPECT_TRUE(both.contains(QStringLiteral("no Restore Databases job")));

    f = healthy();
    f.snapshot.destinations[0].jobs[1].enabled = false; // Restore Databases
    EXPECT_TRUE(has(evaluateShipping(f), StatusLevel::Warning, ShippingTopic::DestinationJob,
                    Standby,
                    {QStringLiteral("BTS Log Shipping - Restore Databases"),
                     QStringLiteral("disabled"), QStringLiteral("stopped")}));

    f = healthy();
    f.snapshot.destinations[0].jobs[0].lastRun->runStatus = 0;
    f.snapshot.destinations[0].jobs[0].lastRun->message =
        QStringLiteral("The job failed. Linked server 'LABSQL01' is unavailable.");
    EXPECT_TRUE(has(evaluateShipping(f), StatusLevel::Critical, ShippingTopic::DestinationJob,
                    Standby,
                    {QStringLiteral("Get Backup History"), QStringLiteral("failed"),
                     QStringLiteral("Linked server 'LABSQL01' is unavailable")}));

    // Restore To Mark only runs at failover: disabled is its normal state.
    f = healthy();
    f.snapshot.destinations[0].jobs[2].enabled = false;
    EXPECT_FALSE(hasTopic(evaluateShipping(f), ShippingTopic::DestinationJob));
}

TEST(ShippingStatus, GetBackupHistoryFailingWithTheSourceLostIsOnlyAWarning)
{
    ShippingFacts f = healthy();
    f.sourceReachable = false;
    f.snapshot.destinations[0].jobs[0].lastRun->runStatus = 0;
    f.snapshot.destinations[0].jobs[0].lastRun->message = QStringLiteral("Linked server down.");
    const ShippingStatus status = evaluateShipping(f);
    EXPECT_TRUE(has(status, StatusLevel::Warning, ShippingTopic::DestinationJob, Standby,
                    {QStringLiteral("Linked server down"), QStringLiteral("last mark")}));
    EXPECT_EQ(status.destinations.first().level, StatusLevel::Warning);
    EXPECT_EQ(status.level, StatusLevel::Critical); // the lost source
}

TEST(ShippingStatus, AVeryLongJobMessageIsCutAtAWord)
{
    ShippingFacts f = healthy();
    QStringList lines;
    for (int i = 0; i < 40; ++i)
        lines.append(QStringLiteral("Cannot open backup device 'X%1.bak'.").arg(i));
    f.snapshot.job.lastRun->runStatus = 0;
    f.snapshot.job.lastRun->message = lines.join(QLatin1Char('\n'));
    const ShippingStatus status = evaluateShipping(f);
    const ShippingVerdict* v = find(status, ShippingTopic::BackupJob, Source);
    ASSERT_NE(v, nullptr);
    EXPECT_LT(v->sentence.size(), 600) << str(v->sentence);
    EXPECT_TRUE(v->sentence.contains(QStringLiteral("'X0.bak'")));
    EXPECT_TRUE(v->sentence.contains(QStringLiteral("\u2026; fix the cause"))) << str(v->sentence);
    EXPECT_FALSE(v->sentence.contains(QLatin1Char('\n')));
}

TEST(ShippingStatus, MissingFilesAreCritical)
{
    ShippingFacts f = healthy();
    f.destinations[0].missingFiles =
        QStringList{QStringLiteral("\\\\BACKUP\\BizTalk\\LABSQL01_BizTalkDTADb_Log_31.bak"),
                    QStringLiteral("b.bak"), QStringLiteral("c.bak")};
    EXPECT_TRUE(
        has(evaluateShipping(f), StatusLevel::Critical, ShippingTopic::MissingFile, Standby,
            {QStringLiteral("LABSQL01_BizTalkDTADb_Log_31.bak"), QStringLiteral("(and 2 more)"),
             QStringLiteral("copy the file back"), QStringLiteral("force a full backup")}));
    f.destinations[0].missingFiles = QStringList{QStringLiteral("only.bak")};
    const ShippingStatus one = evaluateShipping(f);
    EXPECT_FALSE(
        find(one, ShippingTopic::MissingFile, Standby)->sentence.contains(QStringLiteral("more")));
}

TEST(ShippingStatus, DestinationsAtDifferentSetsDisagree)
{
    ShippingFacts f = healthy();
    addSecondDestination(f, 27, 35, 3);
    const ShippingStatus status = evaluateShipping(f);
    EXPECT_TRUE(
        has(status, StatusLevel::Warning, ShippingTopic::Disagreement, Second,
            {QStringLiteral("LABSQL02 at set 29"), QStringLiteral("LABSQL03 at set 27"),
             QStringLiteral("one mark"), QStringLiteral("run Restore Databases on LABSQL03")}));
    EXPECT_EQ(status.destinations[0].level, StatusLevel::Ok);
    EXPECT_EQ(status.destinations[1].level, StatusLevel::Warning);

    // One log set apart is what two healthy destinations show for a moment: not a warning.
    ShippingFacts moment = healthy();
    const int first = moment.destinations[0].completeLogSetsBehind;
    addSecondDestination(moment, 28, 20, first + 1);
    const ShippingStatus momentary = evaluateShipping(moment);
    EXPECT_TRUE(has(momentary, StatusLevel::Info, ShippingTopic::Disagreement, Second,
                    {QStringLiteral("one log set apart")}));
    EXPECT_EQ(momentary.destinations[1].level, StatusLevel::Info);
    EXPECT_EQ(momentary.level, StatusLevel::Info);

    // Agreeing destinations say nothing of the kind.
    ShippingFacts agree = healthy();
    addSecondDestination(agree, 29, 20, 1);
    EXPECT_FALSE(hasTopic(evaluateShipping(agree), ShippingTopic::Disagreement));
}

TEST(ShippingStatus, DatabasesThatTrailTheirDestinationAreWarnings)
{
    ShippingFacts f = healthy();
    DestinationState& d = f.snapshot.destinations[0];
    d.restoredByDatabase.insert(QStringLiteral("biztalkdtadb"), RestoredSet{26, Now});
    // A database the job backs up that the destination never heard of.
    d.restoredByDatabase.remove(QStringLiteral("ssodb"));
    const ShippingStatus status = evaluateShipping(f);
    EXPECT_TRUE(has(status, StatusLevel::Warning, ShippingTopic::DatabaseBehind,
                    QStringLiteral("LABSQL02 BizTalkDTADb"),
                    {QStringLiteral("set 26"), QStringLiteral("3 sets behind"),
                     QStringLiteral("set 29"), QStringLiteral("Restore Databases")}));
    EXPECT_TRUE(has(status, StatusLevel::Warning, ShippingTopic::DatabaseBehind,
                    QStringLiteral("LABSQL02 SSODB"),
                    {QStringLiteral("never restored"), QStringLiteral("waits for a full set"),
                     QStringLiteral("force a full backup")}));

    ASSERT_EQ(status.databases.size(), 4);
    int ok = 0;
    for (const DatabaseShippingStatus& db : status.databases) {
        if (db.database == QStringLiteral("BizTalkDTADb")) {
            EXPECT_EQ(db.level, StatusLevel::Warning);
            EXPECT_EQ(db.lastRestoredSetId, 26);
            EXPECT_EQ(db.setsBehindDestination, 3);
        } else if (db.database == QStringLiteral("SSODB")) {
            EXPECT_EQ(db.level, StatusLevel::Warning);
            EXPECT_EQ(db.lastRestoredSetId, -1);
        } else {
            EXPECT_EQ(db.level, StatusLevel::Ok);
            ++ok;
        }
    }
    EXPECT_EQ(ok, 2);
    // A warning about one of its databases is a warning about the destination.
    EXPECT_EQ(status.destinations.first().level, StatusLevel::Warning);
}

TEST(ShippingStatus, VerdictsAreWorstFirstThenBySubject)
{
    ShippingFacts f = healthy();
    addSecondDestination(f, 27, 35, 3);
    f.destinations[0].unrepairedGap = SetGap{12, 12, 1};
    f.destinations[1].missingFiles = QStringList{QStringLiteral("x.bak")};
    f.sourcePartialSets = {logSet(31, 2, false)};
    f.snapshot.job.enabled = false;
    const ShippingStatus status = evaluateShipping(f);
    ASSERT_GE(status.verdicts.size(), 6);
    for (int i = 1; i < status.verdicts.size(); ++i) {
        const ShippingVerdict& a = status.verdicts[i - 1];
        const ShippingVerdict& b = status.verdicts[i];
        EXPECT_GE(a.level, b.level) << i;
        if (a.level == b.level) {
            EXPECT_LE(a.subject.compare(b.subject, Qt::CaseInsensitive), 0)
                << str(a.subject) << " / " << str(b.subject);
        }
    }
    // Three criticals: the job (LABSQL01), the gap (LABSQL02), the missing file (LABSQL03).
    EXPECT_EQ(status.level, StatusLevel::Critical);
    EXPECT_EQ(status.verdicts[0].subject, Source);
    EXPECT_EQ(status.verdicts[1].topic, ShippingTopic::Gap);
    EXPECT_TRUE(status.verdicts[1].sentence.contains(QStringLiteral("set 12 (1 set)")));
    EXPECT_EQ(status.verdicts[2].topic, ShippingTopic::MissingFile);
    EXPECT_EQ(status.verdicts.last().level, StatusLevel::Ok);
    EXPECT_EQ(status.destinations[0].level, StatusLevel::Critical);
    EXPECT_EQ(status.destinations[0].sentence, status.verdicts[1].sentence);
    EXPECT_EQ(status.destinations[1].sentence, status.verdicts[2].sentence);

    // The summary is the worst sentence and how many more problems there are.
    const int problems = int(
        std::count_if(status.verdicts.cbegin(), status.verdicts.cend(),
                      [](const ShippingVerdict& v) { return v.level >= StatusLevel::Warning; }));
    EXPECT_TRUE(status.summary().startsWith(status.verdicts[0].sentence.chopped(1)));
    EXPECT_TRUE(
        status.summary().endsWith(QStringLiteral(" (and %1 more problems).").arg(problems - 1)))
        << str(status.summary());
}

TEST(ShippingStatus, AmongEqualFindingsAboutOneServerTheCauseLeads)
{
    ShippingFacts f = healthy();
    f.destinations[0] = history(Standby, logSet(20, 5 + 150), 10);
    f.destinations[0].missingFiles = QStringList{QStringLiteral("x.bak")};
    f.snapshot.destinations[0].jobs[1].lastRun->runStatus = 0;
    const ShippingStatus status = evaluateShipping(f);
    ASSERT_GE(status.verdicts.size(), 3);
    EXPECT_EQ(status.verdicts[0].topic, ShippingTopic::MissingFile);
    EXPECT_EQ(status.verdicts[1].topic, ShippingTopic::DestinationJob);
    EXPECT_EQ(status.verdicts[2].topic, ShippingTopic::Lag);
    EXPECT_EQ(status.destinations.first().sentence, status.verdicts[0].sentence);
}

TEST(ShippingStatus, OneProblemIsTheSummaryAsItIs)
{
    ShippingFacts f = healthy();
    f.destinations[0].partialSets = {logSet(31, 2, false)};
    const ShippingStatus status = evaluateShipping(f);
    EXPECT_EQ(status.summary(), status.verdicts.first().sentence);
    f.destinations[0].missingFiles = QStringList{QStringLiteral("x.bak")};
    EXPECT_TRUE(evaluateShipping(f).summary().endsWith(QStringLiteral(" (and 1 more problem).")));
}

TEST(ShippingStatus, AGroupWithoutDestinationsShipsNothing)
{
    ShippingFacts f = healthy();
    f.snapshot.destinations.clear();
    f.destinations.clear();
    const ShippingStatus status = evaluateShipping(f);
    EXPECT_TRUE(has(status, StatusLevel::Warning, ShippingTopic::NotConfigured, Source,
                    {QStringLiteral("nothing is shipped")}));
    EXPECT_TRUE(status.destinations.isEmpty());
}

TEST(ShippingStatus, HistoriesAreMatchedByServerWhenOutOfOrder)
{
    ShippingFacts f = healthy();
    addSecondDestination(f, 27, 35, 3);
    std::swap(f.destinations[0], f.destinations[1]);
    const ShippingStatus status = evaluateShipping(f);
    EXPECT_EQ(status.destinations[0].lastRestoredSetId, 29);
    EXPECT_EQ(status.destinations[1].lastRestoredSetId, 27);
}

TEST(ShippingStatus, TheSameFactsGiveTheSameStatus)
{
    ShippingFacts f = healthy();
    addSecondDestination(f, 27, 35, 3);
    f.snapshot.destinations[1].restoredByDatabase.insert(QStringLiteral("biztalkdtadb"),
                                                         RestoredSet{20, Now});
    const ShippingStatus a = evaluateShipping(f);
    const ShippingStatus b = evaluateShipping(f);
    ASSERT_EQ(a.verdicts.size(), b.verdicts.size());
    for (int i = 0; i < a.verdicts.size(); ++i)
        EXPECT_EQ(a.verdicts[i].sentence, b.verdicts[i].sentence);
    ASSERT_EQ(a.databases.size(), b.databases.size());
    for (int i = 0; i < a.databases.size(); ++i)
        EXPECT_EQ(a.databases[i].sentence, b.databases[i].sentence);
}

TEST(ShippingStatus, NamesWithPlaceholdersAreTakenLiterally)
{
    // QString::arg would fill a '%1' inside a name with a later argument.
    const QString odd = QStringLiteral("SQL%1%2");
    ShippingFacts f = healthy();
    f.snapshot.destinations[0].server = odd;
    f.destinations[0].server = odd;
    f.destinations[0].missingFiles =
        QStringList{QStringLiteral("C:\\%1\\x.bak"), QStringLiteral("y.bak")};
    f.destinations[0].partialSets = {logSet(31, 2, false)};
    f.snapshot.destinations[0].restoredByDatabase.insert(QStringLiteral("biztalkdtadb"),
                                                         RestoredSet{26, Now});
    f.snapshot.databases[2].actualName = QStringLiteral("BizTalkDTADb");
    f.snapshot.job.lastRun->runStatus = 0;
    f.snapshot.job.name = QStringLiteral("Backup %1");
    f.snapshot.job.lastFailedStep =
        FailedStep{3, QStringLiteral("Mark%2"), QStringLiteral("%3 x"), Now};
    const ShippingStatus status = evaluateShipping(f);
    EXPECT_TRUE(has(status, StatusLevel::Critical, ShippingTopic::MissingFile, odd,
                    {QStringLiteral("SQL%1%2 cannot find the backup file C:\\%1\\x.bak (and 1 "
                                    "more)")}));
    EXPECT_TRUE(
        has(status, StatusLevel::Warning, ShippingTopic::PartialSet, odd,
            {QStringLiteral("SQL%1%2 imported partial set 31"), QStringLiteral("past set 30")}));
    EXPECT_TRUE(has(status, StatusLevel::Warning, ShippingTopic::DatabaseBehind,
                    odd + QStringLiteral(" BizTalkDTADb"),
                    {QStringLiteral("BizTalkDTADb on SQL%1%2 last restored set 26, 3 sets behind "
                                    "the destination's set 29")}));
    EXPECT_TRUE(has(status, StatusLevel::Critical, ShippingTopic::BackupJob, Source,
                    {QStringLiteral("'Backup %1'"), QStringLiteral("step 3 (Mark%2): %3 x")}));
    EXPECT_TRUE(status.summary().contains(QStringLiteral("more problems)")));
}

TEST(ShippingStatus, EveryTopicHasItsOwnName)
{
    QStringList names;
    for (int t = int(ShippingTopic::SourceUnreachable); t <= int(ShippingTopic::DatabaseBehind);
         ++t)
        names.append(shippingTopicName(ShippingTopic(t)));
    names.removeDuplicates();
    EXPECT_EQ(names.size(), 13);
    EXPECT_FALSE(names.contains(QString()));
    EXPECT_EQ(shippingTopicName(ShippingTopic::PartialSet), QStringLiteral("partial set"));
}

} // namespace
