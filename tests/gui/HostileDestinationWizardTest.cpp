#include "lab/LabDestinationFixture.h"

#include "HostileInput.h"

#include "MainWindow.h"
#include "destination/CleanDestinationDialog.h"
#include "destination/PathsJobsPage.h"
#include "group/GroupMonitor.h"
#include "lab/LabBackend.h"

#include <QAction>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QWizard>

using namespace bts;

// The hostile corpus through every input of the destination wizard and the clean dialog: each
// value is refused in words with the field still holding it, or the T-SQL shown (what Apply
// runs) carries it exactly. One lab and one wizard or dialog per test; the values loop on it.
class HostileDestinationWizardTest : public LabDestinationTest {
protected:
    template <typename T>
    T* on(QWidget* parent, const char* name)
    {
        T* widget = parent->findChild<T*>(QString::fromUtf8(name));
        EXPECT_NE(widget, nullptr) << name;
        return widget;
    }
    QWidget* page() const { return wizard->currentPage(); }
    bool nextEnabled() const { return wizard->button(QWizard::NextButton)->isEnabled(); }
    void go(QWizard::WizardButton button)
    {
        QTest::mouseClick(wizard->button(button), Qt::LeftButton);
    }
    static void expectWords(const QString& said, const QString& value)
    {
        EXPECT_TRUE(inWords(said)) << "'" << value.toStdString() << "': " << said.toStdString();
    }
    static void expectCarries(const QString& sql, const QString& value)
    {
        EXPECT_FALSE(value.contains(QLatin1Char('\n')) || value.contains(QLatin1Char('\r')));
        QString problem;
        EXPECT_TRUE(previewCarries(sql, value, &problem))
            << "'" << value.toStdString() << "' " << problem.toStdString();
    }

    std::unique_ptr<MainWindow> window;
    QWizard* wizard = nullptr;
};

// Destination server cell, schema folder, description and management server and database.
TEST_F(HostileDestinationWizardTest, WizardFieldsAreRefusedInWordsOrReachTheStatementExactly)
{
    makeCustomDatabaseFull();
    startBackups();
    ASSERT_TRUE(lab->advance(20 * 60).ok());
    window = std::make_unique<MainWindow>();
    window->show();
    QSignalSpy ready(window->monitor(), &GroupMonitor::snapshotReady);
    window->openLab(std::shared_ptr<Lab>(lab.get(), [](Lab*) {}), false);
    ASSERT_TRUE(ready.wait(20000));
    window->findChild<QAction*>(QStringLiteral("setupDestinationAction"))->trigger();
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            wizard = window->findChild<QWizard*>(QStringLiteral("destinationWizard"));
            return wizard && wizard->isVisible();
        },
        10000));

    // The server is where the statements run: trimmed as a name, then refused in words where
    // it cannot be reached (no lab server has a hostile name).
    QTableWidgetItem* cell = on<QTableWidget>(page(), "destinationsTable")->item(0, 0);
    const auto status = [&] {
        return on<QLabel>(wizard, "prerequisitesStatusLabel");
    };
    for (const QString& value : hostileValues()) {
        cell->setText(value);
        ASSERT_EQ(cell->text(), value);
        if (!nextEnabled()) {
            expectWords(on<QLabel>(page(), "destinationProblemLabel")->text(), value);
            continue;
        }
        go(QWizard::NextButton);
        ASSERT_TRUE(QTest::qWaitFor(
            [&] { return !status()->text().startsWith(QStringLiteral("Checking")); }, 20000));
        EXPECT_FALSE(nextEnabled()) << value.toStdString();
        QString said = status()->text();
        for (QLabel* l : page()->findChildren<QLabel*>())
            said += QLatin1Char('\n') + l->accessibleDescription();
        EXPECT_TRUE(said.contains(value.trimmed().toHtmlEscaped()) ||
                    said.contains(value.trimmed()))
            << "names the server as typed: " << said.toStdString();
        expectWords(said, value);
        go(QWizard::BackButton);
        cell = on<QTableWidget>(page(), "destinationsTable")->item(0, 0);
    }
    cell->setText(Destination);
    go(QWizard::NextButton);
    ASSERT_TRUE(QTest::qWaitFor([&] { return nextEnabled(); }, 20000));
    go(QWizard::NextButton);

    // The schema folder is read here, never sent: no hostile value names a folder with the
    // scripts, so each is refused in words and stays in the field.
    ASSERT_EQ(page()->objectName(), QStringLiteral("scriptsPage"));
    auto* folder = on<QLineEdit>(page(), "schemaFolderLineEdit");
    const QString schema = folder->text();
    for (const QString& value : hostileValues()) {
        enter(folder, value);
        EXPECT_FALSE(nextEnabled()) << value.toStdString();
        EXPECT_EQ(folder->text(), value);
        expectWords(on<QLabel>(page(), "scriptFindingsLabel")->accessibleDescription(), value);
    }
    enter(folder, schema);
    ASSERT_TRUE(nextEnabled());
    go(QWizard::NextButton);

    ASSERT_EQ(page()->objectName(), QStringLiteral("configurePage"));
    int accepted = 0;
    for (const char* name :
         {"descriptionLineEdit", "managementServerLineEdit", "managementDatabaseLineEdit"}) {
        auto* edit = on<QLineEdit>(page(), name);
        const QString valid = edit->text();
        for (const QString& value : hostileValues()) {
            enter(edit, value);
            EXPECT_EQ(edit->text(), value) << name;
            if (!nextEnabled()) {
                const QString said =
                    on<QLabel>(page(), "configureFindingsLabel")->accessibleDescription();
                EXPECT_TRUE(said.contains(QStringLiteral("Error: "))) << said.toStdString();
                expectWords(said, value);
                continue;
            }
            ++accepted;
            go(QWizard::NextButton);
            ASSERT_EQ(page()->objectName(), QStringLiteral("setupApplyPage"));
            expectCarries(on<QPlainTextEdit>(page(), "applySqlEdit")->toPlainText(), value);
            go(QWizard::BackButton);
        }
        enter(edit, valid);
    }
    EXPECT_GT(accepted, 3 * 40) << "quotes, brackets and non-ASCII are valid names";
    window.reset();
}

// The folder cells of a configured destination, on one PathsJobsPage, then the clean dialog's
// source: each refused in words or bound as typed.
TEST_F(HostileDestinationWizardTest, FolderCellsAndCleanSourceAreRefusedInWordsOrBoundExactly)
{
    startLogShipping();
    auto backend = std::make_shared<LabBackend>(lab->root());
    DestinationWizardState state;
    state.backend = backend;
    DestinationConfig config;
    config.destination = Destination;
    state.configs = {config};
    PathsJobsPage paths(state);
    paths.show();
    paths.initializePage();
    auto* table = on<QTableWidget>(&paths, "pathsTable");
    ASSERT_TRUE(QTest::qWaitFor([&] { return table->rowCount() > 0; }, 20000));
    auto* sql = on<QPlainTextEdit>(&paths, "applySqlEdit");
    auto* intro = on<QLabel>(&paths, "applyIntroLabel");
    int accepted = 0;
    for (const int column : {2, 3}) {
        const QString original = table->item(0, column)->text();
        for (const QString& value : hostileValues()) {
            table->item(0, column)->setText(value);
            EXPECT_EQ(table->item(0, column)->text(), value);
            if (sql->toPlainText().isEmpty()) { // ApplyPanel::setError clears the T-SQL
                expectWords(intro->text(), value);
                continue;
            }
            ++accepted;
            expectCarries(sql->toPlainText(), value);
        }
        table->item(0, column)->setText(original);
    }
    EXPECT_GT(accepted, 2 * 40);

    CleanDestinationDialog clean(backend);
    clean.show();
    auto* source = on<QLineEdit>(&clean, "sourceIdLineEdit");
    auto* cleanSql = on<QPlainTextEdit>(&clean, "applySqlEdit");
    ASSERT_TRUE(QTest::qWaitFor([&] { return !cleanSql->toPlainText().isEmpty(); }, 20000))
        << on<QLabel>(&clean, "applyIntroLabel")->text().toStdString();
    accepted = 0;
    for (const QString& value : hostileValues()) {
        enter(source, value);
        EXPECT_EQ(source->text(), value);
        if (cleanSql->toPlainText().isEmpty()) {
            expectWords(on<QLabel>(&clean, "applyIntroLabel")->text(), value);
            continue;
        }
        ++accepted;
        expectCarries(cleanSql->toPlainText(), value);
    }
    EXPECT_GT(accepted, 40);
}
