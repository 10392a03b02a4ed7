#include "GuiHelpers.h"
#include "TempDir.h"

#include "MainWindow.h"
#include "group/DatabaseStatusModel.h"
#include "group/GroupMonitor.h"
#include "lab/Lab.h"
#include "mssql/ConnectionSettings.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace bts;

namespace {

struct Row {
    QString status;
    QString method;
    QString reason;
};

} // namespace

// The main window on a fresh lab, driven through its widgets by objectName.
class MainWindowTest : public TempDirTest {
protected:
    void SetUp() override
    {
        lab = std::make_shared<Lab>(path(QStringLiteral("lab")));
        ASSERT_TRUE(lab->reset(QDateTime(QDate(2026, 11, 23), QTime(21, 55), Qt::UTC)).ok());
        window = std::make_unique<MainWindow>();
        window->show();
    }

    void TearDown() override { window.reset(); }

    QTableView* table() const
    {
        return window->findChild<QTableView*>(QStringLiteral("databaseTable"));
    }

    bool waitForRefresh() { return refreshAndWait(*window->monitor()); }

    // Rows of the grid as shown, keyed by the database column (or the default name).
    QMap<QString, Row> rows() const
    {
        QMap<QString, Row> result;
        QAbstractItemModel* model = table()->model();
        for (int r = 0; r < model->rowCount(); ++r) {
            const auto cell = [&](int column) {
                return model->index(r, column).data().toString();
            };
            QString name = cell(DatabaseStatusModel::ActualNameColumn);
            if (name.startsWith(QLatin1Char('(')))
                name = cell(DatabaseStatusModel::DefaultNameColumn);
            result.insert(name, {cell(DatabaseStatusModel::StatusColumn),
                                 cell(DatabaseStatusModel::MethodColumn),
                                 cell(DatabaseStatusModel::ReasonColumn)});
        }
        return result;
    }

    std::shared_ptr<Lab> lab;
    std::unique_ptr<MainWindow> window;
};

TEST_F(MainWindowTest, ShowsEveryDatabaseOfAFreshLabWithMethodAndStatus)
{
    QSignalSpy ready(window->monitor(), &GroupMonitor::snapshotReady);
    window->openLab(lab, false);
    ASSERT_TRUE(ready.wait(20000));
    ASSERT_NE(table(), nullptr);
    const auto grid = rows();
    EXPECT_EQ(grid.size(), 14);

    const QString job = QStringLiteral("Backup BizTalk Server job");
    for (const char* name : {"BizTalkMgmtDb", "BizTalkMsgBoxDb", "BizTalkMsgBoxDb2", "BizTalkDTADb",
                             "BizTalkRuleEngineDb", "SSODB", "BAMPrimaryImport",
                             "BAMAlertsApplication", "BAMAlertsNSMain"}) {
        const QString key = QString::fromUtf8(name);
        ASSERT_TRUE(grid.contains(key)) << name;
        EXPECT_EQ(grid[key].method, job) << name;
        EXPECT_EQ(grid[key].status, QStringLiteral("Warning")) << name;
        EXPECT_EQ(grid[key].reason, QStringLiteral("Never backed up: the backup job is disabled."))
            << name;
    }
    EXPECT_EQ(grid[QStringLiteral("ContosoOrders")].status, QStringLiteral("Critical"));
    EXPECT_TRUE(grid[QStringLiteral("ContosoOrders")].reason.startsWith(
        QStringLiteral("SIMPLE recovery model")));
    for (const char* name : {"BAMStarSchema", "BAMArchive"}) {
        EXPECT_EQ(grid[QString::fromUtf8(name)].method, QStringLiteral("BAM package + SQL backup"))
            << name;
        EXPECT_EQ(grid[QString::fromUtf8(name)].status, QStringLiteral("Info")) << name;
    }
    for (const char* name : {"BAMAnalysis", "BizTalkAnalysisDb"}) {
        EXPECT_EQ(grid[QString::fromUtf8(name)].method, QStringLiteral("Analysis Services backup"))
            << name;
        EXPECT_EQ(grid[QString::fromUtf8(name)].status, QStringLiteral("Info")) << name;
    }

    // The status bar says where we are and how fresh the picture is.
    EXPECT_EQ(window->findChild<QLabel*>(QStringLiteral("environmentLabel"))->text(),
              QStringLiteral("Environment: Lab"));
    EXPECT_TRUE(window->findChild<QLabel*>(QStringLiteral("lastRefreshLabel"))
                    ->text()
                    .startsWith(QStringLiteral("Last refresh")));
    // The first database is selected and described.
    const QString details = window->findChild<QWidget*>(QStringLiteral("detailsPane"))
                                ->property("plainText")
                                .toString();
    EXPECT_TRUE(details.contains(QStringLiteral("Backup method"))) << details.toStdString();
}

TEST_F(MainWindowTest, FilterBoxNarrowsTheGrid)
{
    QSignalSpy ready(window->monitor(), &GroupMonitor::snapshotReady);
    window->openLab(lab, false);
    ASSERT_TRUE(ready.wait(20000));
    auto* filter = window->findChild<QLineEdit*>(QStringLiteral("filterLineEdit"));
    ASSERT_NE(filter, nullptr);
    QTest::keyClicks(filter, QStringLiteral("labsql03"));
    EXPECT_EQ(table()->model()->rowCount(), 1);
    filter->clear();
    QTest::keyClicks(filter, QStringLiteral("analysis services"));
    EXPECT_EQ(table()->model()->rowCount(), 2);
    filter->clear();
    EXPECT_EQ(table()->model()->rowCount(), 14);
}

TEST_F(MainWindowTest, StartingTheLabJobPreviewsAppliesAndShowsBackups)
{
    QSignalSpy ready(window->monitor(), &GroupMonitor::snapshotReady);
    window->openLab(lab, false);
    ASSERT_TRUE(ready.wait(20000));

    auto* start = window->findChild<QAction*>(QStringLiteral("labQuickStartAction"));
    ASSERT_NE(start, nullptr);
    ASSERT_TRUE(start->isEnabled());
    start->trigger();
    QDialog* dialog = nullptr;
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            dialog = window->findChild<QDialog*>(QStringLiteral("callPreviewDialog"));
            return dialog && dialog->isVisible();
        },
        10000));
    const QString sql =
        dialog->findChild<QPlainTextEdit*>(QStringLiteral("sqlPreviewEdit"))->toPlainText();
    EXPECT_TRUE(
        sql.contains(QStringLiteral("EXEC [msdb].[dbo].[sp_update_jobstep] @job_name = N'Backup "
                                    "BizTalk Server (BizTalkMgmtDb)', @step_id = 2")))
        << sql.toStdString();
    EXPECT_TRUE(
        sql.contains(QStringLiteral("EXEC [msdb].[dbo].[sp_update_job] @job_name = N'Backup "
                                    "BizTalk Server (BizTalkMgmtDb)', @enabled = 1;")));

    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("applyButton")),
                      Qt::LeftButton);
    auto* result = dialog->findChild<QLabel*>(QStringLiteral("applyResultLabel"));
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return result->text().count(QStringLiteral("done")) == 3; }, 10000))
        << result->text().toStdString();
    dialog->close();

    ASSERT_TRUE(lab->advance(30 * 60).ok());
    ASSERT_TRUE(waitForRefresh());
    const auto grid = rows();
    EXPECT_EQ(grid[QStringLiteral("BizTalkMsgBoxDb")].status, QStringLiteral("OK"));
    EXPECT_TRUE(grid[QStringLiteral("BizTalkMsgBoxDb")].reason ==
                QStringLiteral("Log backup 10 minutes ago (set 3)."))
        << grid[QStringLiteral("BizTalkMsgBoxDb")].reason.toStdString();
    EXPECT_EQ(grid[QStringLiteral("ContosoOrders")].status, QStringLiteral("Critical"));
    EXPECT_FALSE(start->isEnabled()) << "the job is enabled now";
}

TEST_F(MainWindowTest, AnUnreachableServerGivesAClearErrorAndTheWindowStaysResponsive)
{
    ConnectionSettings settings;
    settings.odbcDriver = QStringLiteral("FreeTDS");
    settings.server = QStringLiteral("127.0.0.1");
    settings.port = 1; // closed on loopback
    settings.authentication = ConnectionSettings::Authentication::SqlLogin;
    settings.userName = QStringLiteral("bts_operator");
    settings.password = QStringLiteral("Planted-Secret-7731");
    settings.loginTimeoutSeconds = 3;

    // A timer on the UI thread: if anything waited on the database here, its ticks would stall.
    QElapsedTimer clock;
    clock.start();
    qint64 last = 0;
    qint64 longestGap = 0;
    QTimer ticker;
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        longestGap = qMax(longestGap, clock.elapsed() - last);
        last = clock.elapsed();
    });
    ticker.start(10);

    QSignalSpy failed(window->monitor(), &GroupMonitor::refreshFailed);
    QElapsedTimer elapsed;
    elapsed.start();
    window->openSqlServer(settings, QStringLiteral("BizTalkMgmtDb"));
    ASSERT_TRUE(failed.wait(15000));
    EXPECT_LT(elapsed.elapsed(), 3000 + 5000);
    ticker.stop();
    EXPECT_LT(longestGap, 500) << "the UI thread was blocked";

    const auto error = failed.first().first().value<DbError>();
    EXPECT_TRUE(error.summary.contains(QStringLiteral("127.0.0.1"))) << error.summary.toStdString();
    EXPECT_FALSE(error.advice.isEmpty());
    const auto* banner = window->findChild<QWidget*>(QStringLiteral("groupBanner"));
    ASSERT_NE(banner, nullptr);
    for (const QLabel* label : banner->findChildren<QLabel*>()) {
        EXPECT_FALSE(label->text().contains(settings.password));
        EXPECT_FALSE(label->toolTip().contains(settings.password));
    }
    EXPECT_EQ(window->findChild<QLabel*>(QStringLiteral("connectionLabel"))->text(),
              QStringLiteral("Not connected"));
}

TEST_F(MainWindowTest, LosingTheSourceInTheLabShowsItCannotBeReached)
{
    QSignalSpy ready(window->monitor(), &GroupMonitor::snapshotReady);
    window->openLab(lab, false);
    ASSERT_TRUE(ready.wait(20000));
    ASSERT_TRUE(QTest::qWaitFor([&] { return !window->monitor()->isBusy(); }, 10000));
    QSignalSpy failed(window->monitor(), &GroupMonitor::refreshFailed);
    window->findChild<QAction*>(QStringLiteral("labSourceLostAction"))->trigger();
    ASSERT_TRUE(failed.wait(20000));
    // The banner shortens long lines to fit; their whole text is the accessible description.
    const QString text = window->findChild<QWidget*>(QStringLiteral("groupBanner"))
                             ->findChildren<QLabel*>()
                             .last()
                             ->accessibleDescription();
    EXPECT_TRUE(text.contains(QStringLiteral("Cannot reach SQL Server LABSQL01")))
        << text.toStdString();
    EXPECT_EQ(window->findChild<QLabel*>(QStringLiteral("connectionLabel"))->text(),
              QStringLiteral("Not connected"));
}
