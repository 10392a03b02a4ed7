#include "CommandLine.h"

#include <QApplication>

#include <optional>

int main(int argc, char* argv[])
{
    // Set before any application object exists, so that --help and --version, which are answered
    // without one, already know the program.
    QCoreApplication::setOrganizationName(QStringLiteral("BizTalkLogShippingConsole"));
    QCoreApplication::setApplicationName(QStringLiteral("bts-logship"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BTS_VERSION));

    // --help, --version, bad arguments and a machine without a display end here, before Qt
    // would need (or fail to load) a window system.
    if (const std::optional<int> exitCode = bts::runWithoutWindowSystem(argc, argv))
        return *exitCode;

    QApplication app(argc, argv);
    return bts::runCommandLine(app);
}
