#pragma once

#include <QString>
#include <QStringList>

#include <optional>

class QApplication;
class QElapsedTimer;

namespace bts {

// What the command line asks for. Parsed without side effects, so that tests can check it and
// so that it can be read before any QApplication exists.
struct CommandLineOptions {
    bool showHelp = false;
    bool showVersion = false;
    QString labFolder;        // empty: Lab::defaultRoot()
    bool resetLab = false;    // recreate the lab before opening it
    bool simulate = true;     // false: the lab's clock stands still
    QString screenshotFolder; // non-empty: render the screenshots there and exit
    QString logLevel = QStringLiteral("info");
    QString labScenario; // non-empty: reset the lab to this scenario (LabScenario) first
    bool exitAfterFirstPaint = false; // print the milliseconds to the first paint, then exit
    QString language; // non-empty: the user interface's language for this run ("en", "de")
    QString scale;    // non-empty: the user interface's scale factor ("1.5"), QT_SCALE_FACTOR
    QString helpText; // the usage text, for --help
    QString error;    // non-empty when the arguments cannot be used; says why
};

// `arguments` as QCoreApplication::arguments() gives them: the program first.
CommandLineOptions parseCommandLine(const QStringList& arguments);

// Everything that must work without a window system: --help, --version, invalid arguments, and
// (Linux) a machine without a display, where Qt would only fail with a plugin error. Call before
// creating the QApplication. Returns the exit code when the run ends here, nothing when the
// window system is needed.
std::optional<int> runWithoutWindowSystem(int& argc, char** argv);

// The run that needs the window system: opens the console on the lab, or renders screenshots.
// Returns the process exit code.
// `sinceStart` was started on entering main(), for --exit-after-first-paint.
int runCommandLine(QApplication& app, const QElapsedTimer& sinceStart);

} // namespace bts
