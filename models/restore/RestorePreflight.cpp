#include "RestorePreflight.h"

#include "destination/DestinationReader.h"
#include "destination/LogShippingJob.h"
#include "sql/SqlRunner.h"

#include <QCoreApplication>

#include <algorithm>

namespace bts {
namespace {

// The file's messages, under one context for lupdate and the translator alike.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(bts::RestorePreflight)
};

const QString HistoryTable = QStringLiteral("bts_LogShippingHistory");
// sysjobhistory's run_status of a job still running.
constexpr int RunStatusInProgress = 4;

PreflightFinding finding(PreflightFinding::Level level, const QString& message)
{
    return PreflightFinding{level, message};
}

// Blockers first, then warnings, then the rest; each in the order found.
void sortFindings(QVector<PreflightFinding>& findings)
{
    std::stable_sort(
        findings.begin(), findings.end(),
        [](const PreflightFinding& a, const PreflightFinding& b) { return a.level > b.level; });
}

qint64 minutesBetween(const QDateTime& from, const QDateTime& to)
{
    return qMax<qint64>(0, qRound64(from.secsTo(to) / 60.0));
}

QString setsWords(qint64 sets)
{
    return sets == 1 ? Text::tr("1 backup set") : Text::tr("%1 backup sets").arg(sets);
}

// The real check of a running job is msdb.dbo.sysjobactivity (a start_execution_date without a
// stop_execution_date in the newest session). The lab has no sysjobactivity, so this keeps to
// the job history that both backends read: an outcome row with run_status 4. SQL Server writes
// the outcome row when a job ends, so there a running job mostly shows its previous run.
ShippingJobCheck checkJob(const DestinationState& destination, LogShippingJobKind kind)
{
    ShippingJobCheck check;
    const LogShippingJob* job = destination.job(kind);
    if (!job)
        return check;
    check.found = true;
    check.enabled = job->enabled;
    check.lastRun = job->lastRun;
    check.running = job->lastRun && job->lastRun->runStatus == RunStatusInProgress;
    return check;
}

QString enabledWords(const ShippingJobCheck& job)
{
    return job.enabled ? Text::tr("enabled") : Text::tr("disabled");
}

// The findings of one destination's jobs: missing or running ones block the restore.
void checkJobs(const DestinationPreflight& d, QVector<PreflightFinding>& findings)
{
    const QVector<QPair<LogShippingJobKind, const ShippingJobCheck*>> jobs = {
        {LogShippingJobKind::GetBackupHistory, &d.getBackupHistory},
        {LogShippingJobKind::RestoreDatabases, &d.restoreDatabases},
        {LogShippingJobKind::RestoreToMark, &d.restoreToMark}};
    bool allIdle = true;
    for (const auto& [kind, job] : jobs) {
        const QString name = logShippingJobKindName(kind);
        if (!job->found) {
            findings.append(finding(PreflightFinding::Blocker,
                                    Text::tr("%1 has no %2 job: is log shipping configured on it?")
                                        .arg(d.server, name)));
            allIdle = false;
        } else if (job->running) {
            findings.append(
                finding(PreflightFinding::Blocker,
                        Text::tr("%1 is running on %2: wait until it ends before restoring.")
                            .arg(name, d.server)));
            allIdle = false;
        }
    }
    if (allIdle) {
        findings.append(finding(
            PreflightFinding::Ok,
            (d.getBackupHistory.enabled || d.restoreDatabases.enabled
                 ? Text::tr("On %1, %2 (%3) and %4 (%5) are idle; the restore disables them "
                            "first.")
                 : Text::tr("On %1, %2 (%3) and %4 (%5) are idle."))
                .arg(d.server, logShippingJobKindName(LogShippingJobKind::GetBackupHistory),
                     enabledWords(d.getBackupHistory),
                     logShippingJobKindName(LogShippingJobKind::RestoreDatabases),
                     enabledWords(d.restoreDatabases))));
    }
    const std::optional<JobRun>& last = d.restoreDatabases.lastRun;
    if (d.restoreDatabases.found && last && last->runStatus == 0) {
        findings.append(
            finding(PreflightFinding::Warning,
                    Text::tr("The last run of %1 on %2 failed: %3")
                        .arg(logShippingJobKindName(LogShippingJobKind::RestoreDatabases), d.server,
                             last->message.trimmed())));
    }
}

// `partialSetId`: the source's newest partial set, -1 when there is none or it is not known.
DestinationPreflight describe(const DestinationState& state, const QVector<RestorePoint>& points,
                              qint64 partialSetId, QVector<PreflightFinding>& findings)
{
    DestinationPreflight d;
    d.server = state.server;
    d.reachable = state.reachable;
    d.configured = state.reachable && state.isConfigured();
    if (!state.reachable) {
        findings.append(finding(
            PreflightFinding::Blocker,
            Text::tr("%1 cannot be reached: %2").arg(state.server, state.error.sentence())));
        return d;
    }
    if (!d.configured) {
        findings.append(finding(
            PreflightFinding::Blocker,
            Text::tr(
                "Log shipping is not configured on %1: master has no bts_LogShippingDatabases.")
                .arg(state.server)));
        return d;
    }
    d.lastRestoredSetId = lastRestoredSet(state);
    d.newestImportedSetId = state.newestImportedSetId;
    if (const RestorePoint* p = findRestorePoint(points, state.server, d.lastRestoredSetId))
        d.restorePoint = *p;
    d.targetSetId = d.lastRestoredSetId;
    d.targetPoint = d.restorePoint;
    // Restore To Mark restores, on top of the last restored set, the newest log set Restore
    // Databases held back, and stops at its mark (facts §2.7, §3.2). Only a log set has a mark,
    // and a partial set cannot be restored: then the last restored set is where it stops. So
    // does a partial set before the newest, which breaks the chain on the way to it.
    // The newest imported set may itself be partial: then the complete log set before it is
    // the one held back, and the target.
    for (const RestorePoint& p : points) {
        const bool chainBroken = partialSetId > d.lastRestoredSetId && partialSetId < p.setId;
        if (d.lastRestoredSetId >= 0 && p.setId > d.targetSetId &&
            p.setId <= d.newestImportedSetId && !chainBroken && p.complete &&
            !p.markName.isEmpty() &&
            p.destination.compare(state.server, Qt::CaseInsensitive) == 0) {
            d.targetSetId = p.setId;
            d.targetPoint = p;
        }
    }
    d.getBackupHistory = checkJob(state, LogShippingJobKind::GetBackupHistory);
    d.restoreDatabases = checkJob(state, LogShippingJobKind::RestoreDatabases);
    d.restoreToMark = checkJob(state, LogShippingJobKind::RestoreToMark);
    checkJobs(d, findings);
    if (d.lastRestoredSetId < 0) {
        findings.append(
            finding(PreflightFinding::Blocker,
                    Text::tr("Nothing has been restored on %1 yet: there is no mark to "
                             "restore to. Let Restore Databases restore a full set and a "
                             "log set first.")
                        .arg(state.server)));
    } else if (!d.restorePoint || !d.restorePoint->known()) {
        findings.append(
            finding(PreflightFinding::Warning,
                    Text::tr("The mark and time of backup set %1, the last restored on %2, "
                             "could not be read from its imported history.")
                        .arg(d.lastRestoredSetId)
                        .arg(state.server)));
    }
    return d;
}

// The newest set Restore To Mark can reach on `d`, or -1 (nothing restored yet, or unread).
qint64 restorableSet(const SqlConnector& connector, const DestinationState& d,
                     QVector<PreflightFinding>& problems)
{
    const qint64 last = lastRestoredSet(d);
    if (last < 0)
        return -1;
    Result<QSqlQuery> q =
        SqlRunner(connector).query(d.server, QStringLiteral("master"),
                                   QStringLiteral("logshipping_restorable_set"), {last, last});
    if (!q) {
        problems.append(finding(PreflightFinding::Warning, q.error().sentence()));
        return -1;
    }
    if (!q.value().next() || q.value().value(0).isNull())
        return -1;
    return q.value().value(0).toLongLong();
}

std::optional<QDateTime> timeOf(const std::optional<RestorePoint>& point)
{
    return point ? point->backupTime : std::nullopt;
}

// Every destination with a restore point must be at the same set (facts §3.2): the restore
// brings each to its own newest mark, and different marks leave the group inconsistent.
void checkAlignment(QVector<DestinationPreflight>& destinations,
                    QVector<PreflightFinding>& findings)
{
    const DestinationPreflight* newest = nullptr;
    int withPoint = 0;
    for (const DestinationPreflight& d : destinations) {
        if (d.lastRestoredSetId < 0)
            continue;
        ++withPoint;
        if (!newest || d.lastRestoredSetId > newest->lastRestoredSetId)
            newest = &d;
    }
    if (!newest || withPoint < 2)
        return;
    const DestinationPreflight ahead = *newest; // copied: the loop below changes the vector
    bool aligned = true;
    for (DestinationPreflight& d : destinations) {
        if (d.lastRestoredSetId < 0 || d.lastRestoredSetId == ahead.lastRestoredSetId)
            continue;
        aligned = false;
        // Every run of the backup job takes the next set id, so the difference counts sets.
        d.setsBehind = ahead.lastRestoredSetId - d.lastRestoredSetId;
        const auto from = timeOf(d.restorePoint);
        const auto to = timeOf(ahead.restorePoint);
        if (from && to)
            d.minutesBehind = minutesBetween(*from, *to);
        const QString behind =
            d.minutesBehind
                ? Text::tr("%1 and %2 minutes").arg(setsWords(d.setsBehind)).arg(*d.minutesBehind)
                : setsWords(d.setsBehind);
        findings.append(finding(
            PreflightFinding::Blocker,
            Text::tr(
                "%1 is at backup set %2, %3 behind %4 at set %5: the destinations must be at the "
                "same set. Running Restore Databases once more on %1 may align them.")
                .arg(d.server, QString::number(d.lastRestoredSetId), behind, ahead.server,
                     QString::number(ahead.lastRestoredSetId))));
    }
    if (aligned) {
        // The others are blocked already (unreachable, nothing restored): do not say "every".
        const bool all = withPoint == destinations.size();
        findings.append(finding(
            PreflightFinding::Ok,
            (all ? Text::tr("Every destination is at backup set %1.")
                 : Text::tr("The destinations that have restored a set are all at backup set %1."))
                .arg(ahead.lastRestoredSetId)));
    }
}

// One set behind the newest is normal: the newest log is held back until a later one exists
// (facts §2.7, §4). More means Restore Databases has not caught up (facts §3.2: run it).
void checkProgress(const RestorePreflight& preflight, QVector<PreflightFinding>& findings)
{
    for (const DestinationPreflight& d : preflight.destinations) {
        if (d.lastRestoredSetId < 0)
            continue;
        const bool fromSource = !preflight.sourceLost && preflight.sourceNewestLogSet >= 0;
        const qint64 newest = fromSource ? preflight.sourceNewestLogSet : d.newestImportedSetId;
        if (newest < 0)
            continue;
        const qint64 behind = newest - d.lastRestoredSetId;
        const QString against =
            fromSource ? Text::tr("the source's newest complete log set %1").arg(newest)
                       : Text::tr("the newest set it imported, %1").arg(newest);
        if (behind <= 0) {
            findings.append(finding(PreflightFinding::Ok,
                                    Text::tr("%1 has restored %2.").arg(d.server, against)));
        } else if (behind == 1) {
            findings.append(
                finding(PreflightFinding::Ok,
                        Text::tr("%1 is one set behind %2, as normal: the newest log is held "
                                 "back until a later one exists.")
                            .arg(d.server, against)));
        } else {
            findings.append(
                finding(PreflightFinding::Warning,
                        Text::tr("%1 restored up to set %2, %3 behind %4 (one is normal). "
                                 "While Restore Databases is idle, run it once more on %1.")
                            .arg(d.server, QString::number(d.lastRestoredSetId), setsWords(behind),
                                 against)));
        }
    }
}

std::optional<QDateTime> newestSourceLog(const GroupSnapshot& snapshot)
{
    std::optional<QDateTime> newest;
    for (const GroupDatabase& db : snapshot.databases) {
        if (db.lastLogBackup && (!newest || *db.lastLogBackup > *newest))
            newest = db.lastLogBackup;
    }
    return newest;
}

std::optional<QDateTime> newestImported(const RestorePreflight& preflight,
                                        const QVector<RestorePoint>& points)
{
    std::optional<QDateTime> newest;
    for (const DestinationPreflight& d : preflight.destinations) {
        const RestorePoint* p = findRestorePoint(points, d.server, d.newestImportedSetId);
        if (p && p->backupTime && (!newest || *p->backupTime > *newest))
            newest = p->backupTime;
    }
    return newest;
}

// The restore point of the group: the oldest of the destinations' targets, which every one of
// them reaches.
const DestinationPreflight* restoreTarget(const QVector<DestinationPreflight>& destinations)
{
    const DestinationPreflight* target = nullptr;
    for (const DestinationPreflight& d : destinations) {
        if (d.targetSetId >= 0 && (!target || d.targetSetId < target->targetSetId))
            target = &d;
    }
    return target;
}

QString timeWords(const QDateTime& time, const QDateTime& reference, bool local)
{
    const QString zone = local ? Text::tr("server time") : Text::tr("UTC");
    const bool sameDay = reference.isValid() && reference.date() == time.date();
    const QString format = sameDay ? QStringLiteral("HH:mm") : QStringLiteral("yyyy-MM-dd HH:mm");
    return time.toString(format) + QLatin1Char(' ') + zone;
}

} // namespace

bool RestorePreflight::blocked() const
{
    return count(PreflightFinding::Blocker) > 0;
}

int RestorePreflight::count(PreflightFinding::Level level) const
{
    return int(std::count_if(findings.begin(), findings.end(),
                             [level](const PreflightFinding& f) { return f.level == level; }));
}

qint64 lastRestoredSet(const DestinationState& destination)
{
    const qint64 last = destination.lastRestoredSetId();
    if (last >= 0)
        return last;
    qint64 best = -1;
    for (const RestoredSet& set : destination.restoredByDatabase)
        best = qMax(best, set.setId);
    return best;
}

QString lostTimeWords(qint64 minutes)
{
    if (minutes < 1)
        return Text::tr("less than a minute");
    if (minutes == 1)
        return Text::tr("about 1 minute");
    if (minutes < 120)
        return Text::tr("about %1 minutes").arg(minutes);
    const qint64 hours = minutes / 60;
    if (hours < 48) {
        const qint64 rest = minutes % 60;
        // The remainder may be one: "2 hours 1 minute", never "1 minutes".
        return rest == 0
                   ? Text::tr("about %1 hours").arg(hours)
                   : Text::tr("about %1 hours %2")
                         .arg(hours)
                         .arg(rest == 1 ? Text::tr("1 minute") : Text::tr("%1 minutes").arg(rest));
    }
    const qint64 days = hours / 24;
    const qint64 rest = hours % 24;
    return rest == 0 ? Text::tr("about %1 days").arg(days)
                     : Text::tr("about %1 days %2")
                           .arg(days)
                           .arg(rest == 1 ? Text::tr("1 hour") : Text::tr("%1 hours").arg(rest));
}

QString restoreSentence(const RestoreOutcome& outcome, bool sourceLost, bool timesAreLocal,
                        const QDateTime& reference)
{
    if (outcome.setId < 0)
        return Text::tr(
            "No destination has restored a backup set yet: there is no mark to restore to.");
    const bool timed = outcome.markTime.isValid();
    const QString when = timed ? timeWords(outcome.markTime, reference, timesAreLocal) : QString();
    QString target;
    if (!outcome.markName.isEmpty())
        target = timed ? Text::tr("mark %1 (%2)").arg(outcome.markName, when)
                       : Text::tr("mark %1").arg(outcome.markName);
    else if (timed) // a full set: its history rows carry no mark
        target = Text::tr("backup set %1 (%2, no mark recorded)").arg(outcome.setId).arg(when);
    else
        target = Text::tr("backup set %1 (its mark and time are not known)").arg(outcome.setId);
    QString lost;
    if (outcome.lostMinutes < 0)
        lost = Text::tr("how much was backed up after it is not known.");
    else if (outcome.lostMinutes == 0 && !sourceLost)
        lost = Text::tr("no backup taken after it is lost.");
    else if (sourceLost)
        lost =
            Text::tr("backups taken after it are lost: %1 of what the destinations imported, and "
                     "whatever the source backed up that they never imported.")
                .arg(lostTimeWords(outcome.lostMinutes));
    else
        lost = Text::tr("backups taken after it are lost: %1.")
                   .arg(lostTimeWords(outcome.lostMinutes));
    return Text::tr("Restoring now brings every database to %1; %2").arg(target, lost);
}

RestorePreflight evaluatePreflight(const GroupSnapshot& snapshot, bool sourceReachable,
                                   const QVector<RestorePoint>& points, int lagWarningMinutes)
{
    RestorePreflight preflight;
    QVector<PreflightFinding>& findings = preflight.findings;
    preflight.sourceLost = !sourceReachable;
    // Without the source, its job's @UseLocalTime is not known: UTC, the job's default.
    preflight.timesAreLocal = sourceReachable && snapshot.historyTimesAreLocal;
    const QString source = snapshot.managementServer;
    if (sourceReachable) {
        preflight.sourceNewestLogSet = snapshot.newestCompleteLogSet;
        preflight.sourceNewestLogBackup = newestSourceLog(snapshot);
        // Facts §3.1, §3.7: nothing may be backed up or processed on the source any more.
        const QString job = snapshot.job.found ? snapshot.job.name : Text::tr("the backup job");
        findings.append(finding(
            PreflightFinding::Warning,
            snapshot.job.found && !snapshot.job.enabled
                ? Text::tr(
                      "The source %1 still answers: %2 is disabled; stop BizTalk processing on "
                      "the source before restoring.")
                      .arg(source, job)
                : Text::tr("The source %1 still answers: disable %2 on it first (the restore does) "
                           "and stop BizTalk processing on the source.")
                      .arg(source, job)));
    } else {
        findings.append(
            finding(PreflightFinding::Warning,
                    Text::tr("The source %1 cannot be reached: this pre-flight relies on "
                             "what the destinations imported; backups the source took "
                             "after that are not known.")
                        .arg(source)));
    }

    if (snapshot.destinations.isEmpty())
        findings.append(finding(PreflightFinding::Blocker,
                                Text::tr("The group has no destination to restore on.")));
    const qint64 partialSetId =
        sourceReachable && snapshot.newestPartialSet ? snapshot.newestPartialSet->setId : -1;
    for (const DestinationState& state : snapshot.destinations)
        preflight.destinations.append(describe(state, points, partialSetId, findings));
    checkAlignment(preflight.destinations, findings);
    checkProgress(preflight, findings);

    RestoreOutcome& outcome = preflight.outcome;
    const DestinationPreflight* target = restoreTarget(preflight.destinations);
    const std::optional<QDateTime> reference =
        sourceReachable ? preflight.sourceNewestLogBackup : newestImported(preflight, points);
    if (target) {
        outcome.setId = target->targetSetId;
        if (target->targetPoint) {
            outcome.markName = target->targetPoint->markName;
            outcome.markTime = target->targetPoint->backupTime.value_or(QDateTime());
        }
        if (outcome.markTime.isValid() && reference)
            outcome.lostMinutes = minutesBetween(outcome.markTime, *reference);
    }
    outcome.sentence = restoreSentence(outcome, preflight.sourceLost, preflight.timesAreLocal,
                                       reference.value_or(QDateTime()));

    if (target && sourceReachable && snapshot.newestPartialSet &&
        snapshot.newestPartialSet->setId > outcome.setId) {
        const PartialSet& partial = *snapshot.newestPartialSet;
        findings.append(
            finding(PreflightFinding::Warning,
                    Text::tr("Backup set %1 on the source, taken %2, is partial: it is newer "
                             "than the restore point, and neither it nor the log sets after "
                             "it can be restored until a full set follows.")
                        .arg(partial.setId)
                        .arg(timeWords(partial.startedAt, reference.value_or(QDateTime()),
                                       preflight.timesAreLocal))));
    }
    if (outcome.lostMinutes > lagWarningMinutes) {
        findings.append(finding(
            PreflightFinding::Warning,
            Text::tr(
                "The restore point is %1 minutes older than the newest %2 (more than %3): check "
                "why the destinations fell behind before accepting the loss.")
                .arg(outcome.lostMinutes)
                .arg(sourceReachable ? Text::tr("log backup on the source")
                                     : Text::tr("backup the destinations imported"))
                .arg(lagWarningMinutes)));
    }
    sortFindings(findings);
    return preflight;
}

Result<RestorePreflight> readPreflight(const GroupBackend& backend, GroupSnapshot* snapshotOut)
{
    GroupSnapshot snapshot;
    bool sourceReachable = true;
    Result<GroupSnapshot> read = backend.readSnapshot();
    if (read) {
        snapshot = std::move(read).value();
    } else if (read.error().kind == DbError::Kind::ConnectionFailed ||
               read.error().kind == DbError::Kind::Timeout) {
        // readSnapshot fails only on the management database itself: the source is lost.
        sourceReachable = false;
        snapshot.managementServer = backend.managementServer();
        snapshot.managementDatabase = backend.managementDatabase();
        snapshot.warnings.append(read.error());
        snapshot.destinations = readDestinations(backend.connector(), backend.destinationServers());
    } else {
        return read.error();
    }

    QVector<RestorePoint> points;
    QVector<PreflightFinding> problems;
    for (const DestinationState& d : snapshot.destinations) {
        if (!d.reachable || !d.isConfigured())
            continue;
        // MarkName and BackupDateTime are derived columns (facts §2.4): check before reading.
        // SetComplete is documented, but the statement needs it all the same.
        const bool readable = d.hasColumn(HistoryTable, QStringLiteral("BackupSetId")) &&
                              d.hasColumn(HistoryTable, QStringLiteral("MarkName")) &&
                              d.hasColumn(HistoryTable, QStringLiteral("BackupDateTime")) &&
                              d.hasColumn(HistoryTable, QStringLiteral("SetComplete"));
        if (!readable)
            continue;
        const qint64 restorable = restorableSet(backend.connector(), d, problems);
        for (const qint64 setId : {lastRestoredSet(d), d.newestImportedSetId, restorable}) {
            if (setId < 0 || findRestorePoint(points, d.server, setId))
                continue;
            Result<RestorePoint> point = readRestorePoint(backend.connector(), d.server, setId);
            if (point)
                points.append(point.value());
            else
                problems.append(finding(PreflightFinding::Warning, point.error().sentence()));
        }
    }
    RestorePreflight preflight = evaluatePreflight(snapshot, sourceReachable, points);
    if (snapshotOut)
        *snapshotOut = snapshot;
    preflight.findings += problems;
    sortFindings(preflight.findings);
    return preflight;
}

} // namespace bts
