#include "CommandLine.h"

#include "CheckCommand.h"
#include "FirstPaintProbe.h"
#include "Logging.h"
#include "MainWindow.h"
#include "Screenshots.h"
#include "ScriptCommand.h"
#include "core/DatabasePool.h"
#include "i18n/Translations.h"
#include "lab/Lab.h"
#include "lab/LabScenario.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QMessageBox>

#include <spdlog/spdlog.h>

#include <algorithm>
#include <cstdio>
#include <memory>

#ifdef Q_OS_WIN
#ifndef NOMINMAX
#define NOMINMAX
#endif
#ifndef WIN32_LEAN_AND_MEAN
#define WIN32_LEAN_AND_MEAN
#endif
#include <windows.h>
#endif

namespace bts {

namespace {

const QString kProgram = QStringLiteral("bts-logship");
const QStringList kLogLevels = {QStringLiteral("trace"), QStringLiteral("debug"),
                                QStringLiteral("info"), QStringLiteral("warn"),
                                QStringLiteral("error")};

// Prints what the user asked for or got wrong. The executable is a GUI program on Windows: when
// it was not started from a console that it can write to, its output would vanish, so a message
// box says it instead.
void showText(const QString& text, bool isError)
{
#ifdef Q_OS_WIN
    if (GetConsoleWindow() == nullptr) {
        MessageBoxW(nullptr, text.toStdWString().c_str(), kProgram.toStdWString().c_str(),
                    isError ? MB_ICONERROR : MB_ICONINFORMATION);
        return;
    }
#endif
    std::FILE* stream = isError ? stderr : stdout;
    std::fputs(text.toLocal8Bit().constData(), stream);
    std::fflush(stream);
}

// Answers --help, --version and invalid arguments; nothing when the run goes on.
std::optional<int> answerWithoutWindow(const CommandLineOptions& options)
{
    if (!options.error.isEmpty()) {
        showText(QStringLiteral("%1: %2\nRun '%1 --help' to see the options.\n")
                     .arg(kProgram, options.error),
                 true);
        return 1;
    }
    if (options.showHelp) {
        showText(options.helpText, false);
        return 0;
    }
    if (options.showVersion) {
        showText(QStringLiteral("%1 %2\n").arg(kProgram, QStringLiteral(BTS_VERSION)), false);
        return 0;
    }
    return std::nullopt;
}

// Only Linux needs this: Windows and macOS always have their window system. QT_QPA_PLATFORM
// counts as a display because the user chose a platform (offscreen, vnc, ...) on purpose.
bool lacksDisplay()
{
#ifdef Q_OS_LINUX
    return qEnvironmentVariableIsEmpty("DISPLAY") &&
           qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") &&
           qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
#else
    return false;
#endif
}

QString shellQuoted(const QString& argument)
{
    static const QString plain =
        QStringLiteral("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_./=:,+@%");
    const bool needsQuotes =
        argument.isEmpty() ||
        std::any_of(argument.begin(), argument.end(), [](QChar c) { return !plain.contains(c); });
    if (!needsQuotes)
        return argument;
    QString quoted = argument;
    quoted.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

QString noDisplayMessage()
{
    const QStringList arguments = QCoreApplication::arguments();
    QString command = QDir::toNativeSeparators(QCoreApplication::applicationFilePath());
    for (qsizetype i = 1; i < arguments.size(); ++i)
        command += QLatin1Char(' ') + shellQuoted(arguments.at(i));
    return QStringLiteral("No display found. Run the console with a virtual display:\n"
                          "    xvfb-run -a %1\n"
                          "or render screenshots without one:\n"
                          "    QT_QPA_PLATFORM=offscreen %2 --screenshot <dir>\n")
        .arg(command, QDir::toNativeSeparators(QCoreApplication::applicationFilePath()));
}

// Prepares the lab on a database thread (it blocks on files) and opens the window when done.
int openConsole(QApplication& app, const CommandLineOptions& options,
                const QElapsedTimer& sinceStart)
{
    const QString folder = options.labFolder.isEmpty() ? Lab::defaultRoot() : options.labFolder;
    spdlog::info("Opening the lab in {}", QDir::toNativeSeparators(folder).toStdString());

    auto lab = std::make_shared<Lab>(folder);
    std::unique_ptr<MainWindow> window; // declared after `lab`: destroyed before it

    // Nothing is on screen while the lab is prepared: an error box closing must not end the run
    // before its exit code is set.
    QApplication::setQuitOnLastWindowClosed(false);

    const bool reset = options.resetLab;
    const bool simulate = options.simulate;
    const std::optional<LabScenario> scenario = labScenarioFromName(options.labScenario);
    const bool probeFirstPaint = options.exitAfterFirstPaint;
    runAsync(
        &app,
        [lab, reset, scenario]() -> Status {
            if (scenario)
                return applyLabScenario(lab, *scenario);
            return reset ? lab->reset() : lab->ensureCreated();
        },
        [&window, lab, simulate, probeFirstPaint, sinceStart](const Status& status) {
            if (!status) {
                const QString sentence = status.error().sentence();
                spdlog::error("The lab could not be prepared: {}", sentence.toStdString());
                QMessageBox::critical(
                    nullptr, QObject::tr("BizTalk Log Shipping Console"),
                    QObject::tr("The lab could not be prepared.\n\n%1").arg(sentence));
                QCoreApplication::exit(1);
                return;
            }
            window = std::make_unique<MainWindow>();
            window->setLogPaths(logFolder(), logFolder() + QStringLiteral("/audit.log"));
            window->openLab(lab, simulate);
            if (probeFirstPaint)
                new FirstPaintProbe(window.get(), sinceStart);
            window->show();
            QApplication::setQuitOnLastWindowClosed(true);
        });
    return app.exec();
}

// The headless commands: each has options of its own, after its name.
const QString kScript = QStringLiteral("script");
const QString kCheck = QStringLiteral("check");

// The options and, for `script ...` or `check ...`, the command and the arguments after it.
struct ParsedArguments {
    CommandLineOptions options;
    QString command; // kScript, kCheck, or empty: the console
    QStringList commandArguments;
};

ParsedArguments parseArguments(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral(
            "Sets up, watches and uses BizTalk Server backup and log shipping.\n"
            "Without options, opens the console on the embedded lab, a simulated BizTalk group.\n"
            "'%1 script source-job|destination|clean-destination [options]' prints the T-SQL that "
            "the source wizard, the destination wizard or the clean action would run, for change "
            "review, and changes nothing: see '%1 script --help'.\n"
            "'%1 check [options]' checks log shipping for a monitoring system: one status line, "
            "exit code 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN: see '%1 check --help'.")
            .arg(kProgram));
    // Everything after the command is the command's, including what looks like an option.
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    parser.addPositionalArgument(
        QStringLiteral("command"),
        QStringLiteral("Prints a change as T-SQL, or checks log shipping, instead of opening the "
                       "console."),
        QStringLiteral("[script <source-job|destination|clean-destination> [options] | check "
                       "[options]]"));

    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  QStringLiteral("Shows these options and exits."));
    const QCommandLineOption version({QStringLiteral("v"), QStringLiteral("version")},
                                     QStringLiteral("Shows the version and exits."));
    const QCommandLineOption labFolder(
        QStringLiteral("lab-folder"),
        QStringLiteral("Uses the lab in <dir> instead of the one in the user data folder."),
        QStringLiteral("dir"));
    const QCommandLineOption resetLab(QStringLiteral("reset-lab"),
                                      QStringLiteral("Deletes the lab and creates it afresh."));
    const QCommandLineOption noSimulation(
        QStringLiteral("no-simulation"),
        QStringLiteral("Keeps the lab's clock still: no job runs unless asked."));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QStringLiteral("Renders the main window's screenshots into <dir> and exits. Uses a fresh "
                       "lab in <dir>/lab, or resets the one given with --lab-folder. Needs no "
                       "display."),
        QStringLiteral("dir"));
    const QCommandLineOption logLevel(QStringLiteral("log-level"),
                                      QStringLiteral("Logs from <level> up: %1 (default info).")
                                          .arg(kLogLevels.join(QStringLiteral(", "))),
                                      QStringLiteral("level"), QStringLiteral("info"));
    const QCommandLineOption labScenario(
        QStringLiteral("lab-scenario"),
        QStringLiteral("Resets the lab to one of its monitoring scenarios before opening it: %1.")
            .arg(labScenarioNames().join(QStringLiteral(", "))),
        QStringLiteral("name"));
    const QCommandLineOption firstPaint(
        QStringLiteral("exit-after-first-paint"),
        QStringLiteral("Opens the console, prints the milliseconds from start to its first "
                       "painted window, and exits (for benchmarks)."));
    const QCommandLineOption language(
        QStringLiteral("language"),
        QStringLiteral("Shows the console in <code> (%1) for this run, instead of the language "
                       "chosen in View > Language or the system's.")
            .arg(availableLanguages().join(QStringLiteral(", "))),
        QStringLiteral("code"));
    const QCommandLineOption scale(
        QStringLiteral("scale"),
        QStringLiteral("Draws the console <factor> times larger (1 to 4, such as 1.5 for 150%), "
                       "on top of the screen's own scale; with --screenshot, renders the "
                       "screenshots at that scale."),
        QStringLiteral("factor"));
    parser.addOptions({help, version, labFolder, resetLab, noSimulation, screenshot, logLevel,
                       labScenario, firstPaint, language, scale});

    ParsedArguments result;
    CommandLineOptions& options = result.options;
    const bool parsed = parser.parse(arguments);
    options.helpText = parser.helpText();
    options.showHelp = parser.isSet(help);
    options.showVersion = parser.isSet(version);
    options.labFolder = parser.value(labFolder);
    options.resetLab = parser.isSet(resetLab);
    options.simulate = !parser.isSet(noSimulation);
    options.screenshotFolder = parser.value(screenshot);
    options.logLevel = parser.value(logLevel).toLower();
    options.labScenario = parser.value(labScenario).trimmed().toLower();
    options.exitAfterFirstPaint = parser.isSet(firstPaint);
    options.language = parser.value(language).trimmed().toLower();
    options.scale = parser.value(scale).trimmed();
    bool scaleIsNumber = false;
    const double scaleFactor = options.scale.toDouble(&scaleIsNumber);

    const QStringList positional = parser.positionalArguments();
    if (!positional.isEmpty() &&
        (positional.constFirst() == kScript || positional.constFirst() == kCheck)) {
        result.command = positional.constFirst();
        result.commandArguments = positional.mid(1);
    }
    const bool command = !result.command.isEmpty();

    if (!parsed)
        options.error = parser.errorText();
    else if (command && (options.resetLab || parser.isSet(screenshot) || parser.isSet(labScenario)))
        options.error = QStringLiteral("--%1 does not go with %2.")
                            .arg(options.resetLab           ? QStringLiteral("reset-lab")
                                 : parser.isSet(screenshot) ? QStringLiteral("screenshot")
                                                            : QStringLiteral("lab-scenario"),
                                 result.command);
    else if (parser.isSet(labScenario) && !labScenarioFromName(options.labScenario))
        options.error =
            QStringLiteral("Unknown lab scenario '%1': use one of %2.")
                .arg(parser.value(labScenario), labScenarioNames().join(QStringLiteral(", ")));
    else if (!positional.isEmpty() && !command)
        options.error = QStringLiteral("Unexpected argument '%1'.")
                            .arg(parser.positionalArguments().constFirst());
    else if (!kLogLevels.contains(options.logLevel))
        options.error = QStringLiteral("Unknown log level '%1': use one of %2.")
                            .arg(parser.value(logLevel), kLogLevels.join(QStringLiteral(", ")));
    else if (parser.isSet(labFolder) && options.labFolder.isEmpty())
        options.error = QStringLiteral("--lab-folder needs a folder.");
    else if (parser.isSet(screenshot) && options.screenshotFolder.isEmpty())
        options.error = QStringLiteral("--screenshot needs a folder.");
    else if (parser.isSet(scale) && (!scaleIsNumber || scaleFactor < 1.0 || scaleFactor > 4.0))
        options.error = QStringLiteral("--scale needs a factor from 1 to 4, such as 1.5, not '%1'.")
                            .arg(parser.value(scale));
    else if (parser.isSet(language) && !availableLanguages().contains(options.language))
        options.error =
            QStringLiteral("Unknown language '%1': use one of %2.")
                .arg(parser.value(language), availableLanguages().join(QStringLiteral(", ")));
    return result;
}

#ifdef Q_OS_WIN
// A GUI program started from a console does not write to it unless it attaches to it. Output
// redirected to a file or a pipe already has its handle and is left alone.
void useParentConsole()
{
    const auto missing = [](DWORD id) {
        const HANDLE handle = GetStdHandle(id);
        return handle == nullptr || handle == INVALID_HANDLE_VALUE;
    };
    const bool noOutput = missing(STD_OUTPUT_HANDLE);
    const bool noErrors = missing(STD_ERROR_HANDLE);
    if ((!noOutput && !noErrors) || !AttachConsole(ATTACH_PARENT_PROCESS))
        return;
    std::FILE* reopened = nullptr;
    if (noOutput)
        freopen_s(&reopened, "CONOUT$", "w", stdout);
    if (noErrors)
        freopen_s(&reopened, "CONOUT$", "w", stderr);
}
#endif

// `script ...` and `check ...` need no window system and no event loop: they read, print and
// end.
int runCommand(const ParsedArguments& parsed)
{
#ifdef Q_OS_WIN
    useParentConsole();
#endif
    // stdout is the command's answer (a monitoring system reads its first line): the log and
    // the audit of what a lab scenario changes go to their files, warnings to stderr.
    initLogging(parsed.options.logLevel);
    QStringList arguments = parsed.commandArguments;
    // A lab named before the command is the one meant; one named after it wins.
    if (!parsed.options.labFolder.isEmpty())
        arguments =
            QStringList{QStringLiteral("--lab-folder"), parsed.options.labFolder} + arguments;
    return parsed.command == kCheck ? runCheckCommand(arguments) : runScriptCommand(arguments);
}

} // namespace

CommandLineOptions parseCommandLine(const QStringList& arguments)
{
    return parseArguments(arguments).options;
}

std::optional<int> runWithoutWindowSystem(int& argc, char** argv)
{
    // A first look from argv, before any application object exists: it only decides whether the
    // window system is needed, which no argument's exact spelling changes.
    QStringList rawArguments;
    for (int i = 0; i < argc; ++i)
        rawArguments << QString::fromLocal8Bit(argv[i]);
    const ParsedArguments earlyArguments = parseArguments(rawArguments);
    const CommandLineOptions& early = earlyArguments.options;
    const bool answersWithoutWindow = early.showHelp || early.showVersion ||
                                      !early.error.isEmpty() || !earlyArguments.command.isEmpty();

    bool headless = lacksDisplay();
    if (headless && !answersWithoutWindow && !early.screenshotFolder.isEmpty()) {
        // Screenshots need no screen: render them offscreen instead of failing.
        qputenv("QT_QPA_PLATFORM", "offscreen");
        headless = false;
    }
    // Qt reads the scale factor when the application object is made, not after.
    if (!answersWithoutWindow && !early.scale.isEmpty())
        qputenv("QT_SCALE_FACTOR", early.scale.toLatin1());
    if (!answersWithoutWindow && !headless)
        return std::nullopt;

    // The run ends here. A core application needs no window system and gives Qt's exact view of
    // the arguments (Unicode on Windows) and the program's name for the usage text.
    QCoreApplication app(argc, argv);
    const ParsedArguments parsed = parseArguments(QCoreApplication::arguments());
    if (const std::optional<int> exitCode = answerWithoutWindow(parsed.options))
        return exitCode;
    if (!parsed.command.isEmpty())
        return runCommand(parsed);
    if (!headless)
        return answerWithoutWindow(early); // only if the two readings disagreed
    showText(noDisplayMessage(), true);
    return 2;
}

int runCommandLine(QApplication& app, const QElapsedTimer& sinceStart)
{
    const ParsedArguments parsed = parseArguments(QCoreApplication::arguments());
    const CommandLineOptions& options = parsed.options;
    if (const std::optional<int> exitCode = answerWithoutWindow(options))
        return *exitCode;
    if (!parsed.command.isEmpty()) // normally answered before the QApplication existed
        return runCommand(parsed);

    initLogging(options.logLevel);
    spdlog::info("{} {} started", kProgram.toStdString(), BTS_VERSION);
    // Only the windows speak the user's language: the headless commands, answered above, print
    // for scripts and monitoring systems, which match English text.
    const QString language =
        effectiveLanguage(options.language.isEmpty() ? chosenLanguage() : options.language);
    if (!installTranslations(app, language))
        spdlog::warn("The user interface has no translation into '{}'", language.toStdString());
    spdlog::info("User interface language: {}", language.toStdString());

    if (!options.screenshotFolder.isEmpty())
        return renderScreenshots(options.screenshotFolder, options.labFolder);
    return openConsole(app, options, sinceStart);
}

} // namespace bts
