#include "GuiHelpers.h"
#include "TempDir.h"

#include "HeadlineLabel.h"
#include "MainWindow.h"
#include "group/DatabaseStatusModel.h"
#include "group/GroupMonitor.h"
#include "lab/Lab.h"
#include "lab/LabScenario.h"
#include "monitoring/LagChart.h"
#include "monitoring/LogShippingPage.h"
#include "monitoring/ShippingDatabaseModel.h"
#include "monitoring/ShippingDestinationModel.h"
#include "monitoring/ShippingJobModel.h"
#include "monitoring/ShippingMonitor.h"
#include "monitoring/ShippingVerdictModel.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QChart>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineSeries>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

#include <functional>

using namespace bts;

namespace {

std::string str(const QString& text)
{
    return text.toStdString();
}

QString readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

} // namespace

// The main window on a lab, the Log shipping tab followed through the lab's scenarios, which are
// chosen from the Lab > Scenario menu as an operator would.
class LogShippingPageTest : public TempDirTest {
protected:
    void SetUp() override
    {
        lab = std::make_shared<Lab>(path(QStringLiteral("lab")));
        ASSERT_TRUE(lab->reset(QDateTime(QDate(2026, 11, 23), QTime(21, 55), Qt::UTC)).ok());
        window = std::make_unique<MainWindow>();
        window->show();
        QSignalSpy ready(window->shippingMonitor(), &ShippingMonitor::statusReady);
        window->openLab(lab, false);
        ASSERT_TRUE(ready.wait(30000));
        auto* tabs = window->findChild<QTabWidget*>(QStringLiteral("mainTabs"));
        ASSERT_NE(tabs, nullptr);
        ASSERT_NE(page(), nullptr);
        tabs->setCurrentWidget(page());
    }

    void TearDown() override { window.reset(); }

    LogShippingPage* page() const
    {
        return window->findChild<LogShippingPage*>(QStringLiteral("logShippingPage"));
    }
    QTableView* table(const char* name) const
    {
        return window->findChild<QTableView*>(QLatin1String(name));
    }
    // The headline in plain words, as a screen reader gets it.
    QString summary() const
    {
        auto* label = window->findChild<HeadlineLabel*>(QStringLiteral("logShippingSummaryLabel"));
        EXPECT_TRUE(label->text().contains(label->fullText().section(QLatin1Char(':'), 0, 0)));
        return label->fullText();
    }
    // A cell of BizTalkMgmtDb's row in the Databases tab's grid.
    QString gridCell(int column) const
    {
        return cellOf(*table("databaseTable")->model(), DatabaseStatusModel::ActualNameColumn,
                      QStringLiteral("BizTalkMgmtDb"), column);
    }
    LagChart* chart() const { return window->findChild<LagChart*>(QStringLiteral("lagChart")); }

    // Chooses Lab > Scenario > `name` and waits until both monitors read the rebuilt lab.
    void runScenario(const QString& name, bool screenshot = true)
    {
        auto* action = window->findChild<QAction*>(QStringLiteral("labScenario_") + name);
        ASSERT_NE(action, nullptr) << str(name);
        ASSERT_TRUE(action->isEnabled());
        QSignalSpy shipping(window->shippingMonitor(), &ShippingMonitor::statusReady);
        QSignalSpy group(window->monitor(), &GroupMonitor::snapshotReady);
        QSignalSpy groupFailed(window->monitor(), &GroupMonitor::refreshFailed); // source lost
        action->trigger();
        // The lab is rebuilt on a database thread: the window says so meanwhile and stays live.
        EXPECT_TRUE(window->statusBar()->currentMessage().startsWith(
            QStringLiteral("Preparing the lab scenario")))
            << str(window->statusBar()->currentMessage());
        ASSERT_TRUE(QTest::qWaitFor(
            [&] { return shipping.size() > 0 && group.size() + groupFailed.size() > 0; }, 120000))
            << str(name) << " was not prepared in time";
        if (screenshot)
            saveScreenshot(name);
    }

    // For looking at the page: LOGSHIPPING_SCREENSHOTS=<folder> keeps a PNG per scenario.
    void saveScreenshot(const QString& name) const
    {
        const QString folder = qEnvironmentVariable("LOGSHIPPING_SCREENSHOTS");
        if (folder.isEmpty())
            return;
        QDir().mkpath(folder);
        QCoreApplication::processEvents();
        window->grab().save(folder + QStringLiteral("/logshipping-") + name +
                            QStringLiteral(".png"));
        auto* tabs = window->findChild<QTabWidget*>(QStringLiteral("shippingDetailsTabs"));
        tabs->setCurrentIndex(1);
        QCoreApplication::processEvents();
        page()->grab().save(folder + QStringLiteral("/logshipping-") + name +
                            QStringLiteral("-jobs.png"));
        tabs->setCurrentIndex(0);
    }

    // The text of `column` in the row whose first column reads `key`.
    QString cell(const char* tableName, const QString& key, int column, int keyColumn = 0) const
    {
        return cellOf(*table(tableName)->model(), keyColumn, key, column);
    }

    bool anyRow(const char* tableName, const std::function<bool(int row)>& match) const
    {
        for (int r = 0; r < table(tableName)->model()->rowCount(); ++r) {
            if (match(r))
                return true;
        }
        return false;
    }

    QString text(const char* tableName, int row, int column) const
    {
        return table(tableName)->model()->index(row, column).data().toString();
    }

    std::shared_ptr<Lab> lab;
    std::unique_ptr<MainWindow> window;
};

TEST_F(LogShippingPageTest, IsTheThirdTabWithAScenarioActionPerLabScenario)
{
    auto* tabs = window->findChild<QTabWidget*>(QStringLiteral("mainTabs"));
    ASSERT_GE(tabs->count(), 3);
    EXPECT_EQ(tabs->tabText(2), QStringLiteral("Lo&g shipping"));
    EXPECT_EQ(tabs->widget(2), page());
    for (const QString& name : labScenarioNames()) {
        auto* action = window->findChild<QAction*>(QStringLiteral("labScenario_") + name);
        ASSERT_NE(action, nullptr) << str(name);
        EXPECT_EQ(action->toolTip(), labScenarioDescription(*labScenarioFromName(name)));
        EXPECT_FALSE(action->text().isEmpty());
    }
    for (const char* name :
         {"destinationsTable", "verdictsTable", "shippingDatabasesTable", "jobsTable"}) {
        ASSERT_NE(table(name), nullptr) << name;
        EXPECT_FALSE(table(name)->accessibleName().isEmpty()) << name;
    }
    EXPECT_NE(window->findChild<QPushButton*>(QStringLiteral("exportHtmlButton")), nullptr);
    EXPECT_NE(window->findChild<QPushButton*>(QStringLiteral("exportCsvButton")), nullptr);
}

TEST_F(LogShippingPageTest, FollowsTheLabFromHealthyToBehind)
{
    const QString standby = QStringLiteral("LABSQL02");
    using Dest = ShippingDestinationModel;

    // Healthy: LABSQL02 keeps up, one set behind.
    runScenario(QStringLiteral("healthy"));
    EXPECT_TRUE(summary().startsWith(QStringLiteral("OK: "))) << str(summary());
    EXPECT_TRUE(summary().contains(QStringLiteral("keeps up"))) << str(summary());
    ASSERT_EQ(table("destinationsTable")->model()->rowCount(), 1);
    EXPECT_EQ(cell("destinationsTable", standby, Dest::StatusColumn), QStringLiteral("OK"));
    EXPECT_EQ(cell("destinationsTable", standby, Dest::SetsBehindColumn), QStringLiteral("1"));
    EXPECT_TRUE(cell("destinationsTable", standby, Dest::SentenceColumn)
                    .contains(QStringLiteral("keeps up")))
        << str(cell("destinationsTable", standby, Dest::SentenceColumn));
    const QString healthySet = cell("destinationsTable", standby, Dest::LastRestoredSetColumn);
    EXPECT_GT(healthySet.toLongLong(), 0) << str(healthySet);
    EXPECT_FALSE(anyRow("verdictsTable", [&](int r) {
        return text("verdictsTable", r, ShippingVerdictModel::LevelColumn) ==
               QStringLiteral("Critical");
    }));
    // The chart: LABSQL02's line and the two thresholds, named in the legend.
    EXPECT_EQ(chart()->chart()->series().size(), 3);
    EXPECT_EQ(chart()->seriesNames(), QStringList({standby, QStringLiteral("Warning at 45 min"),
                                                   QStringLiteral("Critical at 120 min")}));
    auto* line = qobject_cast<QLineSeries*>(chart()->chart()->series().first());
    ASSERT_NE(line, nullptr);
    EXPECT_GE(line->count(), 2) << "a few hours of restores";
    for (const QPointF& p : line->points())
        EXPECT_LT(p.y(), 45) << "a healthy destination stays under the warning threshold";
    // Jobs of both sides.
    const auto* jobs = table("jobsTable")->model();
    EXPECT_EQ(cell("jobsTable", QStringLiteral("LABSQL01"), ShippingJobModel::JobColumn),
              QStringLiteral("Backup BizTalk Server (BizTalkMgmtDb)"));
    EXPECT_EQ(cell("jobsTable", QStringLiteral("LABSQL01"), ShippingJobModel::OutcomeColumn),
              QStringLiteral("Succeeded"));
    int standbyJobs = 0;
    for (int r = 0; r < jobs->rowCount(); ++r)
        standbyJobs += text("jobsTable", r, ShippingJobModel::ServerColumn) == standby ? 1 : 0;
    EXPECT_EQ(standbyJobs, 3);
    EXPECT_GT(table("shippingDatabasesTable")->model()->rowCount(), 5);
    const QString healthyRestored = gridCell(DatabaseStatusModel::RestoredColumn);
    const QString healthyLastLog = gridCell(DatabaseStatusModel::LastLogColumn);
    EXPECT_TRUE(healthyRestored.startsWith(standby + QStringLiteral(": set ")))
        << str(healthyRestored);

    // Behind: LABSQL02's Agent stopped three hours ago.
    QSignalSpy changed(window->shippingMonitor(), &ShippingMonitor::levelChanged);
    runScenario(QStringLiteral("behind"));
    EXPECT_TRUE(summary().startsWith(QStringLiteral("Critical: "))) << str(summary());
    EXPECT_TRUE(summary().contains(standby)) << str(summary());
    EXPECT_TRUE(summary().contains(QStringLiteral("behind"))) << str(summary());
    EXPECT_EQ(cell("destinationsTable", standby, Dest::StatusColumn), QStringLiteral("Critical"));
    EXPECT_GT(cell("destinationsTable", standby, Dest::SetsBehindColumn).toInt(), 5);
    EXPECT_TRUE(
        cell("destinationsTable", standby, Dest::TimeBehindColumn).contains(QStringLiteral("h")))
        << str(cell("destinationsTable", standby, Dest::TimeBehindColumn));
    // Its Agent stopped: it restored nothing since, while the source went on backing up.
    EXPECT_EQ(cell("destinationsTable", standby, Dest::LastRestoredSetColumn), healthySet);
    // The findings name the problem: LABSQL02 lags, critically.
    EXPECT_TRUE(anyRow("verdictsTable", [&](int r) {
        return text("verdictsTable", r, ShippingVerdictModel::LevelColumn) ==
                   QStringLiteral("Critical") &&
               text("verdictsTable", r, ShippingVerdictModel::TopicColumn) ==
                   QStringLiteral("lag") &&
               text("verdictsTable", r, ShippingVerdictModel::SubjectColumn) == standby &&
               text("verdictsTable", r, ShippingVerdictModel::SentenceColumn).contains(standby);
    }));
    // The level is said as an icon and a word, for screen readers too.
    const QModelIndex level = table("verdictsTable")->model()->index(0, 0);
    EXPECT_FALSE(level.data(Qt::DecorationRole).value<QIcon>().isNull());
    EXPECT_EQ(level.data(Qt::AccessibleTextRole).toString(), QStringLiteral("Critical"));
    // The chart climbs over the critical threshold at its end.
    ASSERT_EQ(chart()->chart()->series().size(), 3);
    line = qobject_cast<QLineSeries*>(chart()->chart()->series().first());
    ASSERT_GT(line->count(), 0);
    EXPECT_GT(line->points().last().y(), 120);
    EXPECT_TRUE(chart()->accessibleDescription().contains(standby));
    // The database grid of the Databases tab follows: newer log backups, LABSQL02 still at
    // the set it restored three hours ago.
    EXPECT_NE(gridCell(DatabaseStatusModel::LastLogColumn), healthyLastLog);
    EXPECT_EQ(gridCell(DatabaseStatusModel::RestoredColumn),
              standby + QStringLiteral(": set ") + healthySet);
    const QString reason = gridCell(DatabaseStatusModel::ReasonColumn);
    const QRegularExpressionMatch newest =
        QRegularExpression(QStringLiteral("set (\\d+)")).match(reason);
    ASSERT_TRUE(newest.hasMatch()) << str(reason);
    EXPECT_GT(newest.captured(1).toLongLong(), healthySet.toLongLong() + 5) << str(reason);
    // The change of level was announced, in the status bar at least (no tray offscreen).
    ASSERT_GE(changed.size(), 1);
    const QString message = changed.last().at(2).toString();
    EXPECT_TRUE(message.startsWith(
        QStringLiteral("Log shipping of LABSQL01/BizTalkMgmtDb is now CRITICAL")))
        << str(message);
    EXPECT_EQ(window->statusBar()->currentMessage(), message);

    // Exports name the destination; the format follows the extension.
    ASSERT_TRUE(page()->exportTo(path(QStringLiteral("status.html"))));
    const QString html = readAll(path(QStringLiteral("status.html")));
    EXPECT_TRUE(html.contains(QStringLiteral("<html"), Qt::CaseInsensitive)) << str(html.left(200));
    EXPECT_TRUE(html.contains(standby));
    ASSERT_TRUE(page()->exportTo(path(QStringLiteral("status.csv"))));
    const QString csv = readAll(path(QStringLiteral("status.csv")));
    EXPECT_TRUE(csv.contains(standby));
    EXPECT_FALSE(csv.contains(QStringLiteral("<html"), Qt::CaseInsensitive));
    EXPECT_FALSE(page()->exportTo(path(QStringLiteral("status.txt"))));
    EXPECT_FALSE(page()->exportTo(path(QStringLiteral("missing-folder/status.csv"))));
}

TEST_F(LogShippingPageTest, EveryScenarioGivesAStatusAndAScreenshot)
{
    // The other scenarios, for the screenshots and to see that each gives a page with findings.
    for (const QString& name : labScenarioNames()) {
        if (name == QLatin1String("healthy") || name == QLatin1String("behind"))
            continue;
        runScenario(name);
        EXPECT_FALSE(summary().startsWith(QStringLiteral("OK: "))) << str(name) << str(summary());
        EXPECT_GT(table("verdictsTable")->model()->rowCount(), 0) << str(name);
        EXPECT_EQ(chart()->chart()->series().size(), 3) << str(name);
    }
}

TEST_F(LogShippingPageTest, TableModelsPassTheModelTester)
{
    runScenario(QStringLiteral("behind"), false);
    const ShippingStatus status = window->shippingMonitor()->status();
    ASSERT_FALSE(status.databases.isEmpty());

    ShippingDestinationModel destinations;
    QAbstractItemModelTester t1(&destinations,
                                QAbstractItemModelTester::FailureReportingMode::Fatal);
    destinations.setDestinations(status.destinations);
    destinations.setDestinations(status.destinations); // in place
    destinations.setDestinations({});

    ShippingVerdictModel verdicts;
    QAbstractItemModelTester t2(&verdicts, QAbstractItemModelTester::FailureReportingMode::Fatal);
    verdicts.setVerdicts(status.verdicts);
    verdicts.setVerdicts(status.verdicts.mid(1));

    ShippingDatabaseModel databases;
    QAbstractItemModelTester t3(&databases, QAbstractItemModelTester::FailureReportingMode::Fatal);
    databases.setDatabases(status.databases);
    EXPECT_EQ(databases.rowCount(), status.databases.size());

    ShippingJobModel jobs;
    QAbstractItemModelTester t4(&jobs, QAbstractItemModelTester::FailureReportingMode::Fatal);
    jobs.setFacts(window->shippingMonitor()->facts());
    jobs.setFacts(ShippingFacts());
    EXPECT_EQ(jobs.rowCount(), 1) << "the source's job, not found";
}
