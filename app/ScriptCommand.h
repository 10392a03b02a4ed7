#pragma once

#include "core/Result.h"
#include "source/SourceContext.h"
#include "source/SourceJobConfig.h"

#include <QChar>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

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

// The arguments after `script`, parsed without side effects (no environment, no server), so that
// tests can check them. The password is not here: the run reads it from the environment.
struct ScriptOptions {
    bool showHelp = false;
    QString helpText;
    QString script; // "source-job"

    QString labFolder; // empty and no server: Lab::defaultRoot()
    QString server;    // non-empty: a SQL Server instead of the lab
    QString database = QStringLiteral("BizTalkMgmtDb");
    QString driver = QStringLiteral("ODBC Driver 18 for SQL Server");
    int port = 0; // 0: the driver's default
    QString user; // empty: Windows authentication
    bool trustServerCertificate = false;
    bool encrypt = true;

    SourceJobChanges changes;
    QString error; // non-empty when the arguments cannot be used; says why
};

// The environment variable the SQL login's password is read from: a password given on the
// command line would be visible to every user of the machine in its process list.
inline constexpr char ScriptPasswordVariable[] = "BTS_LOGSHIP_PASSWORD";

// Exit codes of the script command.
enum ScriptExitCode { ScriptPrinted = 0, ScriptInvalidInput = 1, ScriptServerUnreadable = 3 };

ScriptOptions parseScriptOptions(const QStringList& arguments);

// The configuration the wizard would start from (the job as it is), with the changes applied.
// A database to add without a BizTalk server name gets the first one the group lists, else its
// own SQL server's name. Fails when a database to remove is not listed (or is ambiguous).
Result<SourceJobConfig> applySourceJobChanges(const SourceContext& context,
                                              const SourceJobChanges& changes);

// Runs `bts-logship script ...`: prints the T-SQL on `out`, errors on `err`, and returns the
// exit code. Blocks on the server: meant for a headless run with no event loop to keep alive.
int runScriptCommand(const QStringList& arguments, QTextStream& out, QTextStream& err);
// The same on stdout and stderr.
int runScriptCommand(const QStringList& arguments);

} // namespace bts
