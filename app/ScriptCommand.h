#pragma once

#include "ConnectionArguments.h"
#include "ScriptDestination.h"
#include "ScriptSourceJob.h"
#include "core/DbError.h"

#include <QString>
#include <QStringList>

#include <optional>

class QTextStream;

namespace bts {

// The scripts `bts-logship script` prints.
inline const QString SourceJobScript = QStringLiteral("source-job");
inline const QString DestinationScript = QStringLiteral("destination");
inline const QString CleanDestinationScript = QStringLiteral("clean-destination");

// The arguments after `script`, parsed without side effects (no environment, no server), so that
// tests can check them. The password is not here: the run reads it from the environment.
struct ScriptOptions : ConnectionArguments {
    bool showHelp = false;
    QString helpText;
    QString script; // SourceJobScript, DestinationScript or CleanDestinationScript

    SourceJobChanges changes;              // source-job
    DestinationChanges destinationChanges; // destination, clean-destination
    QString error;                         // non-empty when the arguments cannot be used; says why
};

// Exit codes of the script command.
enum ScriptExitCode { ScriptPrinted = 0, ScriptInvalidInput = 1, ScriptServerUnreadable = 3 };

ScriptOptions parseScriptOptions(const QStringList& arguments);

// Runs `bts-logship script ...`: prints the T-SQL on `out`, errors on `err`, and returns the
// exit code. Blocks on the server: meant for a headless run with no event loop to keep alive.
int runScriptCommand(const QStringList& arguments, QTextStream& out, QTextStream& err);
// The same on stdout and stderr.
int runScriptCommand(const QStringList& arguments);

// For the files of the scripts.
// An error the operator can correct (exit code 1), in `message`'s words.
DbError invalidScriptInput(const QString& message);
// `text` on one line, so that a comment made of it does not turn what follows into T-SQL.
QString scriptCommentLine(QString text);

} // namespace bts
