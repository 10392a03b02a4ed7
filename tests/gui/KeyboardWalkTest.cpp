#include "AccessibilityAudit.h"
#include "LabWindow.h"
#include "TempDir.h"

#include "MainWindow.h"
#include "lab/Lab.h"
#include "lab/LabConnector.h"
#include "lab/LabTopology.h"
#include "restore/RestoreProgress.h"

#include <QAction>
#include <QCheckBox>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSet>
#include <QTableWidget>
#include <QTest>
#include <QWizard>

using namespace bts;

// The three wizards walked from their shortcut to their last page with the keyboard alone:
// Tab to reach a control, typing, Space to press or tick, Alt and a letter for the wizard's
// buttons. On every page, Tab must reach every control the page shows.
class KeyboardWalkTest : public TempDirTest {
protected:
    void SetUp() override
    {
        lab = std::make_shared<Lab>(path(QStringLiteral("lab")));
        ASSERT_TRUE(lab->reset(labTestStart()).ok());
    }
    void TearDown() override { window.reset(); }

    // The lab's backups running, with the SIMPLE custom database in FULL so that log shipping
    // restores it too.
    void startBackups()
    {
        LabConnector c(lab->root());
        ASSERT_TRUE(c.run(LabTopology::SourceServer, QStringLiteral("master"),
                          QStringLiteral(
                              "UPDATE databases SET recovery_model_desc = 'FULL' WHERE name = ?"),
                          {LabTopology::CustomDatabase})
                        .ok());
        ASSERT_TRUE(startLabBackups(*lab, 20 * 60));
    }

    void openWindow()
    {
        window = openWindowOnLab(lab);
        ASSERT_NE(window, nullptr);
        window->activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(window.get()));
    }

    // Presses the shortcut on the main window and returns the wizard it opens, active.
    QWizard* openWizard(QKeyCombination shortcut, const char* objectName)
    {
        QTest::keyClick(window.get(), shortcut.key(), shortcut.keyboardModifiers());
        QWizard* wizard = nullptr;
        const bool shown = QTest::qWaitFor(
            [&] {
                wizard = window->findChild<QWizard*>(QString::fromLatin1(objectName));
                return wizard && wizard->isVisible();
            },
            10000);
        if (!shown)
            return nullptr;
        wizard->activateWindow();
        // The window system may call the wizard active before the application routes keys to
        // it: wait for the application's own view.
        const bool active = QTest::qWaitFor(
            [&] { return QApplication::activeWindow() == wizard && focused(); }, 5000);
        return active ? wizard : nullptr;
    }

    static QWidget* focused() { return QApplication::focusWidget(); }

    static void press(QWizard* wizard, Qt::Key key, Qt::KeyboardModifiers modifiers = {})
    {
        QTest::keyClick(focused() ? focused() : wizard, key, modifiers);
    }

    // Tab until `target` has the focus.
    static bool tabTo(QWizard* wizard, QWidget* target)
    {
        for (int i = 0; i < 300 && focused() != target; ++i)
            press(wizard, Qt::Key_Tab);
        return focused() == target;
    }

    template <typename T>
    static T* onPage(QWizard* wizard, const char* name)
    {
        T* widget = wizard->currentPage()->findChild<T*>(QString::fromLatin1(name));
        EXPECT_NE(widget, nullptr)
            << name << " on " << wizard->currentPage()->objectName().toStdString();
        return widget;
    }

    static void typeInto(QWizard* wizard, QWidget* field, const QString& text)
    {
        ASSERT_TRUE(tabTo(wizard, field)) << describe(field).toStdString();
        press(wizard, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(focused(), text);
    }

    static void pressButton(QWizard* wizard, QWidget* button)
    {
        ASSERT_TRUE(tabTo(wizard, button)) << describe(button).toStdString();
        ASSERT_TRUE(button->isEnabled()) << describe(button).toStdString();
        press(wizard, Qt::Key_Space);
    }

    // Ticks every item of a checklist: Home, then Space and Down for each.
    static void tickAll(QWizard* wizard, QListWidget* list)
    {
        ASSERT_TRUE(tabTo(wizard, list));
        press(wizard, Qt::Key_Home);
        for (int i = 0; i < list->count(); ++i) {
            if (list->currentItem() && list->currentItem()->checkState() != Qt::Checked)
                press(wizard, Qt::Key_Space);
            press(wizard, Qt::Key_Down);
        }
        for (int i = 0; i < list->count(); ++i)
            EXPECT_EQ(list->item(i)->checkState(), Qt::Checked)
                << list->item(i)->text().toStdString();
    }

    // The destination wizard from Ctrl+D to Finish, applying both of its changes.
    void setUpLogShippingByKeyboard()
    {
        QWizard* wizard = openWizard(Qt::CTRL | Qt::Key_D, "destinationWizard");
        ASSERT_NE(wizard, nullptr);
        ASSERT_EQ(wizard->currentPage()->objectName(), QStringLiteral("destinationChoicePage"));
        expectEveryControlReachable(wizard);
        for (const char* page :
             {"prerequisitesPage", "scriptsPage", "configurePage", "setupApplyPage"})
            next(wizard, page);
        pressButton(wizard, onPage<QPushButton>(wizard, "applyButton"));
        next(wizard, "pathsJobsPage");
        // Apply once the page has read every destination's paths and planned both jobs.
        auto* sql = onPage<QPlainTextEdit>(wizard, "applySqlEdit");
        ASSERT_TRUE(QTest::qWaitFor(
            [&] { return sql->toPlainText().count(QStringLiteral("@enabled = 1")) == 2; }, 20000));
        auto* enable = onPage<QPushButton>(wizard, "applyButton");
        ASSERT_TRUE(QTest::qWaitFor([&] { return enable->isEnabled(); }, 20000));
        pressButton(wizard, enable);
        next(wizard, "destinationResultPage");
        finish(wizard);
    }

    // Every control the page shows, reached by Tab from wherever the focus is.
    static void expectEveryControlReachable(QWizard* wizard)
    {
        QWizardPage* page = wizard->currentPage();
        QSet<QWidget*> reached;
        for (int i = 0; i < 300; ++i) {
            reached.insert(focused());
            press(wizard, Qt::Key_Tab);
        }
        QStringList unreached;
        for (QWidget* widget : page->findChildren<QWidget*>()) {
            if (isControl(widget) && widget->isVisible() && widget->isEnabled() &&
                !reached.contains(widget))
                unreached.append(describe(widget));
        }
        EXPECT_EQ(unreached, QStringList()) << page->objectName().toStdString();
        EXPECT_EQ(unnamedControls(page), QStringList()) << page->objectName().toStdString();
    }

    // Presses a wizard button by its Alt letter, as its text shows it ("&Next >": Alt+N).
    static void pressByMnemonic(QWizard* wizard, QAbstractButton* button)
    {
        const QString text = button->text();
        const qsizetype at = text.indexOf(QLatin1Char('&'));
        ASSERT_GE(at, 0) << text.toStdString() << " has no Alt letter";
        const QChar letter = text.at(at + 1).toUpper();
        press(wizard, Qt::Key(Qt::Key_A + (letter.unicode() - u'A')), Qt::AltModifier);
    }

    // The wizard's Next (or Commit) button by its Alt letter, once the page lets it.
    static void next(QWizard* wizard, const char* expectedNextPage)
    {
        const QString before = wizard->currentPage()->objectName();
        ASSERT_TRUE(QTest::qWaitFor(
            [&] {
                return wizard->button(QWizard::NextButton)->isEnabled() ||
                       (wizard->button(QWizard::CommitButton)->isVisible() &&
                        wizard->button(QWizard::CommitButton)->isEnabled());
            },
            20000))
            << before.toStdString() << " never let the wizard go on";
        QAbstractButton* commit = wizard->button(QWizard::CommitButton);
        pressByMnemonic(wizard, commit->isVisible() ? commit : wizard->button(QWizard::NextButton));
        ASSERT_TRUE(QTest::qWaitFor(
            [&] { return wizard->currentPage()->objectName() == QLatin1String(expectedNextPage); },
            5000))
            << "The Alt letter of Next on " << before.toStdString() << " led to "
            << wizard->currentPage()->objectName().toStdString() << " (focus on "
            << (focused() ? describe(focused()).toStdString() : std::string("nothing")) << ")";
        expectEveryControlReachable(wizard);
    }

    static void finish(QWizard* wizard)
    {
        ASSERT_TRUE(QTest::qWaitFor(
            [&] { return wizard->button(QWizard::FinishButton)->isEnabled(); }, 20000));
        const QString page = wizard->currentPage()->objectName();
        // The wizards delete themselves when closed: watch through a guard.
        const QPointer<QWizard> guard(wizard);
        pressByMnemonic(wizard, wizard->button(QWizard::FinishButton));
        EXPECT_TRUE(QTest::qWaitFor([&] { return !guard || !guard->isVisible(); }, 5000))
            << "The Alt letter of Finish did not finish the wizard on " << page.toStdString();
    }

    std::shared_ptr<Lab> lab;
    std::unique_ptr<MainWindow> window;
};

TEST_F(KeyboardWalkTest, TheSourceWizardFromCtrlBToFinish)
{
    openWindow();
    QWizard* wizard = openWizard(Qt::CTRL | Qt::Key_B, "sourceWizard");
    ASSERT_NE(wizard, nullptr);
    ASSERT_EQ(wizard->currentPage()->objectName(), QStringLiteral("backupFolderPage"));
    expectEveryControlReachable(wizard);
    typeInto(wizard, onPage<QLineEdit>(wizard, "fullPathLineEdit"), lab->backupFolder());
    next(wizard, "schedulePage");
    typeInto(wizard, onPage<QLineEdit>(wizard, "markNameLineEdit"), QStringLiteral("BTSDR"));
    next(wizard, "retentionPage");
    next(wizard, "databasesPage");
    next(wizard, "summaryPage");
    pressButton(wizard, onPage<QPushButton>(wizard, "applyButton"));
    next(wizard, "resultPage");
    finish(wizard);
}

TEST_F(KeyboardWalkTest, TheDestinationWizardFromCtrlDToFinish)
{
    startBackups();
    openWindow();
    setUpLogShippingByKeyboard();
}

TEST_F(KeyboardWalkTest, TheRestoreWizardFromCtrlShiftMToTheReport)
{
    RestoreProgressStore(QStringLiteral("LABSQL01/BizTalkMgmtDb")).clear();
    startBackups();
    openWindow();
    setUpLogShippingByKeyboard();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !window->monitor()->isBusy(); }, 10000));
    ASSERT_TRUE(lab->advance(2 * 3600).ok());
    window->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(window.get()));

    QWizard* wizard = openWizard(Qt::CTRL | Qt::SHIFT | Qt::Key_M, "restoreWizard");
    ASSERT_NE(wizard, nullptr);
    ASSERT_EQ(wizard->currentPage()->objectName(), QStringLiteral("preflightPage"));
    auto* outcome = onPage<QLabel>(wizard, "restoreOutcomeLabel");
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return outcome->text().contains(QStringLiteral("Restoring now")); }, 20000));
    expectEveryControlReachable(wizard);
    // The source still answers: a warning the operator accepts by ticking it.
    pressButton(wizard, onPage<QCheckBox>(wizard, "acceptWarningsCheckBox"));
    next(wizard, "confirmFailoverPage");
    typeInto(wizard, onPage<QLineEdit>(wizard, "confirmFailoverLineEdit"),
             QStringLiteral("LABSQL01"));
    next(wizard, "stopSourcePage");
    pressButton(wizard, onPage<QPushButton>(wizard, "applyButton"));
    tickAll(wizard, onPage<QListWidget>(wizard, "checklist"));
    next(wizard, "stopShippingPage");
    pressButton(wizard, onPage<QPushButton>(wizard, "applyButton"));
    next(wizard, "restoreToMarkPage");
    pressButton(wizard, onPage<QPushButton>(wizard, "applyButton"));
    next(wizard, "updateInfoPage");
    typeInto(wizard, onPage<QLineEdit>(wizard, "updateInfoPathLineEdit"),
             path(QStringLiteral("SampleUpdateInfo.xml")));
    pressButton(wizard, onPage<QPushButton>(wizard, "saveUpdateInfoButton"));
    next(wizard, "managementUpdatePage");
    auto* update = onPage<QPushButton>(wizard, "applyButton");
    ASSERT_TRUE(QTest::qWaitFor([&] { return update->isEnabled(); }, 20000));
    pressButton(wizard, update);
    next(wizard, "afterRestorePage");
    tickAll(wizard, onPage<QListWidget>(wizard, "checklist"));
    next(wizard, "restoreReportPage");
    typeInto(wizard, onPage<QLineEdit>(wizard, "reportPathLineEdit"),
             path(QStringLiteral("failover-report.html")));
    pressButton(wizard, onPage<QPushButton>(wizard, "writeReportButton"));
    EXPECT_TRUE(QFileInfo::exists(path(QStringLiteral("failover-report.html"))));
    finish(wizard);
}

TEST_F(KeyboardWalkTest, TheRestoresColumnIsChosenWithTheKeyboardAndReachesTheStatement)
{
    startBackups();
    openWindow();
    QWizard* wizard = openWizard(Qt::CTRL | Qt::Key_D, "destinationWizard");
    ASSERT_NE(wizard, nullptr);
    auto* table = onPage<QTableWidget>(wizard, "destinationsTable");
    ASSERT_TRUE(tabTo(wizard, table));
    // The first row's Restores cell: F2 opens its choices, Down takes the next, Enter keeps it.
    table->setCurrentCell(0, 0);
    press(wizard, Qt::Key_Right);
    press(wizard, Qt::Key_F2);
    ASSERT_TRUE(QTest::qWaitFor([&] { return focused() && focused() != table; }, 5000));
    press(wizard, Qt::Key_Down);
    press(wizard, Qt::Key_Return);
    // The delegate commits on the next turn of the event loop.
    EXPECT_TRUE(QTest::qWaitFor(
        [&] { return table->item(0, 1)->text() == QLatin1String("Databases of LABSQL01"); }, 5000))
        << table->item(0, 1)->text().toStdString();
    EXPECT_EQ(table->item(0, 1)->data(Qt::UserRole).toString(), QStringLiteral("LABSQL01"));
    for (const char* page : {"prerequisitesPage", "scriptsPage", "configurePage", "setupApplyPage"})
        next(wizard, page);
    const QString sql = onPage<QPlainTextEdit>(wizard, "applySqlEdit")->toPlainText();
    EXPECT_TRUE(sql.contains(QStringLiteral("@SourceServerName = N'LABSQL01'")))
        << sql.toStdString();
}
