#include "DatabaseStatus.h"

#include "BackupJobSettings.h"

#include <QCoreApplication>
#include <QHash>

namespace bts {
namespace {

// The file's messages, under one context for lupdate and the translator alike.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(bts::DatabaseStatus)
};

bool inPartialSet(const PartialSet& set, const GroupDatabase& db)
{
    return set.databasesInSet.contains(db.server.toLower() + QLatin1Char('/') +
                                       db.actualName.toLower());
}

StatusVerdict verdictFor(const GroupDatabase& db, const GroupSnapshot& snapshot,
                         const Thresholds& thresholds, bool jobRunning)
{
    if (db.method == BackupMethod::AnalysisServices) {
        if (db.actualName.isEmpty() && db.role == DatabaseRole::TrackingAnalysis)
            return {StatusLevel::Info, Text::tr("Not configured in this group.")};
        return {StatusLevel::Info,
                Text::tr("Analysis Services database: back it up with SSAS, after the BAM data "
                         "maintenance packages; the console cannot see it over SQL.")};
    }
    if (db.serverChecked && !db.existsOnServer) {
        if (db.method == BackupMethod::BamMaintenance)
            return {StatusLevel::Info,
                    Text::tr("Not found on %1: BAM is not configured, or uses another name.")
                        .arg(db.server)};
        return {
            StatusLevel::Critical,
            Text::tr("Database not found on %1: the job cannot back it up. Check the name in the "
                     "BizTalk configuration.")
                .arg(db.server)};
    }
    if (db.method == BackupMethod::BamMaintenance) {
        return {
            StatusLevel::Info,
            Text::tr(
                "Not in the Backup BizTalk Server job: back it up with the BAM data maintenance "
                "package (BAMArchive before its last step), then a SQL Server backup.")};
    }
    if (!db.serverChecked)
        return {StatusLevel::Warning,
                Text::tr("Server %1 could not be read: status unknown.").arg(db.server)};
    if (db.recoveryModel.compare(QLatin1String("FULL"), Qt::CaseInsensitive) != 0) {
        return {
            StatusLevel::Critical,
            Text::tr("%1 recovery model: the job cannot take its log backups, so every log set is "
                     "partial. Switch it to FULL, then force a full backup.")
                .arg(db.recoveryModel)};
    }
    if (snapshot.newestPartialSet &&
        snapshot.newestPartialSet->setId > snapshot.newestCompleteFullSet &&
        !inPartialSet(*snapshot.newestPartialSet, db)) {
        return {StatusLevel::Critical,
                Text::tr(
                    "Missing from partial set %1: its backup failed. Read the job history, fix the "
                    "cause, then force a full backup.")
                    .arg(snapshot.newestPartialSet->setId)};
    }
    if (!db.lastFullBackup) {
        return {StatusLevel::Warning,
                jobRunning ? Text::tr("No full backup yet: the job takes one on its next run.")
                           : Text::tr("Never backed up: the backup job is disabled.")};
    }
    const QDateTime now = snapshot.historyNow();
    if (!db.lastLogBackup) {
        return {StatusLevel::Warning, Text::tr("Full backup only; no log backup yet.")};
    }
    const qint64 logAge = db.lastLogBackup->secsTo(now);
    if (logAge >= qint64(thresholds.logCriticalMinutes) * 60)
        return {StatusLevel::Critical, Text::tr("No log backup for %1.").arg(describeAge(logAge))};
    if (logAge >= qint64(thresholds.logWarningMinutes) * 60)
        return {StatusLevel::Warning, Text::tr("No log backup for %1.").arg(describeAge(logAge))};
    const qint64 fullAge = db.lastFullBackup->secsTo(now);
    if (fullAge >= qint64(thresholds.fullCriticalHours) * 3600)
        return {StatusLevel::Warning, Text::tr("No full backup for %1.").arg(describeAge(fullAge))};
    return {StatusLevel::Ok, Text::tr("Log backup %1 ago (set %2).")
                                 .arg(describeAge(qMax<qint64>(0, logAge)))
                                 .arg(db.lastLogSetId)};
}

void addJobVerdicts(const GroupSnapshot& snapshot, QVector<StatusVerdict>& group)
{
    const BackupJobState& job = snapshot.job;
    if (!job.found) {
        group.append(
            {StatusLevel::Critical,
             Text::tr("The job '%1' was not found in msdb on %2: nothing is backed up. Run the "
                      "BizTalk configuration, or check the management database name.")
                 .arg(job.name, snapshot.managementServer)});
        return;
    }
    const BackupJobSettings settings = BackupJobSettings::fromJob(job);
    for (const QString& problem : settings.problems)
        group.append(
            {StatusLevel::Warning, Text::tr("%1. Shown as it is; the console will not rewrite it "
                                            "without asking.")
                                       .arg(problem)});
    if (settings.hasPlaceholderPath()) {
        group.append(
            {StatusLevel::Warning,
             Text::tr("The job still has the '<destination path>' placeholder: configure the "
                      "backup folder before enabling it.")});
    }
    if (!job.enabled) {
        group.append(
            {StatusLevel::Critical,
             Text::tr("The Backup BizTalk Server job is disabled: no backups are taken and the "
                      "transaction logs grow. Configure it, then enable it.")});
    } else if (const JobSchedule* schedule = job.schedule(BackupScheduleName);
               schedule && !schedule->enabled) {
        group.append(
            {StatusLevel::Critical, Text::tr("The job's schedule '%1' is disabled: the job never "
                                             "runs on its own.")
                                        .arg(schedule->name)});
    }
    if (job.lastRun && !job.lastRun->succeeded() && job.lastRun->runStatus != 4) {
        const QString when = job.lastRun->startedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        if (job.lastFailedStep) {
            group.append(
                {StatusLevel::Critical,
                 Text::tr("The last run of the job (%1 server time) failed in step %2 (%3): %4")
                     .arg(when)
                     .arg(job.lastFailedStep->stepId)
                     .arg(job.lastFailedStep->stepName, job.lastFailedStep->message)});
        } else {
            group.append({StatusLevel::Critical,
                          Text::tr("The last run of the job (%1 server time) failed: %2")
                              .arg(when, job.lastRun->message)});
        }
    }
}

} // namespace

QString statusLevelName(StatusLevel level)
{
    switch (level) {
    case StatusLevel::Ok:
        return Text::tr("OK");
    case StatusLevel::Info:
        return Text::tr("Info");
    case StatusLevel::Warning:
        return Text::tr("Warning");
    case StatusLevel::Critical:
        return Text::tr("Critical");
    }
    return QString();
}

StatusLevel GroupVerdicts::worst() const
{
    StatusLevel level = StatusLevel::Ok;
    for (const auto* list : {&group, &databases}) {
        for (const StatusVerdict& v : *list) {
            if (v.level > level)
                level = v.level;
        }
    }
    return level;
}

QString describeAge(qint64 seconds)
{
    const qint64 minutes = seconds / 60;
    if (minutes < 1)
        return Text::tr("less than a minute");
    if (minutes < 120)
        return minutes == 1 ? Text::tr("1 minute") : Text::tr("%1 minutes").arg(minutes);
    const qint64 hours = minutes / 60;
    if (hours < 48) {
        const qint64 rest = minutes % 60;
        // The remainder may be one: "2 hours 1 minute", never "1 minutes".
        return rest == 0
                   ? Text::tr("%1 hours").arg(hours)
                   : Text::tr("%1 hours %2")
                         .arg(hours)
                         .arg(rest == 1 ? Text::tr("1 minute") : Text::tr("%1 minutes").arg(rest));
    }
    return Text::tr("%1 days").arg(hours / 24);
}

QString describeShortAge(qint64 seconds)
{
    const qint64 minutes = seconds / 60;
    if (minutes < 1)
        return Text::tr("< 1 min");
    if (minutes < 120)
        return Text::tr("%1 min").arg(minutes);
    const qint64 hours = minutes / 60;
    if (hours < 48)
        return minutes % 60 == 0 ? Text::tr("%1 h").arg(hours)
                                 : Text::tr("%1 h %2 min").arg(hours).arg(minutes % 60);
    return Text::tr("%1 d").arg(hours / 24);
}

GroupVerdicts evaluateGroup(const GroupSnapshot& snapshot, const Thresholds& thresholds)
{
    GroupVerdicts verdicts;
    addJobVerdicts(snapshot, verdicts.group);
    if (snapshot.newestPartialSet &&
        snapshot.newestPartialSet->setId > snapshot.newestCompleteFullSet) {
        const PartialSet& set = *snapshot.newestPartialSet;
        verdicts.group.append(
            {StatusLevel::Critical,
             Text::tr(
                 "%1 set %2 is partial (%3 partial sets since the last full set): destinations "
                 "skip "
                 "it and every log set after it until the next complete full set. Fix the failing "
                 "database, then force a full backup.")
                 .arg(set.backupType == QLatin1String("db") ? Text::tr("Full") : Text::tr("Log"))
                 .arg(set.setId)
                 .arg(snapshot.partialSetsSinceLastFull)});
    }
    for (const DbError& warning : snapshot.warnings)
        verdicts.group.append({StatusLevel::Warning, warning.sentence()});

    const bool jobRunning = snapshot.job.found && snapshot.job.enabled;
    for (const GroupDatabase& db : snapshot.databases) {
        StatusVerdict verdict = verdictFor(db, snapshot, thresholds, jobRunning);
        if (!jobRunning && db.method == BackupMethod::BackupJob && verdict.level == StatusLevel::Ok)
            verdict = {StatusLevel::Warning, Text::tr("Job disabled: no new backups.")};
        verdicts.databases.append(verdict);
    }
    return verdicts;
}

} // namespace bts

namespace bts {

QString describeBackupJob(const GroupSnapshot& snapshot)
{
    const BackupJobState& job = snapshot.job;
    if (!job.found)
        return Text::tr("%1: not found.").arg(job.name);
    QStringList parts;
    parts.append(job.enabled ? Text::tr("enabled") : Text::tr("disabled"));
    const BackupJobSettings settings = BackupJobSettings::fromJob(job);
    const JobSchedule* schedule = job.schedule(BackupScheduleName);
    const QString every = schedule && schedule->intervalMinutes()
                              ? Text::tr("every %1 minutes").arg(*schedule->intervalMinutes())
                              : Text::tr("on its schedule");
    if (settings.full) {
        static const QHash<QChar, QString> names = {{QLatin1Char('h'), Text::tr("hourly")},
                                                    {QLatin1Char('d'), Text::tr("daily")},
                                                    {QLatin1Char('w'), Text::tr("weekly")},
                                                    {QLatin1Char('m'), Text::tr("monthly")},
                                                    {QLatin1Char('y'), Text::tr("yearly")}};
        QString full =
            Text::tr("full backups %1")
                .arg(names.value(settings.full->frequency, Text::tr("at an unknown frequency")));
        if (settings.full->backupHour && settings.full->frequency != QLatin1Char('h'))
            full += Text::tr(" at %1:00 server time").arg(*settings.full->backupHour);
        parts.append(full);
    }
    if (settings.log) {
        parts.append(Text::tr("log backups %1 to %2").arg(every, settings.log->backupPath));
        parts.append(Text::tr("mark '%1'").arg(settings.log->markName));
    }
    if (job.lastRun) {
        parts.append(
            Text::tr("last run %1 server time %2")
                .arg(job.lastRun->startedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                     job.lastRun->succeeded() ? Text::tr("succeeded") : Text::tr("failed")));
    } else {
        parts.append(Text::tr("never run"));
    }
    if (snapshot.newestCompleteLogSet >= 0)
        parts.append(Text::tr("newest complete log set %1").arg(snapshot.newestCompleteLogSet));
    return Text::tr("%1: %2.").arg(job.name, parts.join(QStringLiteral("; ")));
}

} // namespace bts
