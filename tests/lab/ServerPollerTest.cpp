#include "polling/ServerPoller.h"
#include "LabFixture.h"
#include "LabFleet.h"
#include "environments/EnvironmentStore.h"
#include "polling/PollTargets.h"
#include "polling/ServerPollModel.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

namespace bts {
namespace {

// Servers of the lab, reached as the console reaches them (latency and lost servers apply).
class ServerPollerTest : public LabTest {
protected:
    QVector<PollTarget> targetsFor(const QStringList& servers) const
    {
        auto connector = std::make_shared<LabConnector>(lab->root(), true);
        QVector<PollTarget> targets;
        for (const QString& server : servers) {
            PollTarget t;
            t.environmentId = QStringLiteral("lab");
            t.environmentName = QStringLiteral("Lab");
            t.server = server;
            t.connector = connector;
            targets.append(t);
        }
        return targets;
    }

    // Polls once; the milliseconds after poll() at which each target reported, and its result.
    struct Arrival {
        qint64 atMs;
        PollResult result;
    };
    QHash<int, Arrival> pollOnce(ServerPoller& poller, qint64* wallMs = nullptr)
    {
        QHash<int, Arrival> arrivals;
        QElapsedTimer clock;
        const auto c = QObject::connect(&poller, &ServerPoller::targetPolled,
                                        [&](int index, const PollResult& r) {
                                            EXPECT_FALSE(arrivals.contains(index)) << index;
                                            arrivals.insert(index, {clock.elapsed(), r});
                                        });
        QSignalSpy finished(&poller, &ServerPoller::roundFinished);
        clock.start();
        poller.poll();
        EXPECT_TRUE(finished.wait(20000));
        QObject::disconnect(c);
        if (wallMs && !finished.isEmpty())
            *wallMs = finished.first().first().toLongLong();
        return arrivals;
    }
};

TEST_F(ServerPollerTest, ManyServersTakeAboutTheSlowestNotTheSum)
{
    const QStringList fleet =
        testing::createLabFleet(lab->root(), QStringLiteral("FLEET"), 10, 300);
    ASSERT_EQ(fleet.size(), 10);
    ServerPoller poller;
    poller.setTargets(targetsFor(fleet));
    qint64 wall = 0;
    const auto arrivals = pollOnce(poller, &wall);
    ASSERT_EQ(arrivals.size(), 10);
    for (const Arrival& a : arrivals) {
        EXPECT_TRUE(a.result.reachable()) << a.result.message.toStdString();
        EXPECT_GE(a.result.roundTripMs, 300);
    }
    EXPECT_GE(wall, 300);
    EXPECT_LT(wall, 1500) << "10 x 300 ms one after another would take 3000 ms";
    EXPECT_TRUE(arrivals.value(3).result.message.contains(QStringLiteral("FLEET04")));
}

TEST_F(ServerPollerTest, DeadServerIsReportedInWordsAndDelaysNobody)
{
    QStringList servers = testing::createLabFleet(lab->root(), QStringLiteral("FLEET"), 4, 400);
    ASSERT_EQ(servers.size(), 4);
    servers.append(QStringLiteral("NOSUCHSQL01"));
    ServerPoller poller;
    poller.setTargets(targetsFor(servers));
    qint64 wall = 0;
    const auto arrivals = pollOnce(poller, &wall);
    ASSERT_EQ(arrivals.size(), 5);
    const Arrival dead = arrivals.value(4);
    EXPECT_EQ(dead.result.state, PollResult::State::Unreachable);
    EXPECT_EQ(dead.result.level, StatusLevel::Critical);
    EXPECT_TRUE(dead.result.message.contains(QStringLiteral("Cannot reach SQL Server NOSUCHSQL01")))
        << dead.result.message.toStdString();
    EXPECT_LT(dead.atMs, 300) << "reported as soon as it failed, not with the slow ones";
    for (int i = 0; i < 4; ++i)
        EXPECT_TRUE(arrivals.value(i).result.reachable());
    EXPECT_LT(wall, 1200);
}

TEST_F(ServerPollerTest, HangingServerTimesOutOnItsOwnAndItsLateReplyIsDropped)
{
    QStringList servers = testing::createLabFleet(lab->root(), QStringLiteral("FLEET"), 4, 100);
    ASSERT_TRUE(LabLatency::set(lab->root(), QStringLiteral("FLEET04"), 2500).ok());
    ServerPoller poller;
    poller.setTimeoutMs(700);
    poller.setTargets(targetsFor(servers));
    QVector<int> reports(4, 0);
    QObject::connect(&poller, &ServerPoller::targetPolled,
                     [&](int index, const PollResult&) { ++reports[index]; });
    qint64 wall = 0;
    const auto arrivals = pollOnce(poller, &wall);
    ASSERT_EQ(arrivals.size(), 4);
    for (int i = 0; i < 3; ++i) {
        EXPECT_TRUE(arrivals.value(i).result.reachable());
        EXPECT_LT(arrivals.value(i).atMs, 600) << "on time, whatever FLEET04 does";
    }
    const Arrival hung = arrivals.value(3);
    EXPECT_EQ(hung.result.state, PollResult::State::TimedOut);
    EXPECT_TRUE(hung.result.message.contains(QStringLiteral("No answer from FLEET04 within 700")))
        << hung.result.message.toStdString();
    EXPECT_GE(hung.atMs, 690);
    EXPECT_LT(hung.atMs, 1500) << "at its timeout, not when it finally answers";
    EXPECT_LT(wall, 1500);

    // While it still hangs, the next round does not send it another probe.
    const auto again = pollOnce(poller);
    EXPECT_EQ(again.value(3).result.state, PollResult::State::TimedOut);
    EXPECT_TRUE(again.value(3).result.message.contains(QStringLiteral("still not answered")));

    // Its reply comes in the end, and is dropped: the target was reported already.
    EXPECT_TRUE(QTest::qWaitFor([&] { return poller.droppedReplies() == 1; }, 5000));
    QTest::qWait(50);
    EXPECT_EQ(reports.value(3), 2) << "one report per round, none for the late reply";

    ASSERT_TRUE(LabLatency::set(lab->root(), QStringLiteral("FLEET04"), 0).ok());
    EXPECT_TRUE(pollOnce(poller).value(3).result.reachable());
}

TEST_F(ServerPollerTest, RequestsDuringARoundAreCoalesced)
{
    const QStringList fleet = testing::createLabFleet(lab->root(), QStringLiteral("FLEET"), 2, 200);
    ServerPoller poller;
    poller.setTargets(targetsFor(fleet));
    QSignalSpy finished(&poller, &ServerPoller::roundFinished);
    poller.poll();
    poller.poll();
    poller.poll();
    poller.poll();
    ASSERT_TRUE(QTest::qWaitFor([&] { return finished.size() == 2; }, 10000));
    QTest::qWait(600);
    EXPECT_EQ(finished.size(), 2) << "the round asked for, and one more for all the requests";
}

TEST_F(ServerPollerTest, EnvironmentWithoutItsPasswordIsListedNotPolled)
{
    Environment production;
    production.id = QStringLiteral("prod");
    production.name = QStringLiteral("Production");
    production.management.server = QStringLiteral("PROD-SQL01");
    production.management.authentication = ConnectionSettings::Authentication::SqlLogin;
    production.destinations = {QStringLiteral("DR-SQL01")};
    const QVector<PollTarget> targets =
        pollTargets({EnvironmentStore::labEnvironment(), production}, {}, lab->root(), 2000);
    ASSERT_EQ(targets.size(), 4);
    EXPECT_EQ(targets.at(2).server, QStringLiteral("PROD-SQL01"));
    EXPECT_EQ(targets.at(3).role, PollTarget::Role::Destination);
    EXPECT_EQ(targets.at(3).connector, nullptr);

    ServerPoller poller;
    poller.setTargets(targets);
    const auto arrivals = pollOnce(poller);
    EXPECT_TRUE(arrivals.value(0).result.reachable())
        << arrivals.value(0).result.message.toStdString();
    EXPECT_TRUE(arrivals.value(1).result.reachable());
    for (int i : {2, 3}) {
        EXPECT_EQ(arrivals.value(i).result.state, PollResult::State::NotPolled);
        EXPECT_TRUE(arrivals.value(i).result.message.startsWith(QStringLiteral("Password needed")));
    }
}

TEST_F(ServerPollerTest, ModelFollowsThePollerAndPassesTheModelTester)
{
    QStringList servers = testing::createLabFleet(lab->root(), QStringLiteral("FLEET"), 3, 50);
    servers.append(QStringLiteral("NOSUCHSQL01"));
    ServerPoller poller;
    ServerPollModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QObject::connect(&poller, &ServerPoller::targetPolled, &model, &ServerPollModel::setResult);
    poller.setTargets(targetsFor(servers));
    model.setTargets(poller.targets());
    EXPECT_EQ(model.index(0, ServerPollModel::StatusColumn).data().toString(),
              QStringLiteral("Polling..."));
    pollOnce(poller);
    ASSERT_EQ(model.rowCount(), 4);
    EXPECT_EQ(model.index(0, ServerPollModel::StatusColumn).data().toString(),
              QStringLiteral("Reachable"));
    EXPECT_TRUE(model.index(0, ServerPollModel::RoundTripColumn).data().toString().endsWith("ms"));
    EXPECT_EQ(model.index(3, ServerPollModel::StatusColumn).data().toString(),
              QStringLiteral("Unreachable"));
    EXPECT_EQ(model.index(3, ServerPollModel::StatusColumn)
                  .data(ServerPollModel::StatusLevelRole)
                  .toInt(),
              int(StatusLevel::Critical));
    model.setTargets({});
    EXPECT_EQ(model.rowCount(), 0);
}

} // namespace
} // namespace bts
