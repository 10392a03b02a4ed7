#include "GuiHelpers.h"
#include "TempDir.h"

#include "MainWindow.h"
#include "group/GroupMonitor.h"
#include "history/ChunkedHistoryModel.h"
#include "history/HistoryPage.h"
#include "lab/Lab.h"
#include "lab/LabConnector.h"
#include "lab/LabScenario.h"
#include "lab/LabTopology.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTabWidget>
#include <QTableView>

using namespace bts;

namespace {

// The history tab over the healthy lab, driven as an operator would, widget by objectName.
class HistoryPageTest : public TempDirTest {
protected:
    void SetUp() override
    {
        lab = std::make_shared<Lab>(path(QStringLiteral("lab")));
        const Status applied = applyLabScenario(lab, LabScenario::Healthy);
        ASSERT_TRUE(applied.ok()) << applied.error().sentence().toStdString();
        monitor.setBackend(lab->backend());
        page = std::make_unique<HistoryPage>(&monitor);
        page->resize(1100, 600);
        page->show();
        model = page->model();
        tester = std::make_unique<QAbstractItemModelTester>(
            model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        ASSERT_TRUE(settled());
    }

    template <typename T>
    T* child(const char* name) const
    {
        T* widget = page->findChild<T*>(QLatin1String(name));
        EXPECT_NE(widget, nullptr) << name;
        return widget;
    }
    // The debounce has fired and the count of what it asked for is in.
    bool settled() const
    {
        return QTest::qWaitFor(
            [&] { return model->isCountKnown() && !model->isLoading() && model->rowCount() >= 0; },
            20000);
    }
    bool settledOn(const std::function<bool(const HistoryQuery&)>& asked) const
    {
        return QTest::qWaitFor([&] { return asked(model->query()); }, 20000) && settled();
    }
    qint64 direct(const QString& server, const QString& database, const QString& sql) const
    {
        Result<QVariant> v = LabConnector(lab->root()).scalar(server, database, sql);
        return v.ok() ? v.value().toLongLong() : -1;
    }
    int column(const QString& name) const
    {
        for (int c = 0; c < model->columnCount(); ++c) {
            if (model->columnName(c) == name)
                return c;
        }
        return -1;
    }
    QString cell(int row, const QString& columnName) const
    {
        const QModelIndex index = model->index(row, column(columnName));
        model->data(index);
        EXPECT_TRUE(QTest::qWaitFor([&] { return model->isRowLoaded(row); }, 20000));
        return model->data(index).toString();
    }

    std::shared_ptr<Lab> lab;
    GroupMonitor monitor;
    std::unique_ptr<HistoryPage> page;
    ChunkedHistoryModel* model = nullptr;
    std::unique_ptr<QAbstractItemModelTester> tester;
};

} // namespace

TEST_F(HistoryPageTest, ShowsBackupHistoryFirstWithItsCount)
{
    auto* kinds = child<QComboBox>("historyKindCombo");
    ASSERT_EQ(kinds->count(), 4); // backups, LABSQL02's log shipping, two job histories
    EXPECT_EQ(kinds->itemText(1), QStringLiteral("Log shipping history on LABSQL02"));
    const qint64 rows = direct(LabTopology::SourceServer, LabTopology::ManagementDatabase,
                               QStringLiteral("SELECT COUNT(*) FROM adm_BackupHistory"));
    EXPECT_EQ(model->rowCount(), rows);
    EXPECT_EQ(child<QLabel>("historyStatusLabel")->text(), QStringLiteral("%1 rows").arg(rows));
    EXPECT_EQ(child<QTableView>("historyTable")->model(), model);
}

TEST_F(HistoryPageTest, FiltersNarrowTheRowsOnTheServer)
{
    auto* type = child<QComboBox>("historyTypeFilter");
    type->setCurrentIndex(type->findData(QStringLiteral("db")));
    ASSERT_TRUE(settledOn([](const HistoryQuery& q) { return q.filter.backupType == "db"; }));
    EXPECT_EQ(model->rowCount(),
              direct(LabTopology::SourceServer, LabTopology::ManagementDatabase,
                     "SELECT COUNT(*) FROM adm_BackupHistory WHERE BackupType = 'db'"));
    for (int row = 0; row < model->rowCount(); ++row)
        EXPECT_EQ(cell(row, "BackupType"), QStringLiteral("Full (db)"));

    QTest::keyClicks(child<QLineEdit>("historyDatabaseFilter"), "BizTalkMsgBoxDb");
    ASSERT_TRUE(settledOn([](const HistoryQuery& q) { return !q.filter.database.isEmpty(); }));
    EXPECT_EQ(model->query().filter.database, QStringLiteral("BizTalkMsgBoxDb")); // one read
    ASSERT_GT(model->rowCount(), 0);
    EXPECT_EQ(cell(0, "DatabaseName"), QStringLiteral("BizTalkMsgBoxDb"));

    QTest::keyClicks(child<QLineEdit>("historyTextFilter"), "no such mark");
    ASSERT_TRUE(settledOn([](const HistoryQuery& q) { return !q.filter.text.isEmpty(); }));
    EXPECT_EQ(model->rowCount(), 0);
    EXPECT_EQ(child<QLabel>("historyStatusLabel")->text(), QStringLiteral("0 rows"));

    child<QLineEdit>("historyTextFilter")->clear();
    child<QDateTimeEdit>("historyFromDate")->setDateTime(QDateTime(QDate(2030, 1, 1), QTime(0, 0)));
    ASSERT_TRUE(settledOn([](const HistoryQuery& q) { return q.filter.from.isValid(); }));
    EXPECT_EQ(model->rowCount(), 0); // the lab's history is of November 2026
}

TEST_F(HistoryPageTest, AHeaderClickSortsOnTheServer)
{
    QHeaderView* header = child<QTableView>("historyTable")->horizontalHeader();
    const int c = column(QStringLiteral("DatabaseName"));
    ASSERT_GE(c, 0);
    const QPoint centre(header->sectionViewportPosition(c) + header->sectionSize(c) / 2,
                        header->height() / 2);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, centre);
    ASSERT_TRUE(settledOn([](const HistoryQuery& q) { return q.sortColumn == "DatabaseName"; }));
    Result<QVariant> first =
        LabConnector(lab->root())
            .scalar(LabTopology::SourceServer, LabTopology::ManagementDatabase,
                    QStringLiteral(
                        "SELECT DatabaseName FROM adm_BackupHistory ORDER BY DatabaseName %1 "
                        "LIMIT 1")
                        .arg(model->query().sortOrder == Qt::AscendingOrder ? "ASC" : "DESC"));
    ASSERT_TRUE(first.ok());
    EXPECT_EQ(cell(0, "DatabaseName"), first.value().toString());
}

TEST_F(HistoryPageTest, EveryKindReads)
{
    auto* kinds = child<QComboBox>("historyKindCombo");
    kinds->setCurrentIndex(1);
    ASSERT_TRUE(
        settledOn([](const HistoryQuery& q) { return q.kind == HistoryKind::LogShippingHistory; }));
    EXPECT_GE(column(QStringLiteral("RestoredDateTime")), 0);
    EXPECT_EQ(model->rowCount(), direct(LabTopology::DestinationServer, QStringLiteral("master"),
                                        "SELECT COUNT(*) FROM bts_LogShippingHistory"));
    kinds->setCurrentIndex(2);
    ASSERT_TRUE(settledOn([](const HistoryQuery& q) { return q.kind == HistoryKind::JobHistory; }));
    EXPECT_GT(model->rowCount(), 0);
    EXPECT_EQ(child<QComboBox>("historyTypeFilter")->itemText(0), QStringLiteral("Any outcome"));
    EXPECT_FALSE(cell(0, "job_name").isEmpty());
    EXPECT_FALSE(child<QLabel>("historyErrorLabel")->isVisible());
}

TEST(HistoryTabTest, TheMainWindowShowsTheLabsHistoryInItsHistoryTab)
{
    QTemporaryDir dir;
    auto lab = std::make_shared<Lab>(dir.filePath(QStringLiteral("lab")));
    ASSERT_TRUE(lab->reset(QDateTime(QDate(2026, 11, 23), QTime(21, 55), Qt::UTC)).ok());
    MainWindow window;
    window.show();
    window.openLab(lab, false);
    auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("mainTabs"));
    ASSERT_NE(tabs, nullptr);
    auto* page = window.findChild<HistoryPage*>(QStringLiteral("historyPage"));
    ASSERT_NE(page, nullptr);
    EXPECT_EQ(tabs->tabText(tabs->indexOf(page)), QStringLiteral("H&istory"));
    tabs->setCurrentWidget(page); // read only once shown
    ASSERT_TRUE(QTest::qWaitFor([&] { return page->model()->isCountKnown(); }, 30000));
    EXPECT_EQ(page->model()->query().kind, HistoryKind::BackupHistory);
    EXPECT_GT(page->model()->columnCount(), 0);
}
