#include "CheckCommand.h"

#include "core/ThreadConnections.h"
#include "group/GroupBackend.h"
#include "lab/Lab.h"
#include "lab/LabScenario.h"
#include "monitoring/ShippingCheckOutput.h"
#include "monitoring/ShippingReader.h"

#include <QCommandLineParser>
#include <QTextStream>

#include <cstdio>

namespace bts {
namespace {

void addOptions(QCommandLineParser& parser)
{
    parser.setApplicationDescription(QStringLiteral(
        "Checks BizTalk log shipping for a monitoring system (Nagios, Icinga, Zabbix, Checkmk): "
        "whether the Backup BizTalk Server job runs, whether every destination keeps up, and what "
        "would stop a restore. Prints one status line with performance data and exits 0 OK, "
        "1 WARNING, 2 CRITICAL or 3 UNKNOWN. Changes nothing (except the lab, with "
        "--lab-scenario). Without --server, reads the embedded lab."));
    parser.addOption(QCommandLineOption({QStringLiteral("h"), QStringLiteral("help")},
                                        QStringLiteral("Shows these options and exits.")));
    addConnectionOptions(parser);
    parser.addOption(
        QCommandLineOption(QStringLiteral("json"),
                           QStringLiteral("Prints every verdict as JSON instead of one line.")));
    parser.addOption(QCommandLineOption(
        {QStringLiteral("w"), QStringLiteral("warning")},
        QStringLiteral("A destination this many minutes behind is a warning (default 45)."),
        QStringLiteral("minutes")));
    parser.addOption(QCommandLineOption(
        {QStringLiteral("c"), QStringLiteral("critical")},
        QStringLiteral("A destination this many minutes behind is critical (default 120)."),
        QStringLiteral("minutes")));
    parser.addOption(
        QCommandLineOption(QStringLiteral("lab-scenario"),
                           QStringLiteral("Resets the lab to one of its scenarios first: %1.")
                               .arg(labScenarioNames().join(QStringLiteral(", "))),
                           QStringLiteral("name")));
}

QString readThreshold(const QCommandLineParser& parser, const QString& name, int& target)
{
    if (!parser.isSet(name))
        return QString();
    const QString text = parser.value(name);
    const std::optional<int> minutes = parseWholeNumber(text);
    if (!minutes || *minutes < 1 || *minutes > 100000)
        return QStringLiteral("--%1 needs a whole number of minutes from 1 to 100000, not '%2'.")
            .arg(name, text);
    target = *minutes;
    return QString();
}

QString readCheck(const QCommandLineParser& parser, CheckOptions& options)
{
    if (!parser.positionalArguments().isEmpty())
        return QStringLiteral("Unexpected argument '%1'.")
            .arg(parser.positionalArguments().first());
    if (QString error = readConnectionArguments(parser, options); !error.isEmpty())
        return error;
    options.json = parser.isSet(QStringLiteral("json"));
    if (QString error =
            readThreshold(parser, QStringLiteral("warning"), options.thresholds.lagWarningMinutes);
        !error.isEmpty())
        return error;
    if (QString error = readThreshold(parser, QStringLiteral("critical"),
                                      options.thresholds.lagCriticalMinutes);
        !error.isEmpty())
        return error;
    if (options.thresholds.lagWarningMinutes >= options.thresholds.lagCriticalMinutes)
        return QStringLiteral("--warning (%1 minutes) must be less than --critical (%2 minutes).")
            .arg(options.thresholds.lagWarningMinutes)
            .arg(options.thresholds.lagCriticalMinutes);
    if (parser.isSet(QStringLiteral("lab-scenario"))) {
        options.labScenario = parser.value(QStringLiteral("lab-scenario")).trimmed().toLower();
        if (!options.isLab())
            return QStringLiteral("--lab-scenario goes with the lab, not with --server.");
        if (!labScenarioFromName(options.labScenario))
            return QStringLiteral("Unknown lab scenario '%1': use one of %2.")
                .arg(parser.value(QStringLiteral("lab-scenario")),
                     labScenarioNames().join(QStringLiteral(", ")));
    }
    return QString();
}

int unknown(QTextStream& out, const QString& reason)
{
    out << checkUnknownLine(reason) << '\n';
    out.flush();
    return int(CheckExit::Unknown);
}

int check(const CheckOptions& options, QTextStream& out)
{
    if (!options.labScenario.isEmpty()) {
        const auto lab = std::make_shared<Lab>(options.labRoot());
        if (Status s = applyLabScenario(lab, *labScenarioFromName(options.labScenario)); !s)
            return unknown(out, s.error().sentence());
    }
    const Result<std::shared_ptr<GroupBackend>> backend = openGroupBackend(options);
    if (!backend)
        return unknown(out, backend.error().sentence());
    const Result<ShippingFacts> facts = readShippingFacts(*backend.value());
    if (!facts)
        return unknown(out, facts.error().sentence());
    const ShippingStatus status = evaluateShipping(facts.value(), options.thresholds);
    if (options.json)
        out << QString::fromUtf8(shippingStatusJson(status));
    else
        out << checkStatusLine(status) << '\n';
    out.flush();
    return int(checkExitFor(status.level));
}

} // namespace

CheckOptions parseCheckOptions(const QStringList& arguments)
{
    QCommandLineParser parser;
    addOptions(parser);
    CheckOptions options;
    const bool parsed = parser.parse(QStringList{QStringLiteral("bts-logship check")} + arguments);
    options.helpText = parser.helpText();
    options.helpText.replace(0, options.helpText.indexOf(QLatin1Char('\n')),
                             QStringLiteral("Usage: bts-logship check [options]"));
    options.showHelp = parser.isSet(QStringLiteral("help"));
    if (!parsed)
        options.error = parser.errorText();
    else if (!options.showHelp)
        options.error = readCheck(parser, options);
    return options;
}

int runCheckCommand(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    const CheckOptions options = parseCheckOptions(arguments);
    if (options.showHelp) {
        out << options.helpText;
        return int(CheckExit::Ok);
    }
    // A monitoring system reads the first line of stdout: an unusable call is UNKNOWN there.
    QString problem = options.error;
    if (problem.isEmpty())
        problem = missingPassword(options);
    if (!problem.isEmpty()) {
        err << "bts-logship check: " << problem
            << "\nRun 'bts-logship check --help' to see the options.\n";
        err.flush();
        return unknown(out, problem);
    }
    const int exitCode = check(options, out);
    // The connections belong to this thread, which lives on: close them, so that the lab's
    // files are not held open (Windows could not delete or reset them).
    ThreadConnections::discardAll(QStringLiteral("lab|"));
    ThreadConnections::discardAll(QStringLiteral("mssql|"));
    return exitCode;
}

int runCheckCommand(const QStringList& arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    return runCheckCommand(arguments, out, err);
}

} // namespace bts
