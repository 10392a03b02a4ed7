// The source's share of the status: can it be read, does the Backup BizTalk Server job run, how
// old are its newest sets, and did it write partial sets (facts §4, §2.7).

#include "ShippingRules.h"

#include <QSet>

#include <algorithm>

namespace bts::shipping {
namespace {

void add(Findings& findings, StatusLevel level, ShippingTopic topic, const QString& subject,
         const QString& sentence)
{
    findings.append(Finding{{level, topic, subject, sentence}, {}});
}

void addJobFindings(const GroupSnapshot& snapshot, Findings& findings)
{
    const BackupJobState& job = snapshot.job;
    const QString& server = snapshot.managementServer;
    const QString name = job.name.isEmpty() ? backupJobName(snapshot.managementDatabase) : job.name;
    if (!job.found) {
        add(findings, StatusLevel::Critical, ShippingTopic::BackupJob, server,
            ShippingText::tr(
                "The job '%1' was not found on %2: no backups are taken, so the destinations "
                "receive nothing; run the BizTalk configuration, or check the management database "
                "name.")
                .arg(name, server));
        return;
    }
    if (!job.enabled) {
        add(findings, StatusLevel::Critical, ShippingTopic::BackupJob, server,
            ShippingText::tr(
                "The job '%1' is disabled: no backups are taken; enable it on the Backup job tab.")
                .arg(name));
    } else if (const JobSchedule* schedule = job.schedule(BackupScheduleName);
               schedule && !schedule->enabled) {
        // An enabled job whose only schedule is off never runs either.
        add(findings, StatusLevel::Critical, ShippingTopic::BackupJob, server,
            ShippingText::tr(
                "The schedule '%1' of the job '%2' is disabled: the job never runs on its own, so "
                "no backups are taken; enable the schedule on the Backup job tab.")
                .arg(schedule->name, name));
    }
    if (!job.lastRun)
        return;
    const QString when = serverTimeText(job.lastRun->startedAt);
    switch (job.lastRun->runStatus) {
    case 0:
        if (job.lastFailedStep) {
            add(findings, StatusLevel::Critical, ShippingTopic::BackupJob, server,
                ShippingText::tr(
                    "The last run of '%1' (%2 server time) failed in step %3 (%4): %5; fix the "
                    "cause, then check the next run on the Backup job tab.")
                    .arg(name, when, QString::number(job.lastFailedStep->stepId),
                         job.lastFailedStep->stepName, messageText(job.lastFailedStep->message)));
        } else {
            add(findings, StatusLevel::Critical, ShippingTopic::BackupJob, server,
                ShippingText::tr(
                    "The last run of '%1' (%2 server time) failed: %3; fix the cause, then check "
                    "the next run on the Backup job tab.")
                    .arg(name, when, messageText(job.lastRun->message)));
        }
        break;
    case 2:
    case 3:
        add(findings, StatusLevel::Warning, ShippingTopic::BackupJob, server,
            (job.lastRun->runStatus == 3
                 ? ShippingText::tr(
                       "The last run of '%1' (%2 server time) was cancelled: that backup was not "
                       "taken; check that the next run succeeds on the Backup job tab.")
                 : ShippingText::tr(
                       "The last run of '%1' (%2 server time) is being retried: that backup is "
                       "late; check that the retry succeeds on the Backup job tab."))
                .arg(name, when));
        break;
    default: // succeeded, or still running
        break;
    }
}

// Warning and critical ages of the newest complete log and full sets; ages are measured in the
// history frame, where both the sets' times and facts.historyNow are.
void addAgeFindings(const ShippingFacts& facts, const Thresholds& thresholds, Findings& findings)
{
    const QString& server = facts.snapshot.managementServer;
    const auto levelFor = [](qint64 seconds, qint64 warning, qint64 critical) {
        if (seconds >= critical)
            return StatusLevel::Critical;
        return seconds >= warning ? StatusLevel::Warning : StatusLevel::Ok;
    };

    if (!facts.newestCompleteLog) {
        add(findings, StatusLevel::Critical, ShippingTopic::NewestLogAge, server,
            ShippingText::tr(
                "The source has no complete log set: the destinations have nothing to restore; "
                "check the history of the Backup BizTalk Server job on the Backup job tab."));
    } else if (facts.historyNow.isValid()) {
        const SetSummary& log = *facts.newestCompleteLog;
        const qint64 age = std::max<qint64>(0, log.backupTime.secsTo(facts.historyNow));
        const StatusLevel level = levelFor(age, qint64(thresholds.logWarningMinutes) * 60,
                                           qint64(thresholds.logCriticalMinutes) * 60);
        add(findings, level, ShippingTopic::NewestLogAge, server,
            level == StatusLevel::Ok
                ? ShippingText::tr("The newest complete log set is %1, taken %2 ago.")
                      .arg(setText(log), describeAge(age))
                : ShippingText::tr(
                      "No complete log set for %1 (the newest is %2): the destinations cannot "
                      "restore anything newer; check that the Backup BizTalk Server job runs and "
                      "read its history on the Backup job tab.")
                      .arg(describeAge(age), setText(log)));
    }

    if (!facts.newestCompleteFull) {
        add(findings, StatusLevel::Critical, ShippingTopic::FullBackupAge, server,
            ShippingText::tr(
                "The source has no complete full set: a destination cannot start or repair its "
                "chain; force a full backup on the Backup job tab."));
    } else if (facts.historyNow.isValid()) {
        const SetSummary& full = *facts.newestCompleteFull;
        const qint64 age = std::max<qint64>(0, full.backupTime.secsTo(facts.historyNow));
        const StatusLevel level = levelFor(age, qint64(thresholds.fullWarningHours) * 3600,
                                           qint64(thresholds.fullCriticalHours) * 3600);
        add(findings, level, ShippingTopic::FullBackupAge, server,
            level == StatusLevel::Ok
                ? ShippingText::tr("The newest complete full set is %1, taken %2 ago.")
                      .arg(setText(full), describeAge(age))
                : ShippingText::tr(
                      "No complete full set for %1 (the newest is %2): a destination that loses "
                      "its chain has nothing recent to restart from; check the job's full backup "
                      "frequency, or force a full backup on the Backup job tab.")
                      .arg(describeAge(age), setText(full)));
    }
}

// The job's databases that the newest partial set lacks, when the snapshot describes that set.
QStringList missingFromPartialSet(const GroupSnapshot& snapshot, qint64 setId)
{
    if (!snapshot.newestPartialSet || snapshot.newestPartialSet->setId != setId)
        return {};
    // "server/database" entries; the server may be spelt differently (an alias, srv,port) from
    // the BizTalk configuration, so the database name alone also counts as present.
    QSet<QString> keys;
    QSet<QString> names;
    for (const QString& entry : snapshot.newestPartialSet->databasesInSet) {
        keys.insert(entry.toLower());
        names.insert(entry.section(QLatin1Char('/'), -1).toLower());
    }
    QStringList missing;
    for (const GroupDatabase& db : snapshot.databases) {
        if (!db.inBackupJob || db.actualName.isEmpty())
            continue;
        const QString name = db.actualName.toLower();
        if (!keys.contains(db.server.toLower() + QLatin1Char('/') + name) &&
            !names.contains(name) && !missing.contains(db.actualName, Qt::CaseInsensitive))
            missing.append(db.actualName);
    }
    return missing;
}

void addPartialSetFindings(const ShippingFacts& facts, Findings& findings)
{
    if (facts.sourcePartialSets.isEmpty())
        return;
    const SetSummary& newest = facts.sourcePartialSets.last(); // oldest first
    const int count =
        std::max<int>(facts.sourcePartialSets.size(), facts.snapshot.partialSetsSinceLastFull);
    QString partial = newest.full ? ShippingText::tr("Full set %1 (%2) is partial")
                                  : ShippingText::tr("Log set %1 (%2) is partial");
    partial = partial.arg(newest.setId).arg(timeText(newest.backupTime));
    const QStringList missing = missingFromPartialSet(facts.snapshot, newest.setId);
    if (!missing.isEmpty())
        partial =
            ShippingText::tr("%1, without %2").arg(partial, missing.join(QStringLiteral(", ")));
    if (count > 1)
        partial = ShippingText::tr("%1 (%2 partial sets since the last full set)")
                      .arg(partial, QString::number(count));
    add(findings, StatusLevel::Warning, ShippingTopic::PartialSet, facts.snapshot.managementServer,
        ShippingText::tr(
            "%1: destinations skip it and every log set after it until the next full set; fix the "
            "cause in the job history, then force a full backup on the Backup job tab.")
            .arg(partial));
}

} // namespace

void addSourceFindings(const ShippingFacts& facts, const Thresholds& thresholds, Findings& findings)
{
    const GroupSnapshot& snapshot = facts.snapshot;
    if (!facts.sourceReachable) {
        // Nothing else about the source is known: its job and sets are not in the snapshot.
        add(findings, StatusLevel::Critical, ShippingTopic::SourceUnreachable,
            snapshot.managementServer,
            ShippingText::tr(
                "The management server %1 cannot be read (%2): if it is lost, the destinations can "
                "still restore to their last mark (Destination > Restore to the last mark).")
                .arg(snapshot.managementServer, errorText(facts.sourceError)));
        return;
    }
    addJobFindings(snapshot, findings);
    addAgeFindings(facts, thresholds, findings);
    addPartialSetFindings(facts, findings);
}

} // namespace bts::shipping
