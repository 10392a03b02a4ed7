#include "lab/LabLatency.h"
#include "LabFixture.h"

#include <QElapsedTimer>
#include <QFile>

namespace bts {
namespace {

const QString Source = LabTopology::SourceServer;

TEST_F(LabTest, LatencyIsSetPerServerWhateverTheCase)
{
    EXPECT_EQ(LabLatency::of(lab->root(), Source), 0);
    ASSERT_TRUE(LabLatency::set(lab->root(), QStringLiteral("labsql01"), 120).ok());
    ASSERT_TRUE(LabLatency::set(lab->root(), LabTopology::DestinationServer, 40).ok());
    EXPECT_EQ(LabLatency::of(lab->root(), Source), 120);
    EXPECT_EQ(LabLatency::of(lab->root(), QStringLiteral("LabSql02")), 40);
    const QHash<QString, int> all = LabLatency::all(lab->root());
    EXPECT_EQ(all.size(), 2);
    EXPECT_EQ(all.value(Source), 120);

    ASSERT_TRUE(LabLatency::set(lab->root(), LabTopology::DestinationServer, 0).ok());
    EXPECT_EQ(LabLatency::of(lab->root(), LabTopology::DestinationServer), 0);
    EXPECT_FALSE(LabLatency::all(lab->root()).contains(LabTopology::DestinationServer));
}

TEST_F(LabTest, LatencyIsKeptInTheLabFolder)
{
    ASSERT_TRUE(LabLatency::set(lab->root(), Source, 75).ok());
    const QString file = QDir(lab->root()).filePath(QStringLiteral("latency.json"));
    ASSERT_TRUE(QFile::exists(file));
    // Another run of the console reads it from the file, not from this one's cache.
    LabLatency::forget(lab->root());
    EXPECT_EQ(LabLatency::of(lab->root(), Source), 75);
    QFile::remove(file);
    EXPECT_EQ(LabLatency::of(lab->root(), Source), 75) << "of() reads the cache, not the file";
}

TEST_F(LabTest, ResetRemovesTheLatency)
{
    ASSERT_TRUE(LabLatency::set(lab->root(), Source, 75).ok());
    ASSERT_TRUE(lab->reset(start()).ok());
    EXPECT_EQ(LabLatency::of(lab->root(), Source), 0);
    EXPECT_TRUE(LabLatency::all(lab->root()).isEmpty());
}

// Only the console's connections pay the round trip: the simulator runs the lab at full speed.
TEST_F(LabTest, OnlyTheConsolesStatementsWaitTheRoundTrip)
{
    const auto timed = [&](bool console) {
        const LabConnector connector(lab->root(), console);
        QElapsedTimer timer;
        timer.start();
        const Result<QVariant> one =
            connector.scalar(Source, QStringLiteral("master"), QStringLiteral("SELECT 1"));
        EXPECT_TRUE(one.ok());
        return timer.elapsed();
    };
    timed(true); // opens this thread's connection
    ASSERT_TRUE(LabLatency::set(lab->root(), Source, 150).ok());
    EXPECT_GE(timed(true), 150);
    EXPECT_LT(timed(false), 100);
    EXPECT_LT(timed(true) - 150, 100) << "one round trip per statement, not more";
    ASSERT_TRUE(LabLatency::set(lab->root(), Source, 0).ok());
    EXPECT_LT(timed(true), 100);
}

} // namespace
} // namespace bts
