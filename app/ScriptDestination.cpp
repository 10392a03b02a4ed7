#include "ScriptDestination.h"

#include "ScriptCommand.h"
#include "actions/CallSequence.h"
#include "destination/DestinationReader.h"
#include "tsql/BatchSplitter.h"
#include "tsql/ScriptFileCheck.h"

#include <QCommandLineParser>
#include <QTextStream>

#include <utility>

namespace bts {
namespace {

// The options that set a destination up; phase 2 changes a configured one and takes none.
const char* const SetupOptions[] = {"source-server", "description",      "schema-folder",
                                    "no-scripts",    "replace-existing", "no-link-servers"};

QString latin1(const char* text)
{
    return QString::fromLatin1(text);
}

QString readRedirects(const QCommandLineParser& parser, DestinationChanges& changes)
{
    for (const QString& text : parser.values(QStringLiteral("redirect"))) {
        const std::optional<PathRedirect> redirect = parsePathRedirect(text);
        if (!redirect)
            return QStringLiteral("--redirect takes DB=DBFILEFOLDER|LOGFILEFOLDER or DB=FOLDER, "
                                  "not '%1'.")
                .arg(text);
        for (const PathRedirect& earlier : std::as_const(changes.redirects)) {
            if (earlier.database.compare(redirect->database, Qt::CaseInsensitive) == 0)
                return QStringLiteral("--redirect names %1 twice.").arg(redirect->database);
        }
        changes.redirects.append(*redirect);
    }
    return QString();
}

QString readSetup(const QCommandLineParser& parser, bool readsLab, DestinationChanges& changes)
{
    if (parser.isSet(QStringLiteral("source-server"))) {
        const QString text = parser.value(QStringLiteral("source-server"));
        if (text.trimmed().isEmpty())
            return QStringLiteral("--source-server needs a server name; without it, the "
                                  "destination restores every source database.");
        // Taken as typed: the planner refuses a name that trimming or cutting would change.
        changes.sourceServer = text;
    }
    // Taken as typed: the planner judges it, in the wizard's words.
    if (parser.isSet(QStringLiteral("description")))
        changes.description = parser.value(QStringLiteral("description"));
    changes.schemaFolder = parser.value(QStringLiteral("schema-folder"));
    if (parser.isSet(QStringLiteral("schema-folder")) && changes.schemaFolder.trimmed().isEmpty())
        return QStringLiteral("--schema-folder needs a folder.");
    changes.runScripts = !parser.isSet(QStringLiteral("no-scripts"));
    changes.replaceExisting = parser.isSet(QStringLiteral("replace-existing"));
    changes.linkServers = !parser.isSet(QStringLiteral("no-link-servers"));
    if (!changes.runScripts) {
        for (const char* option : {"schema-folder", "replace-existing"}) {
            if (parser.isSet(latin1(option)))
                return QStringLiteral("--%1 is about the scripts: use it without --no-scripts.")
                    .arg(latin1(option));
        }
    }
    if (changes.runScripts && !readsLab && changes.schemaFolder.isEmpty())
        return QStringLiteral("--schema-folder is needed with --server: name the Schema folder of "
                              "the BizTalk installation, or use --no-scripts where the scripts "
                              "ran already.");
    return QString();
}

// The checks' words ending in a full stop each, one a line, as err prints a DbError's sentence.
QString sentences(const QStringList& problems)
{
    QStringList lines;
    for (const QString& problem : problems)
        lines.append(problem.endsWith(QLatin1Char('.')) ? problem : problem + QLatin1Char('.'));
    return lines.join(QLatin1Char('\n'));
}

// The planner's words as they are: sentence() would put a full stop after a question mark.
QString plannerWords(const DbError& error)
{
    const bool question = error.summary.endsWith(QLatin1Char('?')) && error.location.isEmpty() &&
                          error.advice.isEmpty();
    return question ? error.summary : error.sentence();
}

// The first error of the planner's validation, in its words; empty when there is none.
QString firstError(const QVector<Finding>& findings)
{
    for (const Finding& finding : findings) {
        if (finding.level == Finding::Level::Error)
            return finding.message;
    }
    return QString();
}

// What the checks say that the script does not show: warnings, and the errors it fixes.
void printFindings(const DestinationChecks& checks, QTextStream& out)
{
    for (const PrerequisiteCheck& check : checks.checks) {
        if (check.finding.level == Finding::Level::Warning)
            out << "-- Warning: " << scriptCommentLine(check.finding.message) << '\n';
        else if (check.finding.level == Finding::Level::Error && !check.fix.isEmpty())
            out << "-- Fix: " << scriptCommentLine(check.finding.message) << '\n';
    }
}

// The errors of the checks that no command fixes; empty when the destination can be set up.
QStringList blockingProblems(const DestinationChecks& checks)
{
    QStringList problems;
    for (const PrerequisiteCheck& check : checks.checks) {
        if (check.finding.level == Finding::Level::Error && check.fix.isEmpty())
            problems.append(check.finding.message);
    }
    return problems;
}

// Both reads fail only when a server cannot be reached or read: exit code 3.
Result<DestinationChecks> readChecks(const GroupBackend& backend, const QString& destination)
{
    const Result<GroupSnapshot> snapshot = backend.readSnapshot();
    if (!snapshot)
        return snapshot.error();
    const Result<SourceFacts> facts = readSourceFacts(backend.connector(), snapshot.value());
    if (!facts)
        return facts.error();
    return checkDestination(backend.connector(), destination, facts.value());
}

// What the operator typed and the local files, judged before any server is waited on: the
// scripts to run (none with --no-scripts), or the wizard's words.
Result<DestinationScripts> localInputs(const DestinationConfig& config, const QString& schemaFolder)
{
    if (const QString error = firstError(validateDestinationConfig(config)); !error.isEmpty())
        return invalidScriptInput(error);
    if (!config.runScripts)
        return DestinationScripts();
    return readDestinationScripts(schemaFolder);
}

void printSetupScript(const DestinationConfig& config, const DestinationState& current,
                      const DestinationChecks& checks, const QVector<ServerCommand>& commands,
                      QTextStream& out)
{
    // What is lost comes first, as the wizard puts it above the confirmation.
    if (config.runScripts && current.isConfigured())
        out << "-- WARNING: " << scriptCommentLine(config.destination)
            << " has a log-shipping configuration: LogShipping_Destination_Schema.sql drops it, "
               "with what was imported and restored; restoring starts again from the next full "
               "backup.\n";
    printFindings(checks, out);
    out << scriptFor(commands);
}

int printSetup(const GroupBackend& backend, const DestinationChanges& changes, QTextStream& out,
               QTextStream& err)
{
    const DestinationConfig config =
        destinationConfig(changes, backend.managementServer(), backend.managementDatabase());
    const Result<DestinationScripts> scripts = localInputs(config, changes.schemaFolder);
    if (!scripts) {
        err << scripts.error().sentence() << '\n';
        return ScriptInvalidInput;
    }
    // Read before the checks: an unreachable destination is exit code 3, not a failed check,
    // and it is waited on once rather than twice.
    const DestinationState current = readDestination(backend.connector(), config.destination);
    if (!current.reachable) {
        err << current.error.sentence() << '\n';
        return ScriptServerUnreadable;
    }
    const Result<DestinationChecks> checks = readChecks(backend, config.destination);
    if (!checks) {
        err << checks.error().sentence() << '\n';
        return ScriptServerUnreadable;
    }
    if (const QStringList problems = blockingProblems(checks.value()); !problems.isEmpty()) {
        err << sentences(problems) << '\n';
        return ScriptInvalidInput;
    }
    const Result<QVector<ServerCommand>> plan =
        planDestinationSetup(config, scripts.value(), checks.value(), current);
    if (!plan) {
        err << plannerWords(plan.error()) << '\n';
        // The planner asks the wizard's operator to type the name; here it is an option.
        if (config.runScripts && current.isConfigured() && !config.confirmedReplacingConfiguration)
            err << "--replace-existing confirms it; --no-scripts keeps the tables as they are.\n";
        return ScriptInvalidInput;
    }
    printSetupScript(config, current, checks.value(), plan.value(), out);
    return ScriptPrinted;
}

int printPathsAndJobs(const GroupBackend& backend, const DestinationChanges& changes,
                      QTextStream& out, QTextStream& err)
{
    const DestinationState state = readDestination(backend.connector(), changes.destination);
    if (!state.reachable) {
        err << state.error.sentence() << '\n';
        return ScriptServerUnreadable;
    }
    if (!state.isConfigured()) {
        err << changes.destination << " is not configured: run `script destination` first.\n";
        return ScriptInvalidInput;
    }
    const Result<QVector<ServerCommand>> plan =
        planPathsAndJobs(state, changes.redirects, changes.enableJobs);
    if (!plan) {
        err << plannerWords(plan.error()) << '\n';
        return ScriptInvalidInput;
    }
    if (plan.value().isEmpty())
        out << "-- Nothing to change: the destination already has these settings.\n";
    else
        out << scriptFor(plan.value());
    return ScriptPrinted;
}

} // namespace

std::optional<PathRedirect> parsePathRedirect(const QString& text)
{
    // Folders may hold '=' but never '|' (Windows forbids it in paths); database names could
    // hold either, but a BizTalk database name with '=' is far less likely than such a folder.
    const qsizetype equals = text.indexOf(QLatin1Char('='));
    if (equals < 0)
        return std::nullopt;
    PathRedirect redirect;
    redirect.database = text.left(equals).trimmed();
    const QStringList folders = text.mid(equals + 1).split(QLatin1Char('|'));
    if (redirect.database.isEmpty() || folders.size() > 2)
        return std::nullopt;
    // Taken as typed: the planner compares them trimmed and judges them.
    redirect.dbFileLocation = folders.constFirst();
    redirect.logFileLocation = folders.constLast();
    return redirect;
}

QString readDestinationChanges(const QCommandLineParser& parser, const QString& script,
                               bool readsLab, DestinationChanges& changes)
{
    changes.destination = parser.value(QStringLiteral("destination")).trimmed();
    if (changes.destination.isEmpty())
        return parser.isSet(QStringLiteral("destination"))
                   ? QStringLiteral("--destination needs a server name.")
                   : QStringLiteral("Name the destination SQL Server: --destination SERVER.");
    if (script == CleanDestinationScript) {
        if (!parser.isSet(QStringLiteral("source-id")))
            return QStringLiteral("Name the source to clean: --source-id ID.");
        changes.sourceId = parser.value(QStringLiteral("source-id")); // the planner judges it
        return QString();
    }
    if (QString error = readRedirects(parser, changes); !error.isEmpty())
        return error;
    changes.enableJobs = parser.isSet(QStringLiteral("enable-jobs"));
    if (!changes.pathsAndJobs())
        return readSetup(parser, readsLab, changes);
    for (const char* option : SetupOptions) {
        if (parser.isSet(latin1(option)))
            return QStringLiteral("--%1 sets a destination up: use it without --redirect and "
                                  "--enable-jobs, which change a configured one.")
                .arg(latin1(option));
    }
    return QString();
}

DestinationConfig destinationConfig(const DestinationChanges& changes,
                                    const QString& managementServer,
                                    const QString& managementDatabase)
{
    DestinationConfig config;
    config.destination = changes.destination;
    // The destination wizard's default.
    config.description = changes.description.value_or(
        QStringLiteral("BizTalk log shipping from %1").arg(managementServer));
    config.managementServer = managementServer;
    config.managementDatabase = managementDatabase;
    config.sourceServerName = changes.sourceServer;
    config.linkServers = changes.linkServers;
    config.runScripts = changes.runScripts;
    config.confirmedReplacingConfiguration = changes.replaceExisting;
    return config;
}

Result<DestinationScripts> readDestinationScripts(const QString& schemaFolder)
{
    DestinationScripts scripts;
    QVector<SqlBatch>* targets[] = {&scripts.schema, &scripts.logic}; // the checks' order
    const QVector<ScriptCheck> checks = checkDestinationScripts(schemaFolder);
    QStringList problems;
    for (int i = 0; i < checks.size() && i < 2; ++i) {
        const ScriptCheck& check = checks.at(i);
        if (!check.problem.isEmpty()) {
            problems.append(check.problem);
            continue;
        }
        // Read again, as the wizard does: the check keeps no batches.
        QString error;
        const QString text = readScriptFile(check.path, &error);
        const SplitResult split = text.isNull() ? SplitResult() : splitBatches(text);
        if (text.isNull() || !split.ok())
            problems.append(QStringLiteral("%1 cannot be used: %2")
                                .arg(check.path, text.isNull() ? error : split.error));
        else
            *targets[i] = split.batches;
    }
    if (!problems.isEmpty())
        return invalidScriptInput(sentences(problems));
    return scripts;
}

int printDestinationScript(const GroupBackend& backend, const DestinationChanges& changes,
                           QTextStream& out, QTextStream& err)
{
    return changes.pathsAndJobs() ? printPathsAndJobs(backend, changes, out, err)
                                  : printSetup(backend, changes, out, err);
}

int printCleanDestinationScript(const GroupBackend& backend, const DestinationChanges& changes,
                                QTextStream& out, QTextStream& err)
{
    const DestinationState state = readDestination(backend.connector(), changes.destination);
    if (!state.reachable) {
        err << state.error.sentence() << '\n';
        return ScriptServerUnreadable;
    }
    const Result<QVector<ServerCommand>> plan = planClean(
        state, changes.sourceId, backend.managementServer(), backend.managementDatabase());
    if (!plan) {
        err << plannerWords(plan.error()) << '\n';
        return ScriptInvalidInput;
    }
    out << "-- This drops the restored databases of " << scriptCommentLine(changes.sourceId)
        << " on " << scriptCommentLine(changes.destination)
        << " and forgets what was restored from it: the source takes a full backup on its next "
           "run, and restoring starts again from it.\n";
    // One script for two servers: whoever runs it by hand must switch where the `-- on` says.
    out << "-- Mind the servers: sp_ForceFullBackup runs on "
        << scriptCommentLine(backend.managementServer()) << " in "
        << scriptCommentLine(backend.managementDatabase()) << ", the other steps on "
        << scriptCommentLine(changes.destination) << ".\n";
    out << scriptFor(plan.value());
    return ScriptPrinted;
}

} // namespace bts
