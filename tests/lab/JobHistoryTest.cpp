#include "LabFixture.h"

#include "group/DatabaseStatus.h"
#include "source/JobHistory.h"
#include "source/JobHistoryModel.h"

#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>

using namespace bts;

namespace {

// QAbstractItemModelTester reports through qWarning in Warning mode: collect its complaints so
// that a broken model fails the test with the tester's words instead of aborting the run.
QStringList g_modelWarnings;

void collectModelWarnings(QtMsgType type, const QMessageLogContext& context, const QString& text)
{
    if (type != QtDebugMsg && type != QtInfoMsg &&
        QByteArray(context.category ? context.category : "").startsWith("qt.modeltest"))
        g_modelWarnings.append(text);
}

class ModelWarnings {
public:
    ModelWarnings()
        : m_previous(qInstallMessageHandler(collectModelWarnings))
    {
        g_modelWarnings.clear();
    }
    ~ModelWarnings() { qInstallMessageHandler(m_previous); }
    ModelWarnings(const ModelWarnings&) = delete;
    ModelWarnings& operator=(const ModelWarnings&) = delete;

    QString text() const { return g_modelWarnings.join(QLatin1Char('\n')); }

private:
    QtMessageHandler m_previous;
};

JobHistoryEntry entry(qint64 id, int step, const QString& name, int status)
{
    JobHistoryEntry e;
    e.instanceId = id;
    e.stepId = step;
    e.stepName = name;
    e.runStatus = status;
    e.startedAt = QDateTime(QDate(2026, 11, 23), QTime(23, 0), Qt::UTC);
    e.durationSeconds = 3725;
    e.message = QStringLiteral("line one\nline two");
    return e;
}

} // namespace

class JobHistoryTest : public LabTest {
protected:
    QString jobName() const { return backupJobName(LabTopology::ManagementDatabase); }

    QVector<JobHistoryEntry> historySince(const QDate& since) const
    {
        auto history = readJobHistory(*lab->backend(), jobName(), since);
        EXPECT_TRUE(history.ok()) << history.error().sentence().toStdString();
        return history.ok() ? history.value() : QVector<JobHistoryEntry>();
    }
};

TEST_F(JobHistoryTest, AFreshLabHasNoHistory)
{
    EXPECT_TRUE(historySince(QDate(2026, 11, 1)).isEmpty());
}

TEST_F(JobHistoryTest, ListsRunsAndStepsNewestFirstInServerTime)
{
    startBackups();
    ASSERT_TRUE(lab->advance(40 * 60).ok());
    const QVector<JobHistoryEntry> entries = historySince(QDate(2026, 11, 23));
    ASSERT_FALSE(entries.isEmpty());
    for (int i = 1; i < entries.size(); ++i)
        EXPECT_GT(entries.at(i - 1).instanceId, entries.at(i).instanceId) << i;

    // msdb writes a run's outcome after its steps, so the newest row is an outcome.
    EXPECT_TRUE(entries.first().isOutcome());
    EXPECT_EQ(entries.first().stepName, QStringLiteral("(Job outcome)"));
    int runs = 0;
    for (const JobHistoryEntry& e : entries)
        runs += e.isOutcome() ? 1 : 0;
    EXPECT_EQ(runs, 3) << "every 15 minutes from 22:00 to 22:35 UTC";
    // Server local time (the lab's server is at UTC+1): the last run started at 22:30 UTC.
    EXPECT_EQ(entries.first().startedAt, QDateTime(QDate(2026, 11, 23), QTime(23, 30), Qt::UTC));

    // ContosoOrders is SIMPLE: its log backup fails, and with it the step and the run.
    bool logStepFailed = false;
    for (const JobHistoryEntry& e : entries) {
        if (e.stepName == JobStepNames::MarkAndBackupLog && e.failed()) {
            logStepFailed = true;
            EXPECT_TRUE(e.message.contains(QStringLiteral("ContosoOrders")))
                << e.message.toStdString();
        }
    }
    EXPECT_TRUE(logStepFailed);
    EXPECT_TRUE(entries.first().failed());

    // run_date is compared as a day: nothing ran on the 24th, server time.
    EXPECT_TRUE(historySince(QDate(2026, 11, 24)).isEmpty());
    // Another job's name finds nothing.
    auto other = readJobHistory(*lab->backend(), QStringLiteral("No such job"), QDate(2026, 1, 1));
    ASSERT_TRUE(other.ok());
    EXPECT_TRUE(other.value().isEmpty());
}

TEST_F(JobHistoryTest, ModelPassesTheModelTesterAndSortsFailuresFirst)
{
    startBackups();
    ASSERT_TRUE(lab->advance(40 * 60).ok());
    const QVector<JobHistoryEntry> entries = historySince(QDate(2026, 11, 23));
    ASSERT_FALSE(entries.isEmpty());

    ModelWarnings warnings;
    JobHistoryModel model;
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(JobHistoryModel::SortRole);
    proxy.sort(JobHistoryModel::OutcomeColumn, Qt::AscendingOrder);
    QAbstractItemModelTester tester(&model,
                                    QAbstractItemModelTester::FailureReportingMode::Warning);
    QAbstractItemModelTester proxyTester(&proxy,
                                         QAbstractItemModelTester::FailureReportingMode::Warning);
    model.setEntries(entries);
    model.setEntries(entries);
    ASSERT_EQ(model.rowCount(), entries.size());
    EXPECT_EQ(model.columnCount(), int(JobHistoryModel::ColumnCount));
    EXPECT_EQ(model.headerData(JobHistoryModel::StartedColumn, Qt::Horizontal).toString(),
              QStringLiteral("Started (server time)"));

    // Failures first, each band newest first.
    bool seenSuccess = false;
    qint64 previous = -1;
    bool previousFailed = true;
    for (int row = 0; row < proxy.rowCount(); ++row) {
        const QModelIndex source = proxy.mapToSource(proxy.index(row, 0));
        const JobHistoryEntry* e = model.entryAt(source.row());
        ASSERT_NE(e, nullptr);
        if (e->failed()) {
            EXPECT_FALSE(seenSuccess) << "a failure after a success at row " << row;
            EXPECT_EQ(proxy.index(row, 0).data(JobHistoryModel::StatusLevelRole).toInt(),
                      int(StatusLevel::Critical));
            EXPECT_EQ(proxy.index(row, 0).data().toString(), QStringLiteral("Failed"));
        } else {
            seenSuccess = true;
        }
        if (previous >= 0 && previousFailed == e->failed()) {
            EXPECT_LT(e->instanceId, previous) << row;
        }
        previous = e->instanceId;
        previousFailed = e->failed();
    }
    EXPECT_TRUE(seenSuccess) << "the other steps succeed";
    EXPECT_TRUE(model.entryAt(proxy.mapToSource(proxy.index(0, 0)).row())->failed());

    // The same order from FailuresFirstRole on any column.
    proxy.setSortRole(JobHistoryModel::FailuresFirstRole);
    proxy.sort(JobHistoryModel::MessageColumn, Qt::AscendingOrder);
    EXPECT_TRUE(model.entryAt(proxy.mapToSource(proxy.index(0, 0)).row())->failed());

    // Steps read "3 (MarkAndBackupLog)", outcomes "Job outcome".
    for (int row = 0; row < model.rowCount(); ++row) {
        const JobHistoryEntry& e = entries.at(row);
        const QString step = model.index(row, JobHistoryModel::StepColumn).data().toString();
        const QString expected = e.isOutcome()
                                     ? QStringLiteral("Job outcome")
                                     : QStringLiteral("%1 (%2)").arg(e.stepId).arg(e.stepName);
        EXPECT_EQ(step, expected);
        if (e.succeeded()) {
            EXPECT_EQ(model.index(row, 0).data(JobHistoryModel::StatusLevelRole).toInt(),
                      int(StatusLevel::Ok));
        }
    }

    model.setEntries({});
    EXPECT_EQ(proxy.rowCount(), 0);
    EXPECT_TRUE(warnings.text().isEmpty()) << warnings.text().toStdString();
}

TEST(JobHistoryModelTest, ShowsEachColumnInWords)
{
    ModelWarnings warnings;
    JobHistoryModel model;
    QAbstractItemModelTester tester(&model,
                                    QAbstractItemModelTester::FailureReportingMode::Warning);
    model.setEntries({entry(7, 3, JobStepNames::MarkAndBackupLog, 2),
                      entry(8, 0, QStringLiteral("(Job outcome)"), 1)});
    const auto cell = [&](int row, int column, int role = Qt::DisplayRole) {
        return model.index(row, column).data(role);
    };
    EXPECT_EQ(cell(0, JobHistoryModel::OutcomeColumn).toString(), QStringLiteral("Retry"));
    EXPECT_EQ(cell(0, 0, JobHistoryModel::StatusLevelRole).toInt(), int(StatusLevel::Info));
    EXPECT_EQ(cell(0, JobHistoryModel::StepColumn).toString(),
              QStringLiteral("3 (MarkAndBackupLog)"));
    EXPECT_EQ(cell(0, JobHistoryModel::StartedColumn).toString(),
              QStringLiteral("2026-11-23 23:00:00"));
    EXPECT_EQ(cell(0, JobHistoryModel::DurationColumn).toString(), QStringLiteral("01:02:05"));
    EXPECT_EQ(cell(0, JobHistoryModel::MessageColumn).toString(),
              QStringLiteral("line one line two"));
    EXPECT_EQ(cell(0, JobHistoryModel::MessageColumn, Qt::ToolTipRole).toString(),
              QStringLiteral("line one\nline two"));
    EXPECT_EQ(cell(0, 0, JobHistoryModel::InstanceIdRole).toLongLong(), 7);
    EXPECT_EQ(cell(1, JobHistoryModel::OutcomeColumn).toString(), QStringLiteral("Succeeded"));
    EXPECT_EQ(cell(1, JobHistoryModel::StepColumn).toString(), QStringLiteral("Job outcome"));
    EXPECT_EQ(model.rowForInstance(8), 1);
    EXPECT_EQ(model.rowForInstance(9), -1);
    EXPECT_EQ(model.entryAt(2), nullptr);
    EXPECT_FALSE(model.index(0, JobHistoryModel::ColumnCount).isValid());
    EXPECT_TRUE(warnings.text().isEmpty()) << warnings.text().toStdString();
}
