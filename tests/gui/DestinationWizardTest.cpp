#include "GuiHelpers.h"
#include "LabWindow.h"
#include "TempDir.h"

#include "MainWindow.h"
#include "group/DatabaseStatusModel.h"
#include "group/GroupMonitor.h"
#include "lab/Lab.h"
#include "lab/LabConnector.h"
#include "lab/LabTopology.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QWizard>

using namespace bts;

// The destination wizard on a lab whose source job runs: LABSQL02 configured end to end through
// the GUI, then sets restored there.
class DestinationWizardTest : public TempDirTest {
protected:
    void SetUp() override
    {
        lab = std::make_shared<Lab>(path(QStringLiteral("lab")));
        ASSERT_TRUE(lab->reset(labTestStart()).ok());
        LabConnector c(lab->root());
        ASSERT_TRUE(c.run(LabTopology::SourceServer, QStringLiteral("master"),
                          QStringLiteral(
                              "UPDATE databases SET recovery_model_desc = 'FULL' WHERE name = ?"),
                          {LabTopology::CustomDatabase})
                        .ok());
        ASSERT_TRUE(startLabBackups(*lab, 20 * 60));
        window = openWindowOnLab(lab);
        ASSERT_NE(window, nullptr);
    }
    void TearDown() override { window.reset(); }

    template <typename T>
    T* onPage(QWizard* wizard, const char* name)
    {
        T* widget = wizard->currentPage()->findChild<T*>(QString::fromUtf8(name));
        EXPECT_NE(widget, nullptr)
            << name << " on " << wizard->currentPage()->objectName().toStdString();
        return widget;
    }

    static bool waitForNext(QWizard* wizard)
    {
        return QTest::qWaitFor(
            [&] {
                QAbstractButton* next = wizard->button(QWizard::NextButton);
                QAbstractButton* commit = wizard->button(QWizard::CommitButton);
                return (next->isVisible() && next->isEnabled()) ||
                       (commit->isVisible() && commit->isEnabled());
            },
            20000);
    }

    static void next(QWizard* wizard)
    {
        QAbstractButton* commit = wizard->button(QWizard::CommitButton);
        QTest::mouseClick(commit->isVisible() ? commit : wizard->button(QWizard::NextButton),
                          Qt::LeftButton);
    }

    std::shared_ptr<Lab> lab;
    std::unique_ptr<MainWindow> window;
};

TEST_F(DestinationWizardTest, ConfiguresTheDestinationEndToEndAndSetsAreRestored)
{
    window->findChild<QAction*>(QStringLiteral("setupDestinationAction"))->trigger();
    QWizard* wizard = nullptr;
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            wizard = window->findChild<QWizard*>(QStringLiteral("destinationWizard"));
            return wizard && wizard->isVisible();
        },
        10000));

    EXPECT_EQ(wizard->currentPage()->objectName(), QStringLiteral("destinationChoicePage"));
    auto* destinations = onPage<QTableWidget>(wizard, "destinationsTable");
    ASSERT_EQ(destinations->rowCount(), 1);
    EXPECT_EQ(destinations->item(0, 0)->text(), QStringLiteral("LABSQL02"));
    next(wizard);

    EXPECT_EQ(wizard->currentPage()->objectName(), QStringLiteral("prerequisitesPage"));
    ASSERT_TRUE(waitForNext(wizard))
        << onPage<QLabel>(wizard, "prerequisitesStatusLabel")->text().toStdString();
    const QString findings =
        onPage<QLabel>(wizard, "prerequisiteFindings_0")->accessibleDescription();
    EXPECT_TRUE(findings.contains(QStringLiteral("Ad Hoc Distributed Queries is disabled")))
        << findings.toStdString();
    EXPECT_TRUE(findings.contains(QStringLiteral("fixed as part of the change")));
    EXPECT_TRUE(findings.contains(QStringLiteral("SQL Server 15.0.4153.1 on both")));
    next(wizard);

    EXPECT_EQ(wizard->currentPage()->objectName(), QStringLiteral("scriptsPage"));
    EXPECT_EQ(onPage<QLineEdit>(wizard, "schemaFolderLineEdit")->text(), lab->schemaFolder());
    ASSERT_TRUE(waitForNext(wizard))
        << onPage<QLabel>(wizard, "scriptFindingsLabel")->text().toStdString();
    next(wizard);

    EXPECT_EQ(wizard->currentPage()->objectName(), QStringLiteral("configurePage"));
    auto* description = onPage<QLineEdit>(wizard, "descriptionLineEdit");
    description->setText(QStringLiteral("DR for O'Hare [prod]; --test"));
    ASSERT_TRUE(waitForNext(wizard));
    next(wizard);

    EXPECT_EQ(wizard->currentPage()->objectName(), QStringLiteral("setupApplyPage"));
    const QString setupSql = onPage<QPlainTextEdit>(wizard, "applySqlEdit")->toPlainText();
    EXPECT_TRUE(
        setupSql.contains(QStringLiteral("EXEC [master].[dbo].[sp_configure] @configname = N'Ad "
                                         "Hoc Distributed Queries', @configvalue = 1;")))
        << setupSql.toStdString();
    EXPECT_TRUE(setupSql.contains(
        QStringLiteral("EXEC [master].[dbo].[bts_ConfigureBizTalkLogShipping] @nvcDescription = "
                       "N'DR for O''Hare [prod]; --test', "
                       "@nvcMgmtDatabaseName = N'BizTalkMgmtDb', @nvcMgmtServerName = N'LABSQL01', "
                       "@SourceServerName = NULL, @fLinkServers = 1;")));
    EXPECT_TRUE(setupSql.contains(QStringLiteral("LogShipping_Destination_Schema.sql, batch 1")));
    QTest::mouseClick(onPage<QPushButton>(wizard, "applyButton"), Qt::LeftButton);
    ASSERT_TRUE(waitForNext(wizard));
    next(wizard);

    EXPECT_EQ(wizard->currentPage()->objectName(), QStringLiteral("pathsJobsPage"));
    auto* paths = onPage<QTableWidget>(wizard, "pathsTable");
    ASSERT_TRUE(QTest::qWaitFor([&] { return paths->rowCount() == 10; }, 20000))
        << paths->rowCount();
    EXPECT_EQ(onPage<QTableWidget>(wizard, "logShippingJobsTable")->rowCount(), 3);
    auto* sql = onPage<QPlainTextEdit>(wizard, "applySqlEdit");
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return sql->toPlainText().count(QStringLiteral("@enabled = 1")) == 2; }, 20000))
        << sql->toPlainText().toStdString();
    EXPECT_TRUE(
        sql->toPlainText().contains(QStringLiteral("BTS Log Shipping - Get Backup History")));
    EXPECT_TRUE(
        sql->toPlainText().contains(QStringLiteral("BTS Log Shipping - Restore Databases")));
    QTest::mouseClick(onPage<QPushButton>(wizard, "applyButton"), Qt::LeftButton);
    ASSERT_TRUE(waitForNext(wizard));
    next(wizard);
    EXPECT_TRUE(onPage<QLabel>(wizard, "destinationResultLabel")
                    ->text()
                    .contains(QStringLiteral("LABSQL02")));
    QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);

    // The lab's Agent now runs the destination's jobs: after an hour sets are restored there.
    ASSERT_TRUE(QTest::qWaitFor([&] { return !window->monitor()->isBusy(); }, 10000));
    ASSERT_TRUE(lab->advance(60 * 60).ok());
    ASSERT_TRUE(refreshAndWait(*window->monitor()));
    const QString restored =
        cellOf(*window->findChild<QTableView*>(QStringLiteral("databaseTable"))->model(),
               DatabaseStatusModel::ActualNameColumn, QStringLiteral("BizTalkMsgBoxDb"),
               DatabaseStatusModel::RestoredColumn);
    EXPECT_TRUE(restored.startsWith(QStringLiteral("LABSQL02: set "))) << restored.toStdString();
}
