#include "CheckCommand.h"
#include "TempDir.h"

#include "lab/LabScenario.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTextStream>

#include <gtest/gtest.h>

namespace bts {
namespace {

CheckOptions parse(const QStringList& arguments)
{
    return parseCheckOptions(arguments);
}

struct CheckRun {
    int exitCode = -1;
    QString out;
    QString err;
};

CheckRun check(const QStringList& arguments)
{
    CheckRun run;
    QTextStream out(&run.out);
    QTextStream err(&run.err);
    run.exitCode = runCheckCommand(arguments, out, err);
    return run;
}

// The monitoring-plugin line: "BIZTALK LOG SHIPPING <STATE> - <text> | <perfdata>".
const QRegularExpression
    PluginLine(QStringLiteral("^BIZTALK LOG SHIPPING (OK|WARNING|CRITICAL|UNKNOWN) - ([^|\\n]+)"
                              "(?: \\| ([^\\n]+))?\\n$"));

TEST(CheckOptions, DefaultsReadTheLabWithTheDefaultThresholds)
{
    const CheckOptions o = parse({});
    EXPECT_TRUE(o.error.isEmpty()) << o.error.toStdString();
    EXPECT_TRUE(o.isLab());
    EXPECT_FALSE(o.json);
    EXPECT_EQ(o.thresholds.lagWarningMinutes, Thresholds().lagWarningMinutes);
    EXPECT_EQ(o.thresholds.lagCriticalMinutes, Thresholds().lagCriticalMinutes);
    const CheckOptions t =
        parse({QStringLiteral("-w"), QStringLiteral("20"), QStringLiteral("--critical"),
               QStringLiteral("40"), QStringLiteral("--json")});
    EXPECT_TRUE(t.error.isEmpty()) << t.error.toStdString();
    EXPECT_EQ(t.thresholds.lagWarningMinutes, 20);
    EXPECT_EQ(t.thresholds.lagCriticalMinutes, 40);
    EXPECT_TRUE(t.json);
}

TEST(CheckOptions, BadArgumentsSayWhy)
{
    const auto error = [](const QStringList& a) {
        return parse(a).error.toStdString();
    };
    EXPECT_EQ(error({QStringLiteral("--warning"), QStringLiteral("130")}),
              "--warning (130 minutes) must be less than --critical (120 minutes).");
    EXPECT_EQ(error({QStringLiteral("--critical"), QStringLiteral("2h")}),
              "--critical needs a whole number of minutes from 1 to 100000, not '2h'.");
    EXPECT_EQ(error({QStringLiteral("--lab-scenario"), QStringLiteral("'; DROP")}),
              "Unknown lab scenario ''; DROP': use one of " +
                  labScenarioNames().join(QStringLiteral(", ")).toStdString() + ".");
    EXPECT_EQ(error({QStringLiteral("--server"), QStringLiteral("SQL01"),
                     QStringLiteral("--lab-scenario"), QStringLiteral("healthy")}),
              "--lab-scenario goes with the lab, not with --server.");
    EXPECT_EQ(error({QStringLiteral("extra")}), "Unexpected argument 'extra'.");
}

TEST(CheckCommand, AnUnusableCallIsUnknownOnTheFirstLine)
{
    const CheckRun run = check({QStringLiteral("--warning"), QStringLiteral("soon")});
    EXPECT_EQ(run.exitCode, 3);
    EXPECT_TRUE(PluginLine.match(run.out).hasMatch()) << run.out.toStdString();
    EXPECT_TRUE(run.out.startsWith(QStringLiteral("BIZTALK LOG SHIPPING UNKNOWN - --warning")));
    EXPECT_TRUE(run.err.contains(QStringLiteral("bts-logship check --help")));
}

TEST(CheckCommand, AServerThatCannotBeReachedIsUnknown)
{
    // A port that was free a moment ago: the connection is refused at once.
    QTcpServer probe;
    ASSERT_TRUE(probe.listen(QHostAddress::LocalHost, 0));
    const QString port = QString::number(probe.serverPort());
    probe.close();
    const CheckRun run =
        check({QStringLiteral("--server"), QStringLiteral("127.0.0.1"), QStringLiteral("--port"),
               port, QStringLiteral("--driver"), QStringLiteral("FreeTDS")});
    EXPECT_EQ(run.exitCode, 3) << run.out.toStdString();
    EXPECT_TRUE(run.out.startsWith(QStringLiteral("BIZTALK LOG SHIPPING UNKNOWN - ")))
        << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("127.0.0.1"))) << run.out.toStdString();
}

class CheckScenarioTest : public TempDirTest {
protected:
    CheckRun scenario(const QString& name, const QStringList& more = {})
    {
        return check(QStringList{QStringLiteral("--lab-folder"), path(QStringLiteral("lab")),
                                 QStringLiteral("--lab-scenario"), name} +
                     more);
    }
};

TEST_F(CheckScenarioTest, EveryScenarioGivesItsStateAndExitCode)
{
    const struct {
        const char* scenario;
        const char* state;
        int exitCode;
    } expected[] = {
        {"healthy", "OK", 0},
        {"behind", "CRITICAL", 2},
        {"partial-set", "CRITICAL", 2},
        {"gap", "CRITICAL", 2},
        {"missing-file", "CRITICAL", 2},
        {"job-failing", "CRITICAL", 2},
        {"source-lost", "CRITICAL", 2},
    };
    ASSERT_EQ(std::size(expected), std::size_t(labScenarioNames().size()));
    for (const auto& e : expected) {
        const CheckRun run = scenario(QString::fromLatin1(e.scenario));
        const QRegularExpressionMatch line = PluginLine.match(run.out);
        ASSERT_TRUE(line.hasMatch()) << e.scenario << ": " << run.out.toStdString();
        EXPECT_EQ(line.captured(1), QString::fromLatin1(e.state))
            << e.scenario << ": " << run.out.toStdString();
        EXPECT_EQ(run.exitCode, e.exitCode) << e.scenario;
        // Performance data for the destination, with the thresholds, whenever it was read.
        EXPECT_TRUE(line.captured(3).contains(QStringLiteral("'LABSQL02 lag'=")))
            << e.scenario << ": " << run.out.toStdString();
        EXPECT_TRUE(line.captured(3).contains(QStringLiteral("min;45;120;0")))
            << e.scenario << ": " << run.out.toStdString();
    }
}

TEST_F(CheckScenarioTest, ThresholdsDecideTheState)
{
    // Healthy log shipping trails by up to two 15-minute sets: critical past 2 minutes.
    const CheckRun run =
        scenario(QStringLiteral("healthy"), {QStringLiteral("--warning"), QStringLiteral("1"),
                                             QStringLiteral("--critical"), QStringLiteral("2")});
    EXPECT_EQ(run.exitCode, 2) << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("min;1;2;0"))) << run.out.toStdString();
}

TEST_F(CheckScenarioTest, JsonCarriesEveryVerdict)
{
    const CheckRun run = scenario(QStringLiteral("behind"), {QStringLiteral("--json")});
    EXPECT_EQ(run.exitCode, 2);
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(run.out.toUtf8(), &error);
    ASSERT_EQ(error.error, QJsonParseError::NoError) << run.out.toStdString();
    const QJsonObject root = json.object();
    EXPECT_FALSE(root.value(QStringLiteral("verdicts")).toArray().isEmpty());
    bool lagOnDestination = false;
    for (const QJsonValue& v : root.value(QStringLiteral("verdicts")).toArray()) {
        const QJsonObject verdict = v.toObject();
        lagOnDestination =
            lagOnDestination ||
            (verdict.value(QStringLiteral("subject")).toString() == QStringLiteral("LABSQL02") &&
             verdict.value(QStringLiteral("sentence"))
                 .toString()
                 .contains(QStringLiteral("behind")));
    }
    EXPECT_TRUE(lagOnDestination) << run.out.toStdString();
}

} // namespace
} // namespace bts
