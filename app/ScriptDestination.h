#pragma once

#include "core/Result.h"
#include "destination/DestinationPlanner.h"
#include "group/GroupBackend.h"

#include <QString>
#include <QVector>

#include <optional>

class QCommandLineParser;
class QTextStream;

namespace bts {

// What `script destination` and `script clean-destination` ask for. The defaults are the
// destination wizard's.
struct DestinationChanges {
    QString destination;                 // the destination SQL Server
    std::optional<QString> sourceServer; // unset: the destination restores every database
    std::optional<QString> description;  // unset: "BizTalk log shipping from <management server>"
    QString schemaFolder; // empty with the lab: its own stand-ins (Lab::schemaFolder)
    bool runScripts = true;
    bool replaceExisting = false;
    bool linkServers = true;
    // Phase 2, on a configured destination: what changes after bts_ConfigureBizTalkLogShipping.
    QVector<PathRedirect> redirects;
    bool enableJobs = false;
    QString sourceId; // clean-destination: the source whose restored databases are dropped

    bool pathsAndJobs() const { return enableJobs || !redirects.isEmpty(); }
};

// DB=DBFILEFOLDER|LOGFILEFOLDER, or DB=FOLDER for both; an empty folder reads the backups where
// the job wrote them.
std::optional<PathRedirect> parsePathRedirect(const QString& text);

// Reads the options of `script destination` or `script clean-destination` (`script`) of a
// parsed command line; the error in words, or empty. `readsLab`: no --server was given, so the
// lab's own Schema folder is the default.
QString readDestinationChanges(const QCommandLineParser& parser, const QString& script,
                               bool readsLab, DestinationChanges& changes);

// The wizard's answers for `changes`, on the group whose management database is given.
DestinationConfig destinationConfig(const DestinationChanges& changes,
                                    const QString& managementServer,
                                    const QString& managementDatabase);

// LogShipping_Destination_Schema.sql and _Logic.sql from `schemaFolder`, split into batches;
// fails (InvalidInput) with every problem the checks find, one a line.
Result<DestinationScripts> readDestinationScripts(const QString& schemaFolder);

// Reads the group and the destination, plans and prints `script destination`: the setup, or
// with redirects or enableJobs the paths and jobs. Returns the exit code (ScriptExitCode).
int printDestinationScript(const GroupBackend& backend, const DestinationChanges& changes,
                           QTextStream& out, QTextStream& err);

// Reads the destination, plans and prints `script clean-destination`; returns the exit code.
int printCleanDestinationScript(const GroupBackend& backend, const DestinationChanges& changes,
                                QTextStream& out, QTextStream& err);

} // namespace bts
