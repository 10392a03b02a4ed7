#include "CommandLine.h"

#include "Logging.h"
#include "MainWindow.h"
#include "Screenshots.h"
#include "ScriptCommand.h"
#include "core/DatabasePool.h"
#include "lab/Lab.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
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
int openConsole(QApplication& app, const CommandLineOptions& options)
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
    runAsync(
        &app, [lab, reset]() -> Status { return reset ? lab->reset() : lab->ensureCreated(); },
        [&window, lab, simulate](const Status& status) {
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
            window->openLab(lab, simulate);
            window->show();
            QApplication::setQuitOnLastWindowClosed(true);
        });
    return app.exec();
}

// The options and, for `script ...`, the arguments after `script` (which has options of its own).
struct ParsedArguments {
    CommandLineOptions options;
    bool script = false;
    QStringList scriptArguments;
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
            "review, and changes nothing: see '%1 script --help'.")
            .arg(kProgram));
    // Everything after `script` is the script's, including what looks like an option.
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    parser.addPositionalArgument(
        QStringLiteral("script"),
        QStringLiteral("Prints a change as T-SQL instead of opening the "
                       "console."),
        QStringLiteral("[script <source-job|destination|clean-destination> [options]]"));

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
    parser.addOptions({help, version, labFolder, resetLab, noSimulation, screenshot, logLevel});

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

    const QStringList positional = parser.positionalArguments();
    result.script = !positional.isEmpty() && positional.constFirst() == QLatin1String("script");
    if (result.script)
        result.scriptArguments = positional.mid(1);

    if (!parsed)
        options.error = parser.errorText();
    else if (result.script && (options.resetLab || parser.isSet(screenshot)))
        options.error =
            QStringLiteral("--%1 does not go with script.")
                .arg(options.resetLab ? QStringLiteral("reset-lab") : QStringLiteral("screenshot"));
    else if (!positional.isEmpty() && !result.script)
        options.error = QStringLiteral("Unexpected argument '%1'.")
                            .arg(parser.positionalArguments().constFirst());
    else if (!kLogLevels.contains(options.logLevel))
        options.error = QStringLiteral("Unknown log level '%1': use one of %2.")
                            .arg(parser.value(logLevel), kLogLevels.join(QStringLiteral(", ")));
    else if (parser.isSet(labFolder) && options.labFolder.isEmpty())
        options.error = QStringLiteral("--lab-folder needs a folder.");
    else if (parser.isSet(screenshot) && options.screenshotFolder.isEmpty())
        options.error = QStringLiteral("--screenshot needs a folder.");
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

// `script ...` needs no window system and no event loop: it reads, prints and ends.
int runScript(const ParsedArguments& parsed)
{
#ifdef Q_OS_WIN
    useParentConsole();
#endif
    QStringList arguments = parsed.scriptArguments;
    // A lab named before `script` is the one meant; one named after it wins.
    if (!parsed.options.labFolder.isEmpty())
        arguments =
            QStringList{QStringLiteral("--lab-folder"), parsed.options.labFolder} + arguments;
    return runScriptCommand(arguments);
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
    const bool answersWithoutWindow =
        early.showHelp || early.showVersion || !early.error.isEmpty() || earlyArguments.script;

    bool headless = lacksDisplay();
    if (headless && !answersWithoutWindow && !early.screenshotFolder.isEmpty()) {
        // Screenshots need no screen: render them offscreen instead of failing.
        qputenv("QT_QPA_PLATFORM", "offscreen");
        headless = false;
    }
    if (!answersWithoutWindow && !headless)
        return std::nullopt;

    // The run ends here. A core application needs no window system and gives Qt's exact view of
    // the arguments (Unicode on Windows) and the program's name for the usage text.
    QCoreApplication app(argc, argv);
    const ParsedArguments parsed = parseArguments(QCoreApplication::arguments());
    if (const std::optional<int> exitCode = answerWithoutWindow(parsed.options))
        return exitCode;
    if (parsed.script)
        return runScript(parsed);
    if (!headless)
        return answerWithoutWindow(early); // only if the two readings disagreed
    showText(noDisplayMessage(), true);
    return 2;
}

int runCommandLine(QApplication& app)
{
    const ParsedArguments parsed = parseArguments(QCoreApplication::arguments());
    const CommandLineOptions& options = parsed.options;
    if (const std::optional<int> exitCode = answerWithoutWindow(options))
        return *exitCode;
    if (parsed.script) // normally answered before the QApplication existed
        return runScript(parsed);

    initLogging(options.logLevel);
    spdlog::info("{} {} started", kProgram.toStdString(), BTS_VERSION);

    if (!options.screenshotFolder.isEmpty())
        return renderScreenshots(options.screenshotFolder, options.labFolder);
    return openConsole(app, options);
}

} // namespace bts
