#pragma once

#include <QDateTime>
#include <QString>
#include <QVector>

#include <optional>

namespace bts {

// The Backup BizTalk Server job as msdb describes it. Steps are found by name, never by number:
// the 3-step (older) and 4-step layouts number them differently.
namespace JobStepNames {
inline const QString Compression = QStringLiteral("Set Compression Option");
inline const QString BackupFull = QStringLiteral("BackupFull");
inline const QString MarkAndBackupLog = QStringLiteral("MarkAndBackupLog");
inline const QString ClearHistory = QStringLiteral("Clear Backup History");
} // namespace JobStepNames

inline const QString BackupScheduleName = QStringLiteral("MarkAndBackupLogSched");
inline const QString DestinationPathPlaceholder = QStringLiteral("<destination path>");

QString backupJobName(const QString& managementDatabase);

struct JobStep {
    int id = 0;
    QString name;
    QString command;
    QString databaseName;
    int onSuccessAction = 1;
    int onFailAction = 2;
};

struct JobSchedule {
    QString name;
    bool enabled = false;
    int freqType = 0;
    int freqInterval = 0;
    int freqSubdayType = 0;
    int freqSubdayInterval = 0;

    // Minutes between runs when the schedule repeats within a day, else nullopt.
    std::optional<int> intervalMinutes() const;
};

// One outcome row (step 0) of msdb.dbo.sysjobhistory.
struct JobRun {
    QDateTime startedAt; // server local time, as msdb stores it
    int runStatus = 0;   // 0 failed, 1 succeeded, 2 retry, 3 cancelled, 4 in progress
    int durationSeconds = 0;
    QString message;

    bool succeeded() const { return runStatus == 1; }
};

// The newest failed step, for the words of a failure ("step 3 (MarkAndBackupLog): ...").
struct FailedStep {
    int stepId = 0;
    QString stepName;
    QString message;
    QDateTime startedAt; // server local time
};

struct BackupJobState {
    bool found = false;
    QString name;
    bool enabled = false;
    QVector<JobStep> steps;
    QVector<JobSchedule> schedules;
    std::optional<JobRun> lastRun;
    std::optional<FailedStep> lastFailedStep;

    const JobStep* step(const QString& stepName) const;
    const JobSchedule* schedule(const QString& scheduleName) const;
};

} // namespace bts
