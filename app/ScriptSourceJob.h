#pragma once

#include "core/Result.h"
#include "group/GroupBackend.h"
#include "source/SourceContext.h"
#include "source/SourceJobConfig.h"

#include <QChar>
#include <QString>
#include <QVector>

#include <optional>

class QCommandLineParser;
class QTextStream;

namespace bts {

// What `script source-job` asks to change. Anything left unset keeps the job's current value,
// so that a script for one change does not also revert settings made elsewhere.
struct SourceJobChanges {
    std::optional<QString> fullBackupPath;
    std::optional<QString> logBackupPath; // unset with fullBackupPath set: the same folder
    std::optional<QChar> frequency;
    std::optional<QString> markName;
    bool changeBackupHour = false;
    std::optional<int> backupHour; // with changeBackupHour: the hour, or none (--no-backup-hour)
    std::optional<bool> useLocalTime;
    std::optional<bool> forceFullAfterPartialSet;
    std::optional<int> intervalMinutes;
    std::optional<int> daysToKeep;
    std::optional<bool> compression;
    bool disableJob = false;
    bool forceFullBackup = false;
    // btsServerName empty: chosen from the group (see applySourceJobChanges).
    QVector<OtherBackupDatabase> databasesToAdd;
    // Only defaultName and, when given, btsServerName: matched against the group's rows.
    QVector<OtherBackupDatabase> databasesToRemove;
};

// Reads the source-job options of a parsed command line; the error in words, or empty.
QString readSourceJobChanges(const QCommandLineParser& parser, SourceJobChanges& changes);

// The configuration the wizard would start from (the job as it is), with the changes applied.
// A database to add without a BizTalk server name gets the first one the group lists, else its
// own SQL server's name. Fails when a database to remove is not listed (or is ambiguous).
Result<SourceJobConfig> applySourceJobChanges(const SourceContext& context,
                                              const SourceJobChanges& changes);

// Reads the group, plans and prints `script source-job`; returns the exit code (ScriptExitCode).
int printSourceJobScript(const GroupBackend& backend, const SourceJobChanges& changes,
                         QTextStream& out, QTextStream& err);

} // namespace bts
