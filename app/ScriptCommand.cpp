#include "ScriptCommand.h"

#include "actions/CallSequence.h"
#include "core/ThreadConnections.h"
#include "lab/Lab.h"
#include "mssql/SqlServerBackend.h"
#include "source/SourceJobPlanner.h"
#include "source/SourceJobValidation.h"

#include <QCommandLineParser>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <memory>

namespace bts {
namespace {

const QString SourceJobScript = QStringLiteral("source-job");

struct OptionSpec {
    const char* name;
    const char* valueName; // empty: a switch
    const char* description;
};

// One table, so that the parser and --help cannot disagree.
const OptionSpec Options[] = {
    {"lab-folder", "dir", "Reads the lab in <dir> (default: the console's own lab)."},
    {"server", "name", "Reads the group whose management database is on SQL Server <name>."},
    {"database", "name", "The management database (default BizTalkMgmtDb)."},
    {"driver", "name", "The ODBC driver (default \"ODBC Driver 18 for SQL Server\")."},
    {"port", "number", "The server's TCP port (default: the driver's)."},
    {"user", "login",
     "Logs in as SQL login <login>, with the password from the environment variable "
     "BTS_LOGSHIP_PASSWORD (default: Windows authentication)."},
    {"trust-server-certificate", "", "Accepts the server's certificate without checking it."},
    {"no-encrypt", "", "Does not encrypt the connection."},
    {"full-path", "folder", "Full backups go to <folder>; log backups too, unless --log-path."},
    {"log-path", "folder", "Log backups go to <folder>."},
    {"path", "folder", "Full and log backups go to <folder>."},
    {"frequency", "h|d|w|m|y", "A full backup every hour, day, week, month or year."},
    {"mark", "name", "The mark name (at most 8 characters)."},
    {"backup-hour", "hour", "Full backups in hour <hour> (0-23)."},
    {"no-backup-hour", "", "Full backups at the first run of each period."},
    {"use-local-time", "", "Hours and file names in the server's local time."},
    {"no-use-local-time", "", "Hours and file names in UTC."},
    {"force-full-after-partial", "", "A full backup on the run after a partial set."},
    {"no-force-full-after-partial", "", "No full backup after a partial set."},
    {"interval", "minutes", "Runs the job every <minutes> minutes (1-1440)."},
    {"days-to-keep", "days", "Keeps <days> days of backup history (0-32767)."},
    {"compression", "on|off", "Compresses the backups, or not."},
    {"disable-job", "", "Leaves the job disabled (default: enabled)."},
    {"force-full", "", "A full backup on the job's next run."},
    {"add-database", "spec",
     "Adds a custom database to the job; <spec> is DEFAULTNAME=SERVER/DATABASE[@BTSSERVER]. "
     "Repeatable."},
    {"remove-database", "spec",
     "Removes a custom database from the job; <spec> is DEFAULTNAME[@BTSSERVER]. Repeatable."},
};

QString latin1(const char* text)
{
    return QString::fromLatin1(text);
}

void addOptions(QCommandLineParser& parser)
{
    parser.setApplicationDescription(QStringLiteral(
        "Prints the T-SQL that the source wizard would run, for change review; changes nothing.\n"
        "Without --server, reads the embedded lab. Settings not given keep the job's current "
        "values.\nExit codes: 0 printed, 1 invalid values, 3 server or group unreadable."));
    parser.addPositionalArgument(SourceJobScript,
                                 QStringLiteral("The Backup BizTalk Server job's settings."),
                                 QStringLiteral("source-job"));
    parser.addOption(QCommandLineOption({QStringLiteral("h"), QStringLiteral("help")},
                                        QStringLiteral("Shows these options and exits.")));
    for (const OptionSpec& spec : Options)
        parser.addOption(QCommandLineOption(latin1(spec.name), latin1(spec.description),
                                            latin1(spec.valueName)));
}

// Whole numbers only: "15", not "15m" or "1e3".
std::optional<int> wholeNumber(const QString& text)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    return ok ? std::optional<int>(value) : std::nullopt;
}

QString numberError(const QString& option, const QString& value)
{
    return QStringLiteral("--%1 needs a whole number, not '%2'.").arg(option, value);
}

// Reads one of a --name / --no-name pair; the error when both are given.
QString readSwitchPair(const QCommandLineParser& parser, const QString& name,
                       std::optional<bool>& target)
{
    const QString negated = QStringLiteral("no-") + name;
    if (parser.isSet(name) && parser.isSet(negated))
        return QStringLiteral("Use either --%1 or --%2, not both.").arg(name, negated);
    if (parser.isSet(name) || parser.isSet(negated))
        target = parser.isSet(name);
    return QString();
}

QString readConnection(const QCommandLineParser& parser, ScriptOptions& options)
{
    options.labFolder = parser.value(QStringLiteral("lab-folder"));
    if (parser.isSet(QStringLiteral("lab-folder")) && options.labFolder.isEmpty())
        return QStringLiteral("--lab-folder needs a folder.");
    if (!parser.isSet(QStringLiteral("server"))) {
        for (const char* option :
             {"database", "driver", "port", "user", "trust-server-certificate", "no-encrypt"}) {
            if (parser.isSet(latin1(option)))
                return QStringLiteral("--%1 needs --server.").arg(latin1(option));
        }
        return QString();
    }
    if (parser.isSet(QStringLiteral("lab-folder")))
        return QStringLiteral("Use either --lab-folder or --server, not both.");
    options.server = parser.value(QStringLiteral("server")).trimmed();
    if (options.server.isEmpty())
        return QStringLiteral("--server needs a server name.");
    for (const auto& [option, target] :
         {std::pair{"database", &options.database}, std::pair{"driver", &options.driver},
          std::pair{"user", &options.user}}) {
        if (!parser.isSet(latin1(option)))
            continue;
        *target = parser.value(latin1(option)).trimmed();
        if (target->isEmpty())
            return QStringLiteral("--%1 needs a name.").arg(latin1(option));
    }
    if (parser.isSet(QStringLiteral("port"))) {
        const QString text = parser.value(QStringLiteral("port"));
        const std::optional<int> port = wholeNumber(text);
        if (!port || *port < 1 || *port > 65535)
            return QStringLiteral("--port needs a whole number from 1 to 65535, not '%1'.")
                .arg(text);
        options.port = *port;
    }
    options.trustServerCertificate = parser.isSet(QStringLiteral("trust-server-certificate"));
    options.encrypt = !parser.isSet(QStringLiteral("no-encrypt"));
    return QString();
}

// DEFAULTNAME=SERVER/DATABASE[@BTSSERVER]. Server names hold no '/' and BizTalk server names no
// '@', so the first '/' and the last '@' split it even when the database name has either.
std::optional<OtherBackupDatabase> parseAddedDatabase(const QString& text)
{
    const qsizetype equals = text.indexOf(QLatin1Char('='));
    const qsizetype slash = text.indexOf(QLatin1Char('/'), equals + 1);
    if (equals <= 0 || slash < 0)
        return std::nullopt;
    OtherBackupDatabase db;
    db.defaultName = text.left(equals);
    db.serverName = text.mid(equals + 1, slash - equals - 1);
    QString rest = text.mid(slash + 1);
    const qsizetype at = rest.lastIndexOf(QLatin1Char('@'));
    if (at >= 0) {
        db.btsServerName = rest.mid(at + 1);
        rest.truncate(at);
        if (db.btsServerName.isEmpty())
            return std::nullopt;
    }
    db.databaseName = rest;
    if (db.serverName.isEmpty() || db.databaseName.isEmpty())
        return std::nullopt;
    return db;
}

QString readDatabases(const QCommandLineParser& parser, SourceJobChanges& changes)
{
    for (const QString& text : parser.values(QStringLiteral("add-database"))) {
        const std::optional<OtherBackupDatabase> db = parseAddedDatabase(text);
        if (!db)
            return QStringLiteral("--add-database takes DEFAULTNAME=SERVER/DATABASE[@BTSSERVER], "
                                  "not '%1'.")
                .arg(text);
        changes.databasesToAdd.append(*db);
    }
    for (const QString& text : parser.values(QStringLiteral("remove-database"))) {
        const qsizetype at = text.lastIndexOf(QLatin1Char('@'));
        OtherBackupDatabase db;
        db.defaultName = at < 0 ? text : text.left(at);
        db.btsServerName = at < 0 ? QString() : text.mid(at + 1);
        if (db.defaultName.isEmpty() || (at >= 0 && db.btsServerName.isEmpty()))
            return QStringLiteral("--remove-database takes DEFAULTNAME[@BTSSERVER], not '%1'.")
                .arg(text);
        changes.databasesToRemove.append(db);
    }
    return QString();
}

QString readPaths(const QCommandLineParser& parser, SourceJobChanges& changes)
{
    const bool full = parser.isSet(QStringLiteral("full-path"));
    const bool log = parser.isSet(QStringLiteral("log-path"));
    if (parser.isSet(QStringLiteral("path"))) {
        if (full || log)
            return QStringLiteral("--path sets both folders: use it without --full-path and "
                                  "--log-path.");
        changes.fullBackupPath = parser.value(QStringLiteral("path"));
        changes.logBackupPath = changes.fullBackupPath;
    }
    // Taken as typed: the validation names a stray space, as the wizard does.
    if (full)
        changes.fullBackupPath = parser.value(QStringLiteral("full-path"));
    if (log)
        changes.logBackupPath = parser.value(QStringLiteral("log-path"));
    return QString();
}

QString readChanges(const QCommandLineParser& parser, SourceJobChanges& changes)
{
    if (QString error = readPaths(parser, changes); !error.isEmpty())
        return error;
    if (parser.isSet(QStringLiteral("frequency"))) {
        const QString text = parser.value(QStringLiteral("frequency"));
        if (text.size() != 1)
            return QStringLiteral("--frequency takes one letter, h, d, w, m or y, not '%1'.")
                .arg(text);
        changes.frequency = text.at(0).toLower(); // the validation judges the letter
    }
    if (parser.isSet(QStringLiteral("mark")))
        changes.markName = parser.value(QStringLiteral("mark"));

    if (parser.isSet(QStringLiteral("backup-hour")) &&
        parser.isSet(QStringLiteral("no-backup-hour")))
        return QStringLiteral("Use either --backup-hour or --no-backup-hour, not both.");
    changes.changeBackupHour = parser.isSet(QStringLiteral("backup-hour")) ||
                               parser.isSet(QStringLiteral("no-backup-hour"));
    // Numbers are only parsed here: their ranges are the validation's, in the wizard's words.
    for (const auto& [option, target] : {std::pair{"backup-hour", &changes.backupHour},
                                         std::pair{"interval", &changes.intervalMinutes},
                                         std::pair{"days-to-keep", &changes.daysToKeep}}) {
        if (!parser.isSet(latin1(option)))
            continue;
        const QString text = parser.value(latin1(option));
        *target = wholeNumber(text);
        if (!*target)
            return numberError(latin1(option), text);
    }

    if (QString error =
            readSwitchPair(parser, QStringLiteral("use-local-time"), changes.useLocalTime);
        !error.isEmpty())
        return error;
    if (QString error = readSwitchPair(parser, QStringLiteral("force-full-after-partial"),
                                       changes.forceFullAfterPartialSet);
        !error.isEmpty())
        return error;
    if (parser.isSet(QStringLiteral("compression"))) {
        const QString text = parser.value(QStringLiteral("compression")).toLower();
        if (text != QLatin1String("on") && text != QLatin1String("off"))
            return QStringLiteral("--compression takes on or off, not '%1'.")
                .arg(parser.value(QStringLiteral("compression")));
        changes.compression = text == QLatin1String("on");
    }
    changes.disableJob = parser.isSet(QStringLiteral("disable-job"));
    changes.forceFullBackup = parser.isSet(QStringLiteral("force-full"));
    return readDatabases(parser, changes);
}

DbError invalidInput(const QString& message)
{
    DbError error;
    error.kind = DbError::Kind::InvalidInput;
    error.summary = message;
    return error;
}

// The row of adm_OtherBackupDatabases that --remove-database names.
Result<OtherBackupDatabase> listedDatabase(const SourceContext& context,
                                           const OtherBackupDatabase& wanted)
{
    QVector<OtherBackupDatabase> matches;
    QStringList btsServers;
    for (const OtherBackupDatabase& db : context.otherDatabases) {
        const bool sameName = db.defaultName.compare(wanted.defaultName, Qt::CaseInsensitive) == 0;
        if (sameName && (wanted.btsServerName.isEmpty() || db.key() == wanted.key())) {
            matches.append(db);
            btsServers.append(db.btsServerName);
        }
    }
    if (matches.isEmpty())
        return invalidInput(
            wanted.btsServerName.isEmpty()
                ? QStringLiteral("'%1' is not in adm_OtherBackupDatabases.").arg(wanted.defaultName)
                : QStringLiteral("'%1' is not in adm_OtherBackupDatabases for %2.")
                      .arg(wanted.defaultName, wanted.btsServerName));
    if (matches.size() > 1)
        return invalidInput(QStringLiteral("'%1' is in adm_OtherBackupDatabases for %2: name one "
                                           "as %1@BTSSERVER.")
                                .arg(wanted.defaultName, btsServers.join(QStringLiteral(", "))));
    return matches.constFirst();
}

// Keeps a comment on one line, so that what follows it stays T-SQL.
QString oneLine(QString text)
{
    text.replace(QLatin1Char('\r'), QLatin1Char(' '));
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return text;
}

Result<std::shared_ptr<GroupBackend>> openBackend(const ScriptOptions& options)
{
    if (options.server.isEmpty()) {
        Lab lab(options.labFolder.isEmpty() ? Lab::defaultRoot() : options.labFolder);
        if (Status created = lab.ensureCreated(); !created)
            return created.error();
        return lab.backend();
    }
    ConnectionSettings settings;
    settings.odbcDriver = options.driver;
    settings.server = options.server;
    settings.port = options.port;
    if (!options.user.isEmpty()) {
        settings.authentication = ConnectionSettings::Authentication::SqlLogin;
        settings.userName = options.user;
        settings.password = qEnvironmentVariable(ScriptPasswordVariable);
    }
    settings.encrypt = options.encrypt;
    settings.trustServerCertificate = options.trustServerCertificate;
    return std::shared_ptr<GroupBackend>(
        std::make_shared<SqlServerBackend>(settings, options.database));
}

// Reads, plans and prints; the connections this thread opened are closed by the caller.
int printSourceJobScript(const GroupBackend& backend, const SourceJobChanges& changes,
                         QTextStream& out, QTextStream& err)
{
    const Result<SourceContext> context = readSourceContext(backend);
    if (!context) {
        err << context.error().sentence() << '\n';
        return ScriptServerUnreadable;
    }
    const Result<SourceJobConfig> config = applySourceJobChanges(context.value(), changes);
    if (!config) {
        err << config.error().sentence() << '\n';
        return ScriptInvalidInput;
    }
    const Result<SourceJobPlan> plan = planSourceJob(context.value(), config.value());
    if (!plan) {
        err << plan.error().sentence() << '\n';
        return ScriptInvalidInput;
    }
    for (const Finding& finding : validateSourceJob(config.value())) {
        if (finding.level == Finding::Level::Warning)
            out << "-- Warning: " << oneLine(finding.message) << '\n';
    }
    for (const QString& step : plan.value().overwritesUnreadableSteps)
        out << "-- WARNING: the console cannot read the current command of step '" << oneLine(step)
            << "': this script replaces it; copy the old one first if it holds something you "
               "need.\n";
    if (plan.value().commands.isEmpty())
        out << "-- Nothing to change: the job already has these settings.\n";
    else
        out << scriptFor(plan.value().commands);
    return ScriptPrinted;
}

} // namespace

ScriptOptions parseScriptOptions(const QStringList& arguments)
{
    QCommandLineParser parser;
    addOptions(parser);
    ScriptOptions options;
    const bool parsed = parser.parse(QStringList{QStringLiteral("bts-logship script")} + arguments);
    // Qt names the program by its path and puts the options first; say what to type instead.
    options.helpText = parser.helpText();
    options.helpText.replace(0, options.helpText.indexOf(QLatin1Char('\n')),
                             QStringLiteral("Usage: bts-logship script source-job [options]"));
    options.showHelp = parser.isSet(QStringLiteral("help"));
    if (!parsed) {
        options.error = parser.errorText();
        return options;
    }
    if (options.showHelp)
        return options;

    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty()) {
        options.error = QStringLiteral("Name the script to print: source-job.");
        return options;
    }
    options.script = positional.constFirst();
    if (options.script != SourceJobScript)
        options.error = QStringLiteral("Unknown script '%1': the only script is source-job.")
                            .arg(options.script);
    else if (positional.size() > 1)
        options.error = QStringLiteral("Unexpected argument '%1'.").arg(positional.at(1));
    else if (QString error = readConnection(parser, options); !error.isEmpty())
        options.error = error;
    else
        options.error = readChanges(parser, options.changes);
    return options;
}

Result<SourceJobConfig> applySourceJobChanges(const SourceContext& context,
                                              const SourceJobChanges& changes)
{
    SourceJobConfig config = SourceJobConfig::fromContext(context);
    if (changes.fullBackupPath) {
        config.fullBackupPath = *changes.fullBackupPath;
        config.logBackupPath = changes.logBackupPath.value_or(*changes.fullBackupPath);
    } else if (changes.logBackupPath) {
        config.logBackupPath = *changes.logBackupPath;
    }
    config.frequency = changes.frequency.value_or(config.frequency);
    config.markName = changes.markName.value_or(config.markName);
    if (changes.changeBackupHour)
        config.backupHour = changes.backupHour;
    config.useLocalTime = changes.useLocalTime.value_or(config.useLocalTime);
    config.forceFullAfterPartialSet =
        changes.forceFullAfterPartialSet.value_or(config.forceFullAfterPartialSet);
    config.intervalMinutes = changes.intervalMinutes.value_or(config.intervalMinutes);
    config.daysToKeep = changes.daysToKeep.value_or(config.daysToKeep);
    if (changes.compression) {
        // Silently leaving it out would print a script that does not do what was asked.
        if (!config.compression)
            return invalidInput(QStringLiteral("The job has no compression step: --compression "
                                               "needs a BizTalk build with "
                                               "sp_SetBackupCompression."));
        config.compression = changes.compression;
    }
    config.enableJob = !changes.disableJob;
    config.forceFullBackup = changes.forceFullBackup;

    QString defaultBtsServer;
    for (const OtherBackupDatabase& db : context.otherDatabases) {
        if (!db.btsServerName.isEmpty()) {
            defaultBtsServer = db.btsServerName;
            break;
        }
    }
    for (OtherBackupDatabase db : changes.databasesToAdd) {
        if (db.btsServerName.isEmpty())
            db.btsServerName = defaultBtsServer.isEmpty() ? db.serverName : defaultBtsServer;
        config.databasesToAdd.append(db);
    }
    for (const OtherBackupDatabase& wanted : changes.databasesToRemove) {
        Result<OtherBackupDatabase> listed = listedDatabase(context, wanted);
        if (!listed)
            return listed.error();
        const bool twice = std::any_of(
            config.databasesToRemove.cbegin(), config.databasesToRemove.cend(),
            [&listed](const OtherBackupDatabase& db) { return db.key() == listed.value().key(); });
        if (!twice)
            config.databasesToRemove.append(listed.value());
    }
    return config;
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
    if (!options.user.isEmpty() && !qEnvironmentVariableIsSet(ScriptPasswordVariable)) {
        err << "bts-logship script: --user needs the password in the environment variable "
            << ScriptPasswordVariable << ".\n";
        return ScriptInvalidInput;
    }

    const Result<std::shared_ptr<GroupBackend>> backend = openBackend(options);
    if (!backend) {
        err << backend.error().sentence() << '\n';
        return ScriptServerUnreadable;
    }
    const int exitCode = printSourceJobScript(*backend.value(), options.changes, out, err);
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
