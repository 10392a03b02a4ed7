#include "HostileInput.h"
#include "TempDir.h"

#include "MainWindow.h"
#include "group/GroupMonitor.h"
#include "lab/Lab.h"

#include <QAction>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QWizard>

using namespace bts;

// The hostile corpus typed into every text input of the source wizard: each value is refused in
// words with the field still holding it, or the summary's T-SQL (what Apply runs) carries it
// exactly. One lab and one wizard per test; the values loop on the page.
class HostileSourceWizardTest : public TempDirTest {
protected:
    void SetUp() override
    {
        lab = std::make_shared<Lab>(path(QStringLiteral("lab")));
        ASSERT_TRUE(lab->reset(QDateTime(QDate(2026, 11, 23), QTime(21, 55), Qt::UTC)).ok());
        window = std::make_unique<MainWindow>();
        window->show();
        QSignalSpy ready(window->monitor(), &GroupMonitor::snapshotReady);
        window->openLab(lab, false);
        ASSERT_TRUE(ready.wait(20000));
        window->findChild<QAction*>(QStringLiteral("configureBackupJobAction"))->trigger();
        ASSERT_TRUE(QTest::qWaitFor(
            [&] {
                wizard = window->findChild<QWizard*>(QStringLiteral("sourceWizard"));
                return wizard && wizard->isVisible();
            },
            10000));
    }
    void TearDown() override { window.reset(); }

    template <typename T>
    T* onPage(const char* name)
    {
        T* widget = wizard->currentPage()->findChild<T*>(QString::fromUtf8(name));
        EXPECT_NE(widget, nullptr) << name;
        return widget;
    }
    bool nextEnabled() const { return wizard->button(QWizard::NextButton)->isEnabled(); }
    void go(QWizard::WizardButton button, int times)
    {
        for (int i = 0; i < times; ++i)
            QTest::mouseClick(wizard->button(button), Qt::LeftButton);
    }
    // The page refuses `value` in words, and the field still holds it as typed.
    void expectRefused(const QLineEdit* edit, const char* findings, const QString& value)
    {
        EXPECT_EQ(edit->text(), value) << "the field lost what was typed";
        const QString said = onPage<QLabel>(findings)->accessibleDescription();
        EXPECT_TRUE(said.contains(QStringLiteral("Error: ")) && inWords(said))
            << "'" << value.toStdString() << "' refused without words: " << said.toStdString();
    }
    // From `page` pages before the summary: the summary's T-SQL carries `value` exactly; back.
    void expectSummaryCarries(int pages, const QString& value)
    {
        go(QWizard::NextButton, pages);
        ASSERT_EQ(wizard->currentPage()->objectName(), QStringLiteral("summaryPage"));
        QString problem;
        EXPECT_TRUE(
            previewCarries(onPage<QPlainTextEdit>("applySqlEdit")->toPlainText(), value, &problem))
            << "'" << value.toStdString() << "' " << problem.toStdString();
        go(QWizard::BackButton, pages);
    }
    void toPage(const char* name)
    {
        for (int i = 0; i < 5 && wizard->currentPage()->objectName() != QLatin1String(name); ++i)
            go(QWizard::NextButton, 1);
        ASSERT_EQ(wizard->currentPage()->objectName(), QString::fromUtf8(name));
    }
    void validFolder() { enter(onPage<QLineEdit>("fullPathLineEdit"), lab->backupFolder()); }

    std::shared_ptr<Lab> lab;
    std::unique_ptr<MainWindow> window;
    QWizard* wizard = nullptr;
};

TEST_F(HostileSourceWizardTest, BackupFoldersAreRefusedInWordsOrReachTheSummaryExactly)
{
    // Alone most values are no path; inside a UNC path they test the quoting.
    QStringList values = hostileValues();
    for (const QString& value : hostileValues())
        values.append(QStringLiteral("\\\\BACKUP\\share ") + value);
    int accepted = 0;
    for (const char* field : {"fullPathLineEdit", "logPathLineEdit"}) {
        onPage<QCheckBox>("samePathCheckBox")->setChecked(field[0] == 'f');
        if (field[0] == 'l')
            validFolder();
        auto* edit = onPage<QLineEdit>(field);
        for (const QString& value : std::as_const(values)) {
            enter(edit, value);
            if (!nextEnabled()) {
                expectRefused(edit, "folderFindingsLabel", value);
                continue;
            }
            ++accepted;
            EXPECT_EQ(edit->text(), value);
            EXPECT_FALSE(value.contains(QLatin1Char('\n')) || value.contains(QLatin1Char('\r')));
            expectSummaryCarries(4, value);
        }
    }
    EXPECT_GT(accepted, 80) << "quotes, brackets and semicolons are valid in a path";
}

TEST_F(HostileSourceWizardTest, MarkNamesAreRefusedInWordsOrReachTheSummaryExactly)
{
    validFolder();
    toPage("schedulePage");
    auto* mark = onPage<QLineEdit>("markNameLineEdit");
    int accepted = 0;
    for (const QString& value : hostileValues()) {
        enter(mark, value);
        if (!nextEnabled()) {
            expectRefused(mark, "scheduleFindingsLabel", value);
            // A message that names the mark must name it as typed, not with its %1 filled in.
            const QString said = onPage<QLabel>("scheduleFindingsLabel")->accessibleDescription();
            if (said.contains(QStringLiteral("Mark name '"))) {
                EXPECT_TRUE(
                    said.contains(QStringLiteral("Mark name '") + value + QLatin1Char('\'')))
                    << said.toStdString();
            }
            continue;
        }
        ++accepted;
        EXPECT_LE(value.size(), 8);
        expectSummaryCarries(3, value);
    }
    EXPECT_GE(accepted, 3);
}

// A custom database row: the server and database are checked on the server first, so hostile
// ones are refused there in words; the default name and BizTalk server name of a real database
// travel to the INSERT.
TEST_F(HostileSourceWizardTest, CustomDatabaseRowsAreRefusedInWordsOrReachTheSummaryExactly)
{
    validFolder();
    toPage("databasesPage");
    const char* fields[] = {"customServerLineEdit", "customDatabaseLineEdit",
                            "customDefaultNameLineEdit", "btsServerLineEdit"};
    const QStringList valid = {QStringLiteral("LABSQL01"), QStringLiteral("ContosoInvoices"),
                               QString(), QStringLiteral("LABBTS01")};
    auto* check = onPage<QPushButton>("checkCustomDatabaseButton");
    auto* add = onPage<QPushButton>("addCustomDatabaseButton");
    int accepted = 0;
    for (int f = 0; f < 4; ++f) {
        auto* edit = onPage<QLineEdit>(fields[f]);
        for (const QString& value : hostileValues()) {
            for (int i = 0; i < 4; ++i)
                onPage<QLineEdit>(fields[i])->setText(valid.at(i));
            enter(edit, value);
            EXPECT_EQ(edit->text(), value) << fields[f];
            if (check->isEnabled()) {
                QTest::mouseClick(check, Qt::LeftButton);
                ASSERT_TRUE(QTest::qWaitFor([&] { return check->isEnabled(); }, 10000));
            }
            if (!add->isEnabled()) {
                expectRefused(edit, "customFindingsLabel", value);
                continue;
            }
            ++accepted;
            QTest::mouseClick(add, Qt::LeftButton);
            expectSummaryCarries(1, value);
        }
    }
    EXPECT_GT(accepted, 40) << "names with quotes and brackets are valid names";
}
