#include "ScriptCommand.h"

#include "core/ThreadConnections.h"
#include "lab/Lab.h"
#include "mssql/SqlServerBackend.h"

#include <QCommandLineParser>
#include <QTextStream>

#include <cstdio>
#include <memory>

namespace bts {
namespace {

// The scripts an option goes with, space-separated.
const char SourceJobOnly[] = "source-job";
const char SetupOnly[] = "destination";
const char Destinations[] = "destination clean-destination";
const char CleanOnly[] = "clean-destination";

struct OptionSpec {
    const char* name;
    const char* valueName; // empty: a switch
    const char* description;
    const char* scripts;
};

// One table, so that the parser, --help and the check for another script's options cannot
// disagree.
const OptionSpec Options[] = {
    {"full-path", "folder", "Full backups go to <folder>; log backups too, unless --log-path.",
     SourceJobOnly},
    {"log-path", "folder", "Log backups go to <folder>.", SourceJobOnly},
    {"path", "folder", "Full and log backups go to <folder>.", SourceJobOnly},
    {"frequency", "h|d|w|m|y", "A full backup every hour, day, week, month or year.",
     SourceJobOnly},
    {"mark", "name", "The mark name (at most 8 characters).", SourceJobOnly},
    {"backup-hour", "hour", "Full backups in hour <hour> (0-23).", SourceJobOnly},
    {"no-backup-hour", "", "Full backups at the first run of each period.", SourceJobOnly},
    {"use-local-time", "", "Hours and file names in the server's local time.", SourceJobOnly},
    {"no-use-local-time", "", "Hours and file names in UTC.", SourceJobOnly},
    {"force-full-after-partial", "", "A full backup on the run after a partial set.",
     SourceJobOnly},
    {"no-force-full-after-partial", "", "No full backup after a partial set.", SourceJobOnly},
    {"interval", "minutes", "Runs the job every <minutes> minutes (1-1440).", SourceJobOnly},
    {"days-to-keep", "days", "Keeps <days> days of backup history (0-32767).", SourceJobOnly},
    {"compression", "on|off", "Compresses the backups, or not.", SourceJobOnly},
    {"disable-job", "", "Leaves the job disabled (default: enabled).", SourceJobOnly},
    {"force-full", "", "A full backup on the job's next run.", SourceJobOnly},
    {"add-database", "spec",
     "Adds a custom database to the job; <spec> is DEFAULTNAME=SERVER/DATABASE[@BTSSERVER]. "
     "Repeatable.",
     SourceJobOnly},
    {"remove-database", "spec",
     "Removes a custom database from the job; <spec> is DEFAULTNAME[@BTSSERVER]. Repeatable.",
     SourceJobOnly},
    {"destination", "server", "The destination SQL Server.", Destinations},
    {"source-server", "name",
     "Restores only the databases of source SQL Server <name> (default: every source "
     "database).",
     SetupOnly},
    {"description", "text",
     "The description of the source (default \"BizTalk log shipping from <management "
     "server>\").",
     SetupOnly},
    {"schema-folder", "dir",
     "Reads LogShipping_Destination_Schema.sql and LogShipping_Destination_Logic.sql from "
     "<dir>, the Schema folder of BizTalk (default: the lab's stand-ins; needed with --server).",
     SetupOnly},
    {"no-scripts", "", "Does not run the two scripts: they ran on the destination already.",
     SetupOnly},
    {"replace-existing", "",
     "Confirms that the schema script drops the destination's log-shipping configuration.",
     SetupOnly},
    {"no-link-servers", "",
     "Does not create the linked server to the management server (@fLinkServers = 0).", SetupOnly},
    {"redirect", "spec",
     "Reads one database's backups from other folders on a configured destination; <spec> is "
     "DB=DBFILEFOLDER|LOGFILEFOLDER, or DB=FOLDER for both; an empty folder: where the job "
     "wrote them. Repeatable.",
     SetupOnly},
    {"enable-jobs", "",
     "Enables the Get Backup History and Restore Databases jobs of a configured destination.",
     SetupOnly},
    {"source-id", "id",
     "The source whose restored databases are dropped, as sp_LogShippingClean takes it.",
     CleanOnly},
};

QString latin1(const char* text)
{
    return QString::fromLatin1(text);
}

QStringList scriptsOf(const OptionSpec& spec)
{
    return latin1(spec.scripts).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

void addOptions(QCommandLineParser& parser)
{
    parser.setApplicationDescription(QStringLiteral(
        "Prints the T-SQL that a wizard of the console would run, for change review; changes "
        "nothing.\n"
        "  source-job: the Backup BizTalk Server job's settings; settings not given keep the "
        "job's current values.\n"
        "  destination: sets up log shipping on a destination; with --redirect or --enable-jobs, "
        "the folders and jobs of a configured one.\n"
        "  clean-destination: drops what a destination restored from one source, to restore it "
        "again from a full backup.\n"
        "Without --server, reads the embedded lab. Options in [brackets] go with those scripts "
        "only.\nExit codes: 0 printed, 1 invalid values, 3 server or group unreadable."));
    parser.addPositionalArgument(QStringLiteral("script"),
                                 QStringLiteral("source-job, destination or clean-destination."),
                                 QStringLiteral("source-job|destination|clean-destination"));
    parser.addOption(QCommandLineOption({QStringLiteral("h"), QStringLiteral("help")},
                                        QStringLiteral("Shows these options and exits.")));
    addConnectionOptions(parser);
    for (const OptionSpec& spec : Options) {
        QString description = latin1(spec.description);
        if (const QStringList scripts = scriptsOf(spec); !scripts.isEmpty())
            description += QStringLiteral(" [%1]").arg(scripts.join(QStringLiteral(", ")));
        parser.addOption(
            QCommandLineOption(latin1(spec.name), description, latin1(spec.valueName)));
    }
}

// An option of another script would be silently ignored: say so instead.
QString optionOfAnotherScript(const QCommandLineParser& parser, const QString& script)
{
    for (const OptionSpec& spec : Options) {
        const QStringList scripts = scriptsOf(spec);
        if (!scripts.isEmpty() && !scripts.contains(script) && parser.isSet(latin1(spec.name)))
            return QStringLiteral("--%1 does not go with `script %2`.")
                .arg(latin1(spec.name), script);
    }
    return QString();
}

QString readScript(const QCommandLineParser& parser, ScriptOptions& options)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return QStringLiteral("Name the script to print: source-job, destination or "
                              "clean-destination.");
    options.script = positional.constFirst();
    if (options.script != SourceJobScript && options.script != DestinationScript &&
        options.script != CleanDestinationScript)
        return QStringLiteral("Unknown script '%1': the scripts are source-job, destination and "
                              "clean-destination.")
            .arg(options.script);
    if (positional.size() > 1)
        return QStringLiteral("Unexpected argument '%1'.").arg(positional.at(1));
    if (QString error = optionOfAnotherScript(parser, options.script); !error.isEmpty())
        return error;
    if (QString error = readConnectionArguments(parser, options); !error.isEmpty())
        return error;
    if (options.script == SourceJobScript)
        return readSourceJobChanges(parser, options.changes);
    return readDestinationChanges(parser, options.script, options.server.isEmpty(),
                                  options.destinationChanges);
}

// Reads, plans and prints; the connections this thread opened are closed by the caller.
int printScript(const ScriptOptions& options, const GroupBackend& backend, QTextStream& out,
                QTextStream& err)
{
    if (options.script == SourceJobScript)
        return printSourceJobScript(backend, options.changes, out, err);
    if (options.script == CleanDestinationScript)
        return printCleanDestinationScript(backend, options.destinationChanges, out, err);
    DestinationChanges changes = options.destinationChanges;
    // The lab brings stand-ins for BizTalk's Schema folder; with a server, parsing demanded one.
    if (changes.schemaFolder.isEmpty() && options.server.isEmpty())
        changes.schemaFolder = Lab(options.labRoot()).schemaFolder();
    return printDestinationScript(backend, changes, out, err);
}

} // namespace

DbError invalidScriptInput(const QString& message)
{
    DbError error;
    error.kind = DbError::Kind::InvalidInput;
    error.summary = message;
    return error;
}

QString scriptCommentLine(QString text)
{
    text.replace(QLatin1Char('\r'), QLatin1Char(' '));
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return text;
}

ScriptOptions parseScriptOptions(const QStringList& arguments)
{
    QCommandLineParser parser;
    addOptions(parser);
    ScriptOptions options;
    const bool parsed = parser.parse(QStringList{QStringLiteral("bts-logship script")} + arguments);
    // Qt names the program by its path and puts the options first; say what to type instead.
    options.helpText = parser.helpText();
    options.helpText.replace(
        0, options.helpText.indexOf(QLatin1Char('\n')),
        QStringLiteral("Usage: bts-logship script source-job|destination|clean-destination "
                       "[options]"));
    options.showHelp = parser.isSet(QStringLiteral("help"));
    if (!parsed)
        options.error = parser.errorText();
    else if (!options.showHelp)
        options.error = readScript(parser, options);
    return options;
}

int runScriptCommand(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    const ScriptOptions options = parseScriptOptions(arguments);
    if (!options.error.isEmpty()) {
        err << "bts-logship script: " << options.error
            << "\nRun 'bts-logship script --help' to see the options.\n";
        return ScriptInvalidInput;
    }
    if (options.showHelp) {
        out << options.helpText;
        return ScriptPrinted;
    }
    // Set but empty is a login with an empty password, which SQL Server allows.
    if (const QString missing = missingPassword(options); !missing.isEmpty()) {
        err << "bts-logship script: " << missing << '\n';
        return ScriptInvalidInput;
    }

    const Result<std::shared_ptr<GroupBackend>> backend = openGroupBackend(options);
    if (!backend) {
        err << backend.error().sentence() << '\n';
        return ScriptServerUnreadable;
    }
    const int exitCode = printScript(options, *backend.value(), out, err);
    out.flush();
    err.flush();
    // The connections belong to this thread, which lives on: close them, so that the lab's
    // files are not held open (Windows could not delete or reset them).
    ThreadConnections::discardAll(options.server.isEmpty() ? QStringLiteral("lab|")
                                                           : QStringLiteral("mssql|"));
    return exitCode;
}

int runScriptCommand(const QStringList& arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    return runScriptCommand(arguments, out, err);
}

} // namespace bts
