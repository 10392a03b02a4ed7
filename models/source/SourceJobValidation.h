#pragma once

#include "SourceJobConfig.h"

#include <QString>
#include <QVector>

namespace bts {

// One sentence about one answer of the wizard.
struct Finding {
    enum class Level { Ok, Info, Warning, Error };
    enum class Field {
        FullPath,
        LogPath,
        MarkName,
        Frequency,
        BackupHour,
        Interval,
        DaysToKeep,
        Databases
    };

    Level level = Level::Ok;
    Field field = Field::FullPath;
    QString message;
};

enum class BackupPathKind { Empty, Unc, BlobUrl, LocalDrive, LocalPosix, Unknown };
BackupPathKind classifyBackupPath(const QString& path);

// Limits from the procedures' signatures (facts §1.4, §8).
inline constexpr int MaxMarkNameLength = 8;
inline constexpr int MaxBackupPathLength = 128;
inline constexpr int MaxServerNameLength = 80;
inline constexpr int MaxDatabaseNameLength = 128;

QVector<Finding> validateBackupPath(const QString& path, Finding::Field field);
QVector<Finding> validateMarkName(const QString& name);
QVector<Finding> validateSchedule(const SourceJobConfig& config);
QVector<Finding> validateOtherDatabase(const OtherBackupDatabase& database);
// Every finding for a whole configuration.
QVector<Finding> validateSourceJob(const SourceJobConfig& config);

bool hasErrors(const QVector<Finding>& findings);

} // namespace bts
