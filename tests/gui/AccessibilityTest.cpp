#include "AccessibilityAudit.h"
#include "GuiHelpers.h"
#include "LabWindow.h"
#include "TempDir.h"

#include "MainWindow.h"
#include "group/DatabaseStatusModel.h"
#include "lab/Lab.h"
#include "restore/RestoreProgress.h"

#include <QAction>
#include <QDialog>
#include <QMenu>
#include <QMenuBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QWizard>

#include <algorithm>
#include <functional>

using namespace bts;

// The main window and every dialog and wizard it opens, on a lab whose backups run, read the
// way a screen reader and a keyboard user meet them.
class AccessibilityTest : public TempDirTest {
protected:
    void SetUp() override
    {
        // A failover another test left half-way would make the restore wizard ask to resume it.
        RestoreProgressStore(QStringLiteral("LABSQL01/BizTalkMgmtDb")).clear();
        lab = std::make_shared<Lab>(path(QStringLiteral("lab")));
        ASSERT_TRUE(lab->reset(labTestStart()).ok());
        ASSERT_TRUE(startLabBackups(*lab, 40 * 60));
        window = openWindowOnLab(lab);
        ASSERT_NE(window, nullptr);
    }
    void TearDown() override { window.reset(); }

    // Triggers `actionName`, hands the dialog it opens to `check` once visible, and closes it.
    // A dialog run with exec() blocks the trigger: a timer inspects it from inside its loop.
    void inspect(const char* actionName, const std::function<void(QDialog*)>& check)
    {
        auto* action = window->findChild<QAction*>(QString::fromLatin1(actionName));
        ASSERT_NE(action, nullptr) << actionName;
        const QList<QDialog*> before = visibleDialogs();
        bool done = false;
        QTimer poll;
        poll.setInterval(20);
        QObject::connect(&poll, &QTimer::timeout, [&] {
            for (QDialog* dialog : visibleDialogs()) {
                if (before.contains(dialog) || done)
                    continue;
                done = true;
                poll.stop();
                check(dialog);
                dialog->reject();
            }
        });
        poll.start();
        action->trigger();
        EXPECT_TRUE(QTest::qWaitFor([&] { return done; }, 10000))
            << actionName << " opened no dialog";
        EXPECT_TRUE(QTest::qWaitFor([&] { return visibleDialogs() == before; }, 5000))
            << actionName << " left a dialog open";
    }

    static QList<QDialog*> visibleDialogs()
    {
        QList<QDialog*> dialogs;
        for (QWidget* widget : QApplication::topLevelWidgets()) {
            if (auto* dialog = qobject_cast<QDialog*>(widget); dialog && dialog->isVisible())
                dialogs.append(dialog);
        }
        return dialogs;
    }

    // Alt letters a page's labels and buttons share with each other or with the wizard's own
    // buttons: Qt would then only move the focus between them, never press.
    static QStringList mnemonicClashes(const QWizard* wizard, const QWizardPage* page)
    {
        QMap<QChar, QString> taken;
        QStringList clashes;
        const auto take = [&](const QString& text) {
            const qsizetype at =
                QString(text).replace(QStringLiteral("&&"), QString()).indexOf(u'&');
            if (at < 0 || at + 1 >= text.size())
                return;
            const QChar letter =
                QString(text).replace(QStringLiteral("&&"), QString()).at(at + 1).toLower();
            if (taken.contains(letter))
                clashes.append(taken.value(letter) + QStringLiteral(" / ") + text);
            taken.insert(letter, text);
        };
        // The buttons a page shows: Back, then Commit on a commit page, Finish on the last.
        take(wizard->buttonText(QWizard::BackButton));
        if (page->isCommitPage())
            take(page->buttonText(QWizard::CommitButton));
        else if (page->nextId() == -1)
            take(wizard->buttonText(QWizard::FinishButton));
        else
            take(wizard->buttonText(QWizard::NextButton));
        for (const QLabel* label : page->findChildren<QLabel*>()) {
            if (label->buddy())
                take(label->text());
        }
        for (const QAbstractButton* button : page->findChildren<QAbstractButton*>())
            take(button->text());
        return clashes;
    }

    static QStringList menuCommands(const QMenu* menu, bool topLevel)
    {
        QStringList missing;
        for (QAction* action : menu->actions()) {
            if (action->isSeparator())
                continue;
            if (action->menu()) {
                missing += menuCommands(action->menu(), false);
                continue;
            }
            // Choices in a submenu (a scenario, a language) are reached by their mnemonics.
            if (topLevel && action->shortcut().isEmpty())
                missing.append(withoutMnemonic(action->text()));
        }
        return missing;
    }

    std::shared_ptr<Lab> lab;
    std::unique_ptr<MainWindow> window;
};

TEST_F(AccessibilityTest, EveryControlOfTheMainWindowHasANameAndAPlaceInTheTabOrder)
{
    EXPECT_EQ(unnamedControls(window.get()), QStringList());
    QStringList outOfOrder = controlsOutOfTabOrder(window.get());
    // The tool bar repeats menu commands that have shortcuts; its buttons take no focus.
    outOfOrder.erase(std::remove_if(outOfOrder.begin(), outOfOrder.end(),
                                    [](const QString& path) {
                                        return path.contains(QLatin1String("QToolBar("));
                                    }),
                     outOfOrder.end());
    EXPECT_EQ(outOfOrder, QStringList());
}

TEST_F(AccessibilityTest, EveryDialogAndWizardNamesItsControls)
{
    for (const char* action :
         {"environmentsAction", "connectAction", "diagnosticsAction", "auditLogAction",
          "configureBackupJobAction", "setupDestinationAction", "restoreWizardAction",
          "cleanDestinationAction", "labGenerateHistoryAction"}) {
        // Wizards hold all their pages from the start: every page is checked here.
        inspect(action, [action](QDialog* dialog) {
            EXPECT_EQ(unnamedControls(dialog), QStringList()) << action;
            EXPECT_EQ(controlsOutOfTabOrder(dialog), QStringList()) << action;
        });
    }
}

TEST_F(AccessibilityTest, EveryCommandIsAnActionWithItsOwnShortcut)
{
    QStringList missing;
    QMap<QString, QString> seen;
    QStringList clashes;
    for (QAction* top : window->menuBar()->actions()) {
        if (top->menu())
            missing += menuCommands(top->menu(), true);
    }
    // The main window's commands and those of its pages (the Backup job tab's) share the keys.
    for (QAction* action : window->findChildren<QAction*>()) {
        const QString keys = action->shortcut().toString();
        if (keys.isEmpty())
            continue;
        if (seen.contains(keys))
            clashes.append(keys + QLatin1Char(' ') + seen.value(keys) + QStringLiteral(" / ") +
                           action->text());
        seen.insert(keys, action->text());
    }
    EXPECT_EQ(missing, QStringList());
    EXPECT_EQ(clashes, QStringList());
}

TEST_F(AccessibilityTest, StatusIsSaidInWordsNotOnlyByColour)
{
    auto* table = window->findChild<QTableView*>(QStringLiteral("databaseTable"));
    ASSERT_NE(table, nullptr);
    QAbstractItemModel* model = table->model();
    ASSERT_GT(model->rowCount(), 5);
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex status = model->index(row, DatabaseStatusModel::StatusColumn);
        EXPECT_FALSE(status.data(Qt::DisplayRole).toString().isEmpty()) << row;
        EXPECT_FALSE(
            model->index(row, DatabaseStatusModel::ReasonColumn).data().toString().isEmpty())
            << row;
    }
}

TEST_F(AccessibilityTest, MenusAndTabsOfTheMainWindowTakeDifferentAltLetters)
{
    QStringList texts;
    for (QAction* action : window->menuBar()->actions())
        texts.append(action->text());
    auto* tabs = window->findChild<QTabWidget*>();
    ASSERT_NE(tabs, nullptr);
    for (int i = 0; i < tabs->count(); ++i)
        texts.append(tabs->tabText(i));
    QMap<QChar, QString> letters;
    QStringList clashes;
    for (const QString& text : texts) {
        const qsizetype at = text.indexOf(QLatin1Char('&'));
        ASSERT_GE(at, 0) << text.toStdString() << " has no Alt letter";
        const QChar letter = text.at(at + 1).toLower();
        if (letters.contains(letter))
            clashes.append(letters.value(letter) + QStringLiteral(" / ") + text);
        letters.insert(letter, text);
    }
    EXPECT_EQ(clashes, QStringList());
}

TEST_F(AccessibilityTest, EveryWizardPageSaysWhatItDoesAndWhyWithItsSource)
{
    static const QRegularExpression sentenceEnd(QStringLiteral("[.!?](\\s|$)"));
    for (const char* action :
         {"configureBackupJobAction", "setupDestinationAction", "restoreWizardAction"}) {
        inspect(action, [action](QDialog* dialog) {
            auto* wizard = qobject_cast<QWizard*>(dialog);
            ASSERT_NE(wizard, nullptr) << action;
            EXPECT_GE(wizard->pageIds().size(), 6) << action;
            for (const int id : wizard->pageIds()) {
                const QWizardPage* page = wizard->page(id);
                const std::string name = page->objectName().toStdString();
                EXPECT_FALSE(page->title().isEmpty()) << name;
                const auto* about = page->findChild<QLabel*>(QStringLiteral("pageHelpLabel"));
                ASSERT_NE(about, nullptr) << name;
                EXPECT_EQ(about->text().count(sentenceEnd), 2)
                    << name << ": " << about->text().toStdString();
                EXPECT_TRUE(about->wordWrap()) << name;
                const auto* fact = page->findChild<QLabel*>(QStringLiteral("pageFactLabel"));
                ASSERT_NE(fact, nullptr) << name;
                EXPECT_TRUE(
                    fact->text().contains(QStringLiteral("https://learn.microsoft.com/biztalk/")))
                    << name;
                EXPECT_TRUE(fact->openExternalLinks()) << name;
                EXPECT_EQ(mnemonicClashes(wizard, page), QStringList()) << name;
                EXPECT_FALSE(fact->accessibleName().isEmpty()) << name;
            }
        });
    }
}
