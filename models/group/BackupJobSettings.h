#pragma once

#include "BackupJob.h"

#include <QChar>
#include <QString>
#include <QStringList>

#include <optional>

namespace bts {

// The parameters of the backup procedures, in signature order (facts §1.4).
namespace ProcedureSignatures {
inline const QStringList SetBackupCompression = {QStringLiteral("bCompression")};
inline const QStringList BackupAllFullSchedule = {
    QStringLiteral("Frequency"),  QStringLiteral("MarkName"),
    QStringLiteral("BackupPath"), QStringLiteral("ForceFullBackupAfterPartialSetFailure"),
    QStringLiteral("BackupHour"), QStringLiteral("UseLocalTime")};
inline const QStringList MarkAll = {QStringLiteral("MarkName"), QStringLiteral("BackupPath"),
                                    QStringLiteral("UseLocalTime")};
inline const QStringList DeleteBackupHistory = {QStringLiteral("DaysToKeep"),
                                                QStringLiteral("UseLocalTime")};
} // namespace ProcedureSignatures

// What the job's step commands ask for, read back from their text.
struct FullBackupSettings {
    QChar frequency = QLatin1Char('d');
    QString markName;
    QString backupPath;
    bool forceFullAfterPartialSet = false;
    std::optional<int> backupHour;
    bool useLocalTime = false;
};

struct LogBackupSettings {
    QString markName;
    QString backupPath;
    bool useLocalTime = false;
};

struct BackupJobSettings {
    std::optional<bool> compression; // absent in the 3-step layout
    std::optional<FullBackupSettings> full;
    std::optional<LogBackupSettings> log;
    std::optional<int> daysToKeep;
    bool useLocalTimeForHistory = false;

    // Steps whose command could not be read, with the reason: shown as they are, never rewritten.
    QStringList problems;

    // True while a backup step still holds the '<destination path>' placeholder.
    bool hasPlaceholderPath() const;

    static BackupJobSettings fromJob(const BackupJobState& job);
};

} // namespace bts
