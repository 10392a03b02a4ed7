#include "GuiHelpers.h"
#include "LabWindow.h"
#include "TempDir.h"

#include "MainWindow.h"
#include "group/DatabaseStatusModel.h"
#include "group/GroupMonitor.h"
#include "lab/Lab.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>
#include <QWizard>

using namespace bts;

class SourceWizardTest : public TempDirTest {
protected:
    void SetUp() override
    {
        lab = std::make_shared<Lab>(path(QStringLiteral("lab")));
        ASSERT_TRUE(lab->reset(labTestStart()).ok());
        window = openWindowOnLab(lab);
        ASSERT_NE(window, nullptr);
    }
    void TearDown() override { window.reset(); }

    template <typename T>
    T* find(QWidget* parent, const char* name)
    {
        T* widget = parent->findChild<T*>(QString::fromUtf8(name));
        EXPECT_NE(widget, nullptr) << name;
        return widget;
    }

    QWizard* openWizard()
    {
        window->findChild<QAction*>(QStringLiteral("configureBackupJobAction"))->trigger();
        QWizard* wizard = nullptr;
        const bool shown = QTest::qWaitFor(
            [&] {
                wizard = window->findChild<QWizard*>(QStringLiteral("sourceWizard"));
                return wizard && wizard->isVisible();
            },
            10000);
        return shown ? wizard : nullptr;
    }

    void next(QWizard* wizard)
    {
        QAbstractButton* button = wizard->button(QWizard::NextButton);
        ASSERT_TRUE(button->isEnabled()) << wizard->currentPage()->objectName().toStdString();
        QTest::mouseClick(button, Qt::LeftButton);
    }

    static void retype(QLineEdit* edit, const QString& text)
    {
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Backspace);
        QTest::keyClicks(edit, text);
    }

    QStringList gridRows(int column) const
    {
        QStringList names;
        QAbstractItemModel* model =
            window->findChild<QTableView*>(QStringLiteral("databaseTable"))->model();
        for (int r = 0; r < model->rowCount(); ++r)
            names.append(model->index(r, DatabaseStatusModel::ActualNameColumn).data().toString() +
                         QLatin1Char('=') + model->index(r, column).data().toString());
        return names;
    }

    std::shared_ptr<Lab> lab;
    std::unique_ptr<MainWindow> window;
};

TEST_F(SourceWizardTest, ConfiguresTheJobEndToEndOnAFreshLab)
{
    QWizard* wizard = openWizard();
    ASSERT_NE(wizard, nullptr);

    // Backup folder.
    EXPECT_EQ(wizard->currentPage()->objectName(), QStringLiteral("backupFolderPage"));
    auto* fullPath = find<QLineEdit>(wizard, "fullPathLineEdit");
    EXPECT_TRUE(fullPath->text().isEmpty())
        << "the '<destination path>' placeholder is not offered as a path";
    EXPECT_FALSE(wizard->button(QWizard::NextButton)->isEnabled());
    QTest::keyClicks(fullPath, QString(129, QLatin1Char('x')).prepend(QStringLiteral("\\\\")));
    EXPECT_TRUE(find<QLabel>(wizard, "folderFindingsLabel")
                    ->text()
                    .contains(QStringLiteral("SQL Server would silently cut it to 128")));
    EXPECT_FALSE(wizard->button(QWizard::NextButton)->isEnabled());
    retype(fullPath, lab->backupFolder());
    EXPECT_TRUE(find<QLabel>(wizard, "folderFindingsLabel")
                    ->text()
                    .contains(QStringLiteral("local folder")));
    next(wizard);

    // Schedule and marks.
    EXPECT_EQ(wizard->currentPage()->objectName(), QStringLiteral("schedulePage"));
    auto* mark = find<QLineEdit>(wizard, "markNameLineEdit");
    EXPECT_EQ(mark->text(), QStringLiteral("BTS"));
    retype(mark, QStringLiteral("BizTalkDR9"));
    EXPECT_TRUE(find<QLabel>(wizard, "scheduleFindingsLabel")
                    ->text()
                    .contains(QStringLiteral("Mark name 'BizTalkDR9' has 10 characters: SQL Server "
                                             "would silently cut it to 8.")));
    EXPECT_FALSE(wizard->button(QWizard::NextButton)->isEnabled());
    retype(mark, QStringLiteral("BizTalkD"));
    EXPECT_TRUE(find<QLabel>(wizard, "scheduleFindingsLabel")
                    ->text()
                    .contains(QStringLiteral("Mark name 'BizTalkD' has 8 characters: OK.")));
    auto* frequency = find<QComboBox>(wizard, "frequencyComboBox");
    frequency->setCurrentIndex(frequency->findData(QStringLiteral("w")));
    EXPECT_TRUE(find<QLabel>(wizard, "scheduleFindingsLabel")
                    ->text()
                    .contains(QStringLiteral("force a full backup after a partial set")));
    find<QCheckBox>(wizard, "forceFullAfterPartialCheckBox")->setChecked(true);
    next(wizard);

    // History to keep.
    EXPECT_EQ(wizard->currentPage()->objectName(), QStringLiteral("retentionPage"));
    find<QSpinBox>(wizard, "daysToKeepSpinBox")->setValue(7);
    EXPECT_TRUE(find<QLabel>(wizard, "retentionFindingsLabel")
                    ->text()
                    .contains(QStringLiteral("never deletes backup files")));
    next(wizard);

    // Databases: add the ready custom database, take out the SIMPLE one.
    EXPECT_EQ(wizard->currentPage()->objectName(), QStringLiteral("databasesPage"));
    EXPECT_EQ(find<QTreeWidget>(wizard, "jobDatabasesTree")->topLevelItemCount(), 10);
    QTest::keyClicks(find<QLineEdit>(wizard, "customDatabaseLineEdit"),
                     QStringLiteral("ContosoInvoices"));
    QTest::mouseClick(find<QPushButton>(wizard, "checkCustomDatabaseButton"), Qt::LeftButton);
    auto* add = find<QPushButton>(wizard, "addCustomDatabaseButton");
    ASSERT_TRUE(QTest::qWaitFor([&] { return add->isEnabled(); }, 10000))
        << find<QLabel>(wizard, "customFindingsLabel")->text().toStdString();
    QTest::mouseClick(add, Qt::LeftButton);
    EXPECT_EQ(find<QListWidget>(wizard, "pendingAdditionsList")->count(), 1);
    auto* forceFull = find<QCheckBox>(wizard, "forceFullBackupCheckBox");
    EXPECT_TRUE(forceFull->isChecked());
    EXPECT_FALSE(forceFull->isEnabled());
    auto* custom = find<QListWidget>(wizard, "customDatabasesList");
    ASSERT_EQ(custom->count(), 1);
    custom->item(0)->setCheckState(Qt::Unchecked);
    next(wizard);

    // Review and apply.
    EXPECT_EQ(wizard->currentPage()->objectName(), QStringLiteral("summaryPage"));
    const QString sql = find<QPlainTextEdit>(wizard, "applySqlEdit")->toPlainText();
    EXPECT_TRUE(sql.contains(QStringLiteral("@Frequency = N''w''"))) << sql.toStdString();
    EXPECT_TRUE(sql.contains(QStringLiteral("@MarkName = N''BizTalkD''")));
    EXPECT_TRUE(sql.contains(QStringLiteral("@DaysToKeep = 7")));
    EXPECT_TRUE(sql.contains(QStringLiteral("DELETE FROM dbo.adm_OtherBackupDatabases")));
    EXPECT_TRUE(sql.contains(QStringLiteral(
        "VALUES (N'ContosoInvoices', N'ContosoInvoices', N'LABSQL01', N'LABBTS01');")));
    EXPECT_TRUE(sql.contains(QStringLiteral("EXEC [dbo].[sp_ForceFullBackup];")));
    EXPECT_TRUE(sql.contains(QStringLiteral("@enabled = 1;")));
    EXPECT_FALSE(wizard->button(QWizard::NextButton)->isEnabled()) << "nothing ran yet";
    QTest::mouseClick(find<QPushButton>(wizard, "applyButton"), Qt::LeftButton);
    auto* results = find<QListWidget>(wizard, "applyResultList");
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return wizard->button(QWizard::NextButton)->isEnabled(); }, 10000));
    for (int i = 0; i < results->count(); ++i)
        EXPECT_TRUE(results->item(i)->text().endsWith(QStringLiteral("done.")))
            << results->item(i)->text().toStdString();
    next(wizard);
    EXPECT_TRUE(find<QLabel>(wizard, "resultLabel")
                    ->text()
                    .contains(QStringLiteral("configure the destination")));
    QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);

    // The job runs: the first full set arrives in the grid, with the new database and without
    // the SIMPLE one.
    ASSERT_TRUE(QTest::qWaitFor([&] { return !window->monitor()->isBusy(); }, 10000));
    ASSERT_TRUE(lab->advance(20 * 60).ok());
    ASSERT_TRUE(refreshAndWait(*window->monitor()));
    const QStringList status = gridRows(DatabaseStatusModel::StatusColumn);
    EXPECT_TRUE(status.contains(QStringLiteral("ContosoInvoices=OK")))
        << status.join(QLatin1Char(' ')).toStdString();
    EXPECT_TRUE(status.contains(QStringLiteral("BizTalkMsgBoxDb=OK")));
    EXPECT_FALSE(status.join(QLatin1Char(' ')).contains(QStringLiteral("ContosoOrders")));
    const QStringList full = gridRows(DatabaseStatusModel::LastFullColumn);
    EXPECT_TRUE(full.contains(QStringLiteral("ContosoInvoices=11-23 22:00")))
        << full.join(QLatin1Char(' ')).toStdString();
    EXPECT_EQ(window->monitor()->verdicts().worst(), StatusLevel::Info)
        << "only the BAM and SSAS notes remain";
}

TEST_F(SourceWizardTest, RunningTheWizardAgainFindsNothingToChange)
{
    for (int round = 0; round < 2; ++round) {
        QWizard* wizard = openWizard();
        ASSERT_NE(wizard, nullptr);
        auto* fullPath = find<QLineEdit>(wizard, "fullPathLineEdit");
        if (round == 0)
            retype(fullPath, lab->backupFolder());
        EXPECT_EQ(fullPath->text(), lab->backupFolder());
        for (int page = 0; page < 4; ++page)
            next(wizard);
        if (round == 0) {
            QTest::mouseClick(find<QPushButton>(wizard, "applyButton"), Qt::LeftButton);
            ASSERT_TRUE(QTest::qWaitFor(
                [&] { return wizard->button(QWizard::NextButton)->isEnabled(); }, 10000));
        } else {
            EXPECT_EQ(find<QPlainTextEdit>(wizard, "applySqlEdit")->toPlainText(),
                      QStringLiteral("-- Nothing to change."));
            EXPECT_TRUE(wizard->button(QWizard::NextButton)->isEnabled());
        }
        wizard->close();
        QTest::qWait(50);
    }
}
