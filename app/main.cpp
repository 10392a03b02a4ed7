#include "Appearance.h"
#include "CommandLine.h"
#include "core/DatabasePool.h"

#include <QApplication>
#include <QElapsedTimer>

#include <optional>

int main(int argc, char* argv[])
{
    QElapsedTimer sinceStart; // for --exit-after-first-paint
    sinceStart.start();
    // Set before any application object exists, so that --help and --version, which are answered
    // without one, already know the program.
    QCoreApplication::setOrganizationName(QStringLiteral("BizTalkLogShippingConsole"));
    QCoreApplication::setApplicationName(QStringLiteral("bts-logship"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BTS_VERSION));

    // --help, --version, bad arguments and a machine without a display end here, before Qt
    // would need (or fail to load) a window system.
    if (const std::optional<int> exitCode = bts::runWithoutWindowSystem(argc, argv))
        return *exitCode;

    bts::prepareSystemAppearance();
    QApplication app(argc, argv);
    bts::followSystemColourScheme(app);
    const int exitCode = bts::runCommandLine(app, sinceStart);
    // A read still in flight when the window closed must end before Qt SQL's statics go.
    bts::waitForDatabaseWork();
    return exitCode;
}
