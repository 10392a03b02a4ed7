#include "LabScenarioFixture.h"
#include "lab/LabTopology.h"
#include "monitoring/ShippingReader.h"
#include "monitoring/ShippingStatus.h"

#include <gtest/gtest.h>

#include <sstream>

namespace bts {
namespace {

// What the status engine makes of each lab scenario, read by the reader: the reader and the
// engine are written apart, and the scenarios are where they must agree.
struct Expected {
    LabScenario scenario;
    StatusLevel level;   // the group's worst
    ShippingTopic topic; // a verdict at that level about this
    QString subject;
};

void PrintTo(const Expected& e, std::ostream* out)
{
    *out << labScenarioName(e.scenario).toStdString() << ": "
         << statusLevelName(e.level).toStdString() << " "
         << shippingTopicName(e.topic).toStdString() << " about " << e.subject.toStdString();
}

std::string describe(const ShippingStatus& status)
{
    std::ostringstream out;
    for (const ShippingVerdict& v : status.verdicts)
        out << "\n  " << statusLevelName(v.level).toStdString() << " "
            << shippingTopicName(v.topic).toStdString() << " [" << v.subject.toStdString() << "] "
            << v.sentence.toStdString();
    return out.str();
}

class ShippingScenarioVerdictTest : public ::testing::TestWithParam<Expected> {};

TEST_P(ShippingScenarioVerdictTest, GivesTheExpectedWorstLevelAndTopic)
{
    const Expected& e = GetParam();
    const std::shared_ptr<Lab> lab = ScenarioLabs::get(e.scenario);
    ASSERT_TRUE(lab);
    const Result<ShippingFacts> facts = readShippingFacts(*lab->backend());
    ASSERT_TRUE(facts.ok()) << facts.error().sentence().toStdString();
    const ShippingStatus status = evaluateShipping(facts.value());
    EXPECT_EQ(statusLevelName(status.level), statusLevelName(e.level)) << describe(status);
    bool found = false;
    for (const ShippingVerdict& v : status.verdictsAbout(e.topic))
        found = found || (v.level == e.level && v.subject == e.subject);
    EXPECT_TRUE(found) << "no " << statusLevelName(e.level).toStdString() << " "
                       << shippingTopicName(e.topic).toStdString() << " verdict about "
                       << e.subject.toStdString() << describe(status);
}

TEST(ShippingScenarioVerdicts, HealthyHasOneOkLagVerdictForTheDestination)
{
    const std::shared_ptr<Lab> lab = ScenarioLabs::get(LabScenario::Healthy);
    ASSERT_TRUE(lab);
    const Result<ShippingFacts> facts = readShippingFacts(*lab->backend());
    ASSERT_TRUE(facts.ok());
    const ShippingStatus status = evaluateShipping(facts.value());
    EXPECT_EQ(statusLevelName(status.level), statusLevelName(StatusLevel::Ok)) << describe(status);
    const QVector<ShippingVerdict> lag = status.verdictsAbout(ShippingTopic::Lag);
    ASSERT_EQ(lag.size(), 1) << describe(status);
    EXPECT_EQ(lag.first().level, StatusLevel::Ok);
    EXPECT_EQ(lag.first().subject, LabTopology::DestinationServer);
}

const QString Source = LabTopology::SourceServer;
const QString Destination = LabTopology::DestinationServer;

TEST(ShippingScenarioVerdicts, WithTheSourceLostDatabasesKeepTheirNames)
{
    const std::shared_ptr<Lab> lab = ScenarioLabs::get(LabScenario::SourceLost);
    ASSERT_TRUE(lab);
    const Result<ShippingFacts> facts = readShippingFacts(*lab->backend());
    ASSERT_TRUE(facts.ok());
    QStringList names;
    for (const DatabaseShippingStatus& db : evaluateShipping(facts.value()).databases)
        names.append(db.database);
    // Spelled as the destination's bts_LogShippingDatabases lists them, not lower-cased.
    EXPECT_TRUE(names.contains(QStringLiteral("BizTalkMsgBoxDb"))) << names.join(' ').toStdString();
}

TEST(ShippingScenarioVerdicts, APartialSetIsNamedOnTheSourceAndOnTheDestinationItStops)
{
    const std::shared_ptr<Lab> lab = ScenarioLabs::get(LabScenario::PartialSet);
    ASSERT_TRUE(lab);
    const Result<ShippingFacts> facts = readShippingFacts(*lab->backend());
    ASSERT_TRUE(facts.ok());
    const ShippingStatus status = evaluateShipping(facts.value());
    QStringList subjects;
    for (const ShippingVerdict& v : status.verdictsAbout(ShippingTopic::PartialSet)) {
        EXPECT_EQ(v.level, StatusLevel::Warning) << v.sentence.toStdString();
        EXPECT_TRUE(v.sentence.contains(QStringLiteral("full"))) << v.sentence.toStdString();
        subjects.append(v.subject);
    }
    EXPECT_TRUE(subjects.contains(Source)) << describe(status);
    EXPECT_TRUE(subjects.contains(Destination)) << describe(status);
}

INSTANTIATE_TEST_SUITE_P(
    EveryScenario, ShippingScenarioVerdictTest,
    ::testing::Values(
        Expected{LabScenario::Healthy, StatusLevel::Ok, ShippingTopic::Lag, Destination},
        Expected{LabScenario::DestinationBehind, StatusLevel::Critical, ShippingTopic::Lag,
                 Destination},
        // A failed backup of one database fails the job run that left the partial set.
        Expected{LabScenario::PartialSet, StatusLevel::Critical, ShippingTopic::BackupJob, Source},
        Expected{LabScenario::Gap, StatusLevel::Critical, ShippingTopic::Gap, Destination},
        Expected{LabScenario::MissingBackupFile, StatusLevel::Critical, ShippingTopic::MissingFile,
                 Destination},
        Expected{LabScenario::JobFailing, StatusLevel::Critical, ShippingTopic::BackupJob, Source},
        Expected{LabScenario::SourceLost, StatusLevel::Critical, ShippingTopic::SourceUnreachable,
                 Source}),
    [](const ::testing::TestParamInfo<Expected>& info) {
        QString name = labScenarioName(info.param.scenario);
        return name.remove(QLatin1Char('-')).toStdString();
    });

} // namespace
} // namespace bts
