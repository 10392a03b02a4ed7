#include "TempDir.h"

#include "group/GroupMonitor.h"
#include "lab/Lab.h"
#include "lab/LabConnector.h"
#include "lab/LabTopology.h"
#include "source/BackupJobPage.h"
#include "source/JobHistoryModel.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace bts;

// The backup job page on a lab whose job has run for 40 minutes, driven by objectName.
class BackupJobPageTest : public TempDirTest {
protected:
    void SetUp() override
    {
        lab = std::make_shared<Lab>(path(QStringLiteral("lab")));
        ASSERT_TRUE(lab->reset(QDateTime(QDate(2026, 11, 23), QTime(21, 55), Qt::UTC)).ok());
        auto calls = lab->quickStartCalls();
        ASSERT_TRUE(calls.ok()) << calls.error().sentence().toStdString();
        for (const ServerCommand& c : calls.value())
            ASSERT_TRUE(lab->backend()->execute(c).ok());
        ASSERT_TRUE(lab->advance(40 * 60).ok());

        monitor = std::make_unique<GroupMonitor>();
        monitor->setBackend(lab->backend());
        page = std::make_unique<BackupJobPage>(monitor.get());
        page->resize(1000, 700);
        page->show();
        QSignalSpy ready(monitor.get(), &GroupMonitor::snapshotReady);
        monitor->refresh();
        ASSERT_TRUE(ready.wait(20000));
        ASSERT_TRUE(QTest::qWaitFor([&] { return historyRows() > 0; }, 20000));
    }

    void TearDown() override
    {
        page.reset();
        monitor.reset();
    }

    template <typename T>
    T* child(const char* name) const
    {
        T* widget = page->findChild<T*>(QLatin1String(name));
        EXPECT_NE(widget, nullptr) << name;
        return widget;
    }

    QTableView* table() const { return child<QTableView>("jobHistoryTable"); }
    int historyRows() const { return table()->model()->rowCount(); }

    // Clicks a command button and returns the preview it opens.
    QDialog* openPreview(const char* buttonName)
    {
        QTest::mouseClick(child<QAbstractButton>(buttonName), Qt::LeftButton);
        QDialog* dialog = nullptr;
        const bool shown = QTest::qWaitFor(
            [&] {
                dialog = page->findChild<QDialog*>(QStringLiteral("callPreviewDialog"));
                return dialog && dialog->isVisible();
            },
            10000);
        EXPECT_TRUE(shown) << buttonName;
        return shown ? dialog : nullptr;
    }

    QString previewSql(QDialog* dialog) const
    {
        return dialog->findChild<QPlainTextEdit*>(QStringLiteral("sqlPreviewEdit"))->toPlainText();
    }

    // Presses Apply and returns the result text once the call has run.
    QString apply(QDialog* dialog)
    {
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("applyButton")),
                          Qt::LeftButton);
        auto* result = dialog->findChild<QLabel*>(QStringLiteral("applyResultLabel"));
        EXPECT_TRUE(QTest::qWaitFor(
            [&] { return result->text().startsWith(QStringLiteral("1. ")); }, 20000))
            << result->text().toStdString();
        return result->text();
    }

    std::shared_ptr<Lab> lab;
    std::unique_ptr<GroupMonitor> monitor;
    std::unique_ptr<BackupJobPage> page;
};

TEST_F(BackupJobPageTest, ShowsTheJobAndItsHistoryFailuresFirst)
{
    EXPECT_EQ(child<QLabel>("jobNameLabel")->text(),
              QStringLiteral("Backup BizTalk Server (BizTalkMgmtDb)"));
    EXPECT_TRUE(child<QLabel>("jobStateLabel")->text().startsWith(QStringLiteral("Enabled")));
    EXPECT_EQ(child<QLabel>("jobScheduleLabel")->text(), QStringLiteral("Every 15 minutes"));
    EXPECT_TRUE(child<QLabel>("jobLastRunLabel")
                    ->text()
                    .startsWith(QStringLiteral("2026-11-23 23:30:00 server time: Failed, took "
                                               "00:00:00. Failed at step 3 (MarkAndBackupLog).")))
        << child<QLabel>("jobLastRunLabel")->text().toStdString();

    // ContosoOrders is SIMPLE, so its log backups fail: failures come first.
    QAbstractItemModel* model = table()->model();
    EXPECT_EQ(model->index(0, JobHistoryModel::OutcomeColumn).data().toString(),
              QStringLiteral("Failed"));
    EXPECT_FALSE(model->index(0, JobHistoryModel::OutcomeColumn)
                     .data(Qt::DecorationRole)
                     .value<QIcon>()
                     .isNull());
    EXPECT_EQ(model->index(model->rowCount() - 1, JobHistoryModel::OutcomeColumn).data().toString(),
              QStringLiteral("Succeeded"));

    // The selected entry's whole message shows below.
    table()->selectRow(0);
    const QString message = child<QPlainTextEdit>("jobMessageView")->toPlainText();
    EXPECT_EQ(message,
              model->index(0, JobHistoryModel::MessageColumn).data(Qt::ToolTipRole).toString());
    EXPECT_FALSE(message.isEmpty());
    for (const char* name :
         {"enableJobButton", "runJobNowButton", "forceFullBackupButton", "refreshHistoryButton"})
        EXPECT_TRUE(child<QAbstractButton>(name)->isEnabled()) << name;
}

TEST_F(BackupJobPageTest, RunningTheJobNowIsPreviewedAndGrowsTheHistory)
{
    // With ContosoOrders in FULL recovery the run succeeds, so the call reports done.
    LabConnector connector(lab->root());
    ASSERT_TRUE(connector
                    .run(LabTopology::SourceServer, QStringLiteral("master"),
                         QStringLiteral("UPDATE databases SET recovery_model_desc = 'FULL' "
                                        "WHERE name = ?"),
                         {LabTopology::CustomDatabase})
                    .ok());
    const int before = historyRows();
    QDialog* dialog = openPreview("runJobNowButton");
    ASSERT_NE(dialog, nullptr);
    const QString sql = previewSql(dialog);
    EXPECT_TRUE(sql.contains(QStringLiteral("EXEC [msdb].[dbo].[sp_start_job] @job_name = "
                                            "N'Backup BizTalk Server (BizTalkMgmtDb)';")))
        << sql.toStdString();
    EXPECT_EQ(historyRows(), before) << "nothing runs before Apply";

    EXPECT_EQ(apply(dialog), QStringLiteral("1. Run the job now: done."));
    ASSERT_TRUE(QTest::qWaitFor([&] { return historyRows() > before; }, 20000));
    // The new run succeeded, but the older failures still come first.
    EXPECT_EQ(table()->model()->index(0, JobHistoryModel::OutcomeColumn).data().toString(),
              QStringLiteral("Failed"));
    dialog->close();
}

TEST_F(BackupJobPageTest, RunningAFailingJobStartsItAndItsFailureShowsInTheHistory)
{
    // As on SQL Server, sp_start_job only starts the job: the failure of the run (the SIMPLE
    // custom database) is in the job's history, not in the call's result.
    const auto failedRows = [&] {
        int failed = 0;
        QAbstractItemModel* model = table()->model();
        for (int r = 0; r < model->rowCount(); ++r) {
            if (model->index(r, JobHistoryModel::OutcomeColumn).data().toString() ==
                    QStringLiteral("Failed") &&
                model->index(r, JobHistoryModel::MessageColumn)
                    .data()
                    .toString()
                    .contains(QStringLiteral("ContosoOrders")))
                ++failed;
        }
        return failed;
    };
    const int before = historyRows();
    const int failedBefore = failedRows();
    QDialog* dialog = openPreview("runJobNowButton");
    ASSERT_NE(dialog, nullptr);
    EXPECT_EQ(apply(dialog), QStringLiteral("1. Run the job now: done."));
    ASSERT_TRUE(QTest::qWaitFor([&] { return historyRows() > before; }, 20000));
    EXPECT_GT(failedRows(), failedBefore);
    dialog->close();
}

TEST_F(BackupJobPageTest, DisablingTheJobIsPreviewedAndTheButtonThenOffersEnable)
{
    auto* enable = child<QAbstractButton>("enableJobButton");
    EXPECT_EQ(enable->text().remove(QLatin1Char('&')), QStringLiteral("Disable job"));
    QDialog* dialog = openPreview("enableJobButton");
    ASSERT_NE(dialog, nullptr);
    const QString sql = previewSql(dialog);
    EXPECT_TRUE(sql.contains(QStringLiteral("EXEC [msdb].[dbo].[sp_update_job] @job_name = "
                                            "N'Backup BizTalk Server (BizTalkMgmtDb)', "
                                            "@enabled = 0;")))
        << sql.toStdString();
    const QString result = apply(dialog);
    EXPECT_EQ(result, QStringLiteral("1. Disable the job: done."));
    dialog->close();
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return enable->text().remove(QLatin1Char('&')) == QStringLiteral("Enable job"); },
        20000))
        << enable->text().toStdString();
    EXPECT_TRUE(child<QLabel>("jobStateLabel")->text().startsWith(QStringLiteral("Disabled")));

    // And back: the same button now previews @enabled = 1.
    dialog = openPreview("enableJobButton");
    ASSERT_NE(dialog, nullptr);
    EXPECT_TRUE(previewSql(dialog).contains(QStringLiteral("@enabled = 1;")));
    dialog->close();
}

TEST_F(BackupJobPageTest, ForcingAFullBackupIsPreviewedInTheManagementDatabase)
{
    QDialog* dialog = openPreview("forceFullBackupButton");
    ASSERT_NE(dialog, nullptr);
    EXPECT_TRUE(previewSql(dialog).contains(QStringLiteral("sp_ForceFullBackup")))
        << previewSql(dialog).toStdString();
    dialog->close();
}

TEST_F(BackupJobPageTest, TheRangeNarrowsTheHistoryToTheServerClock)
{
    auto* range = child<QComboBox>("historyRangeComboBox");
    ASSERT_EQ(range->count(), 3);
    const int day = historyRows();
    // Every run of the lab happened within the last hour, so every range shows them all.
    QSignalSpy loaded(page.get(), &BackupJobPage::historyLoaded);
    range->setCurrentIndex(2);
    ASSERT_TRUE(loaded.wait(20000));
    EXPECT_EQ(historyRows(), day);

    // A day later, server time, the last 24 hours hold only the runs of that day.
    ASSERT_TRUE(lab->advance(24 * 3600).ok());
    QSignalSpy ready(monitor.get(), &GroupMonitor::snapshotReady);
    range->setCurrentIndex(0);
    QTest::mouseClick(child<QAbstractButton>("refreshHistoryButton"), Qt::LeftButton);
    ASSERT_TRUE(ready.wait(20000));
    // The page saw the new snapshot first and asked for the history again; earlier reads are
    // superseded, so the next historyLoaded is the one counted from the new server clock.
    loaded.clear();
    ASSERT_TRUE(loaded.wait(20000));
    const int lastDay = historyRows();
    range->setCurrentIndex(2);
    ASSERT_TRUE(loaded.wait(20000));
    EXPECT_GT(historyRows(), lastDay) << "the first 40 minutes are older than 24 hours";
}
