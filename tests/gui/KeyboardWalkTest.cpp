#include "AccessibilityAudit.h"
#include "LabWindow.h"
#include "TempDir.h"

#include "MainWindow.h"
#include "lab/Lab.h"
#include "lab/LabTopology.h"

#include <QAction>
#include <QPushButton>
#include <QSet>
#include <QTest>
#include <QWizard>

using namespace bts;

// A wizard walked from its shortcut to its last page with the keyboard alone:
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
        return QTest::qWaitForWindowActive(wizard) ? wizard : nullptr;
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
        pressByMnemonic(wizard, wizard->button(QWizard::FinishButton));
        EXPECT_TRUE(QTest::qWaitFor([&] { return !wizard->isVisible(); }, 5000))
            << "The Alt letter of Finish did not finish the wizard on "
            << wizard->currentPage()->objectName().toStdString();
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
