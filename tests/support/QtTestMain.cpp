#include "core/DatabasePool.h"

#include <QApplication>
#include <QStandardPaths>

#include <gtest/gtest.h>
#include <spdlog/spdlog.h>

// One QApplication for the whole test executable, offscreen unless told otherwise, with
// settings and data folders of its own so that tests never touch the user's.
int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("BizTalkLogShippingConsoleTests"));
    QApplication::setApplicationName(QStringLiteral("bts-logship-tests"));
    // Audit lines of the changes tests make would drown the test output.
    spdlog::set_level(spdlog::level::warn);
    ::testing::InitGoogleTest(&argc, argv);
    const int result = RUN_ALL_TESTS();
    // A refresh a test left in flight must end before the statics it uses are destroyed.
    bts::waitForDatabaseWork();
    return result;
}
