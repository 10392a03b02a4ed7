#include "lab/LabHistoryGenerator.h"
#include "TempDir.h"
#include "group/GroupReader.h"
#include "lab/Lab.h"
#include "lab/LabConnector.h"
#include "lab/LabScenario.h"
#include "lab/LabTopology.h"
#include "monitoring/ShippingReader.h"
#include "monitoring/ShippingStatus.h"

#include <QElapsedTimer>
#include <QRegularExpression>

#include <gtest/gtest.h>

namespace bts {
namespace {

const QString Source = LabTopology::SourceServer;
const QString Mgmt = LabTopology::ManagementDatabase;
const QString Destination = LabTopology::DestinationServer;
const QString Master = QStringLiteral("master");

// A healthy lab of its own per test: the generator changes it.
class LabHistoryGeneratorTest : public TempDirTest {
protected:
    void SetUp() override
    {
        lab = std::make_shared<Lab>(path(QStringLiteral("lab")));
        const Status s = applyLabScenario(lab, LabScenario::Healthy);
        ASSERT_TRUE(s.ok()) << s.error().sentence().toStdString();
    }

    qint64 number(const QString& server, const QString& database, const QString& sql) const
    {
        Result<QVariant> v = LabConnector(lab->root()).scalar(server, database, sql);
        EXPECT_TRUE(v.ok()) << sql.toStdString();
        return v.ok() ? v.value().toLongLong() : -1;
    }
    qint64 sourceRows() const
    {
        return number(Source, Mgmt, QStringLiteral("SELECT COUNT(*) FROM adm_BackupHistory"));
    }
    qint64 destinationRows() const
    {
        return number(Destination, Master,
                      QStringLiteral("SELECT COUNT(*) FROM bts_LogShippingHistory"));
    }

    // Everything the console concludes about the lab, as text to compare. Set ids are left out:
    // the existing sets are renumbered above the new, older ones.
    std::string verdicts() const
    {
        static const QRegularExpression setId(QStringLiteral("set \\d+"));
        std::string text;
        const Result<ShippingFacts> facts = readShippingFacts(*lab->backend());
        EXPECT_TRUE(facts.ok());
        if (facts.ok()) {
            const ShippingStatus status = evaluateShipping(facts.value());
            for (const ShippingVerdict& v : status.verdicts)
                text +=
                    (statusLevelName(v.level) + QLatin1Char(' ') + v.sentence + QLatin1Char('\n'))
                        .toStdString();
        }
        const Result<GroupSnapshot> snapshot = lab->backend()->readSnapshot();
        EXPECT_TRUE(snapshot.ok());
        if (snapshot.ok()) {
            const GroupVerdicts group = evaluateGroup(snapshot.value());
            for (const StatusVerdict& v : group.databases)
                text += (statusLevelName(v.level) + QLatin1Char(' ') + v.reason + QLatin1Char('\n'))
                            .toStdString();
        }
        return QString::fromStdString(text).replace(setId, QStringLiteral("set #")).toStdString();
    }

    // Ids, times and the destination's copies agree across the whole history.
    void expectConsistent() const
    {
        const auto zero = [&](const QString& server, const QString& database, const QString& sql) {
            EXPECT_EQ(number(server, database, sql), 0) << sql.toStdString();
        };
        // Each row's set and time are not older than those of the row before it (by BackupId).
        zero(Source, Mgmt,
             QStringLiteral("SELECT COUNT(*) FROM (SELECT BackupSetId s, BackupDateTime t, "
                            "LAG(BackupSetId) OVER (ORDER BY BackupId) ps, LAG(BackupDateTime) "
                            "OVER (ORDER BY BackupId) pt FROM adm_BackupHistory) WHERE s < ps "
                            "OR t < pt"));
        zero(Source, Mgmt,
             QStringLiteral("SELECT COUNT(*) FROM adm_BackupHistory WHERE BackupId < 1 OR "
                            "BackupSetId < 1 OR BackupSetId >= (SELECT NextBackupSetId FROM "
                            "adm_BackupSetId)"));
        // The destination's rows are copies of the source's, ids and all.
        LabConnector c(lab->root());
        Result<QSqlQuery> q =
            c.run(Destination, Master,
                  QStringLiteral("SELECT BackupId, BackupSetId, DatabaseName, BackupFileName FROM "
                                 "bts_LogShippingHistory"));
        ASSERT_TRUE(q.ok());
        int checked = 0;
        while (q.value().next() && checked < 400) {
            ++checked;
            Result<QVariant> same = c.scalar(
                Source, Mgmt,
                QStringLiteral("SELECT COUNT(*) FROM adm_BackupHistory WHERE BackupId = ? AND "
                               "BackupSetId = ? AND DatabaseName = ? AND BackupFileName = ?"),
                {q.value().value(0), q.value().value(1), q.value().value(2), q.value().value(3)});
            ASSERT_TRUE(same.ok());
            EXPECT_EQ(same.value().toInt(), 1) << q.value().value(3).toString().toStdString();
        }
        EXPECT_GT(checked, 0);
        EXPECT_EQ(number(Destination, Master,
                         QStringLiteral("SELECT MAX(LastRestoreSetId) FROM "
                                        "bts_LogShippingLastRestoreSet")),
                  number(Destination, Master,
                         QStringLiteral("SELECT MAX(BackupSetId) FROM bts_LogShippingHistory "
                                        "WHERE Restored = 1")));
        for (const QString& server : {Source, Destination}) {
            zero(server, QStringLiteral("msdb"),
                 QStringLiteral("SELECT COUNT(*) FROM (SELECT run_date * 1000000 + run_time t, "
                                "LAG(run_date * 1000000 + run_time) OVER (PARTITION BY job_id "
                                "ORDER BY instance_id) pt FROM sysjobhistory) WHERE t < pt"));
        }
    }

    std::shared_ptr<Lab> lab;
};

TEST_F(LabHistoryGeneratorTest, AddsOlderSetsAndLeavesThePresentAsItWas)
{
    const std::string before = verdicts();
    const qint64 sourceBefore = sourceRows();
    const qint64 destinationBefore = destinationRows();
    const qint64 jobRunsBefore = number(Source, QStringLiteral("msdb"),
                                        QStringLiteral("SELECT COUNT(*) FROM sysjobhistory"));
    const QString oldest = LabConnector(lab->root())
                               .scalar(Source, Mgmt,
                                       QStringLiteral("SELECT MIN(BackupDateTime) FROM "
                                                      "adm_BackupHistory"))
                               .value()
                               .toString();

    const qint64 newestBefore =
        number(Source, Mgmt, QStringLiteral("SELECT MAX(BackupSetId) FROM adm_BackupHistory"));
    LabHistoryScale scale;
    scale.sets = 300;
    QVector<int> percents;
    const Result<qint64> rows = generateLabHistory(lab->root(), scale, [&](int percent) {
        percents.append(percent);
        return true;
    });
    ASSERT_TRUE(rows.ok()) << rows.error().sentence().toStdString();
    const qint64 added = (sourceRows() - sourceBefore) + (destinationRows() - destinationBefore);
    EXPECT_EQ(rows.value(), added);
    EXPECT_GT(sourceRows() - sourceBefore, 300 * 8) << "every database of every set";
    EXPECT_EQ(percents.first(), 0);
    EXPECT_EQ(percents.last(), 100);
    EXPECT_EQ(number(Source, Mgmt,
                     QStringLiteral("SELECT COUNT(DISTINCT BackupSetId) FROM adm_BackupHistory "
                                    "WHERE BackupDateTime < '%1'")
                         .arg(oldest)),
              300);
    // The oldest set is a full one: a log chain starts there.
    EXPECT_EQ(LabConnector(lab->root())
                  .scalar(Source, Mgmt,
                          QStringLiteral("SELECT BackupType FROM adm_BackupHistory ORDER BY "
                                         "BackupId LIMIT 1"))
                  .value()
                  .toString(),
              QStringLiteral("db"));
    EXPECT_EQ(number(Source, Mgmt,
                     QStringLiteral("SELECT COUNT(*) FROM adm_BackupHistory WHERE BackupType = "
                                    "'lg' AND (MarkName NOT LIKE 'BTS\\_____\\_%' ESCAPE '\\' "
                                    "OR BackupFileName NOT LIKE '%\\_Log\\_' || MarkName || "
                                    "'.bak' ESCAPE '\\')")),
              0);
    EXPECT_GT(number(Source, QStringLiteral("msdb"),
                     QStringLiteral("SELECT COUNT(*) FROM sysjobhistory")),
              jobRunsBefore);
    expectConsistent();
    EXPECT_EQ(verdicts(), before);
    EXPECT_EQ(
        number(Source, Mgmt, QStringLiteral("SELECT MAX(BackupSetId) FROM adm_BackupHistory")),
        newestBefore + 300);

    // Again on top: the existing ids move up once more; then the lab's clock runs on.
    scale.sets = 50;
    ASSERT_TRUE(generateLabHistory(lab->root(), scale).ok());
    expectConsistent();
    EXPECT_EQ(verdicts(), before);
    ASSERT_TRUE(lab->advance(30 * 60).ok());
    expectConsistent();
}

TEST_F(LabHistoryGeneratorTest, CancelLeavesAShorterConsistentHistory)
{
    const qint64 sourceBefore = sourceRows();
    LabHistoryScale scale;
    scale.sets = 2500; // three chunks
    int calls = 0;
    const Result<qint64> rows =
        generateLabHistory(lab->root(), scale, [&](int) { return ++calls < 2; });
    ASSERT_FALSE(rows.ok());
    EXPECT_EQ(rows.error().kind, DbError::Kind::Cancelled);
    const qint64 added = sourceRows() - sourceBefore;
    EXPECT_GT(added, 0);
    EXPECT_LT(added, 2500 * 8);
    expectConsistent();
    ASSERT_TRUE(lab->advance(15 * 60).ok());
    expectConsistent();
}

TEST(LabHistoryScale, YearsCountsLogAndFullSets)
{
    const LabHistoryScale scale = LabHistoryScale::years(10);
    EXPECT_EQ(scale.intervalMinutes, 15);
    EXPECT_NEAR(double(scale.sets), 10 * 365.25 * (96 + 1), 2);
    EXPECT_EQ(LabHistoryScale::years(1, 60).sets, qint64(365.25 * 25 + 0.5));
}

} // namespace
} // namespace bts
