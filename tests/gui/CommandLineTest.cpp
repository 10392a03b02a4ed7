#include "CommandLine.h"

#include <gtest/gtest.h>

namespace bts {
namespace {

CommandLineOptions parse(const QStringList& options)
{
    return parseCommandLine(QStringList{QStringLiteral("bts-logship")} + options);
}

TEST(CommandLine, WithoutOptionsOpensTheDefaultLabWithTheClockRunning)
{
    const CommandLineOptions options = parse({});
    EXPECT_TRUE(options.error.isEmpty()) << options.error.toStdString();
    EXPECT_FALSE(options.showHelp);
    EXPECT_FALSE(options.showVersion);
    EXPECT_TRUE(options.labFolder.isEmpty());
    EXPECT_FALSE(options.resetLab);
    EXPECT_TRUE(options.simulate);
    EXPECT_TRUE(options.screenshotFolder.isEmpty());
    EXPECT_EQ(options.logLevel, QStringLiteral("info"));
}

TEST(CommandLine, RecognisesVersion)
{
    EXPECT_TRUE(parse({QStringLiteral("--version")}).showVersion);
    EXPECT_TRUE(parse({QStringLiteral("-v")}).showVersion);
}

TEST(CommandLine, RecognisesHelpAndDescribesEveryOption)
{
    EXPECT_TRUE(parse({QStringLiteral("-h")}).showHelp);
    const CommandLineOptions options = parse({QStringLiteral("--help")});
    EXPECT_TRUE(options.showHelp);
    EXPECT_TRUE(options.error.isEmpty());
    for (const char* option : {"--lab-folder", "--reset-lab", "--no-simulation", "--screenshot",
                               "--log-level", "--version"})
        EXPECT_TRUE(options.helpText.contains(QLatin1String(option))) << option;
}

TEST(CommandLine, TakesTheLabFolder)
{
    const CommandLineOptions options =
        parse({QStringLiteral("--lab-folder"), QStringLiteral("/tmp/my lab")});
    EXPECT_TRUE(options.error.isEmpty()) << options.error.toStdString();
    EXPECT_EQ(options.labFolder, QStringLiteral("/tmp/my lab"));
    EXPECT_EQ(parse({QStringLiteral("--lab-folder=C:\\Labs\\one")}).labFolder,
              QStringLiteral("C:\\Labs\\one"));
}

TEST(CommandLine, TakesTheScreenshotFolder)
{
    const CommandLineOptions options =
        parse({QStringLiteral("--screenshot"), QStringLiteral("shots")});
    EXPECT_TRUE(options.error.isEmpty()) << options.error.toStdString();
    EXPECT_EQ(options.screenshotFolder, QStringLiteral("shots"));
}

TEST(CommandLine, TakesTheLabSwitches)
{
    const CommandLineOptions options =
        parse({QStringLiteral("--reset-lab"), QStringLiteral("--no-simulation")});
    EXPECT_TRUE(options.error.isEmpty()) << options.error.toStdString();
    EXPECT_TRUE(options.resetLab);
    EXPECT_FALSE(options.simulate);
}

TEST(CommandLine, TakesEveryLogLevel)
{
    for (const char* level : {"trace", "debug", "info", "warn", "error"}) {
        const CommandLineOptions options =
            parse({QStringLiteral("--log-level"), QString::fromLatin1(level)});
        EXPECT_TRUE(options.error.isEmpty()) << level;
        EXPECT_EQ(options.logLevel, QString::fromLatin1(level));
    }
}

TEST(CommandLine, RejectsAnUnknownLogLevel)
{
    const CommandLineOptions options =
        parse({QStringLiteral("--log-level"), QStringLiteral("chatty")});
    EXPECT_TRUE(options.error.contains(QStringLiteral("chatty"))) << options.error.toStdString();
}

TEST(CommandLine, RejectsAnUnknownOptionAndNamesIt)
{
    const CommandLineOptions options = parse({QStringLiteral("--frobnicate")});
    EXPECT_FALSE(options.error.isEmpty());
    EXPECT_TRUE(options.error.contains(QStringLiteral("frobnicate")))
        << options.error.toStdString();
}

TEST(CommandLine, RejectsAnOptionWithoutItsValue)
{
    EXPECT_FALSE(parse({QStringLiteral("--screenshot")}).error.isEmpty());
    EXPECT_FALSE(parse({QStringLiteral("--lab-folder")}).error.isEmpty());
    EXPECT_FALSE(parse({QStringLiteral("--screenshot=")}).error.isEmpty());
}

TEST(CommandLine, RejectsAStrayArgument)
{
    const CommandLineOptions options = parse({QStringLiteral("lab")});
    EXPECT_TRUE(options.error.contains(QStringLiteral("lab"))) << options.error.toStdString();
}

} // namespace
} // namespace bts
