#include "ScriptSourceJob.h"

#include "ScriptCommand.h"
#include "actions/CallSequence.h"
#include "source/SourceJobPlanner.h"
#include "source/SourceJobValidation.h"

#include <QCommandLineParser>
#include <QTextStream>

#include <algorithm>

namespace bts {
namespace {

QString latin1(const char* text)
{
    return QString::fromLatin1(text);
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
        return invalidScriptInput(
            wanted.btsServerName.isEmpty()
                ? QStringLiteral("'%1' is not in adm_OtherBackupDatabases.").arg(wanted.defaultName)
                : QStringLiteral("'%1' is not in adm_OtherBackupDatabases for %2.")
                      .arg(wanted.defaultName, wanted.btsServerName));
    if (matches.size() > 1)
        return invalidScriptInput(
            QStringLiteral("'%1' is in adm_OtherBackupDatabases for %2: name one "
                           "as %1@BTSSERVER.")
                .arg(wanted.defaultName, btsServers.join(QStringLiteral(", "))));
    return matches.constFirst();
}

} // namespace

QString readSourceJobChanges(const QCommandLineParser& parser, SourceJobChanges& changes)
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
        *target = parseWholeNumber(text);
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
            return invalidScriptInput(
                QStringLiteral("The job has no compression step: --compression "
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
            out << "-- Warning: " << scriptCommentLine(finding.message) << '\n';
    }
    for (const QString& step : plan.value().overwritesUnreadableSteps)
        out << "-- WARNING: the console cannot read the current command of step '"
            << scriptCommentLine(step)
            << "': this script replaces it; copy the old one first if it holds something you "
               "need.\n";
    if (plan.value().commands.isEmpty())
        out << "-- Nothing to change: the job already has these settings.\n";
    else
        out << scriptFor(plan.value().commands);
    return ScriptPrinted;
}

} // namespace bts
