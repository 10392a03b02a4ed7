#pragma once

#include "SourceContext.h"

#include <QChar>
#include <QString>
#include <QVector>

#include <optional>

namespace bts {

// What the operator wants the Backup BizTalk Server job to do: the answers of the source wizard.
struct SourceJobConfig {
    QString fullBackupPath;
    QString logBackupPath;
    QChar frequency = QLatin1Char('d');
    QString markName = QStringLiteral("BTS"); // the full backups' "Name" and the log mark name
    std::optional<int> backupHour;
    bool useLocalTime = false;
    bool forceFullAfterPartialSet = false;
    int intervalMinutes = 15;
    std::optional<bool> compression; // only where the job has the compression step
    int daysToKeep = 14;
    bool enableJob = true;

    QVector<OtherBackupDatabase> databasesToAdd;
    QVector<OtherBackupDatabase> databasesToRemove;
    // sp_ForceFullBackup after the changes; always done when a database is added, since a log
    // backup of a database with no full backup fails.
    bool forceFullBackup = false;

    // The settings the job has now, read back from its steps and schedule; sensible defaults
    // for what cannot be read (the '<destination path>' placeholder reads as an empty path).
    static SourceJobConfig fromContext(const SourceContext& context);
};

} // namespace bts
