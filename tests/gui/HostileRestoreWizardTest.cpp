#include "HostileInput.h"
#include "TempDir.h"

#include "actions/CallSequence.h"
#include "lab/Lab.h"
#include "lab/LabBackend.h"
#include "restore/ManagementUpdate.h"
#include "restore/UpdateInfoPage.h"
#include "restore/UpdateInfoXml.h"

#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>

using namespace bts;

namespace {

enum Column { EntryColumn, NewServerColumn = 3, NewDatabaseColumn = 4 };

// What the new management database holds, as if read: every table UpdateDatabase.vbs changes
// exists, and every MessageBox has both job procedures, so each moved value reaches a statement.
ManagementUpdateFacts everythingPresent(const UpdateInfo& info)
{
    ManagementUpdateFacts facts;
    facts.hasBizTalkServers = true;
    facts.hasOtherDatabases = true;
    for (const DatabaseMapping& m : info.mappings) {
        if (m.role == DatabaseRole::MessageBox)
            facts.messageBoxProcedures.insert(
                (m.newServer + QLatin1Char('/') + m.newDatabase).toLower(),
                {QStringLiteral("bts_UpdateCopyTrackedMessagesJob"),
                 QStringLiteral("ops_UpdateOperationsOperateOnInstancesOnMasterJob")});
    }
    return facts;
}

} // namespace

// SampleUpdateInfo.xml's new servers and databases, edited in the grid of one UpdateInfoPage:
// each hostile value is refused in words with the cell still holding it, or it is saved, reads
// back from the file equal, and reaches the management-update statements bound exactly.
class HostileRestoreWizardTest : public TempDirTest {
protected:
    void SetUp() override
    {
        lab = std::make_unique<Lab>(path(QStringLiteral("lab")));
        ASSERT_TRUE(lab->reset(QDateTime(QDate(2026, 11, 23), QTime(21, 55), Qt::UTC)).ok());
        state.backend = std::make_shared<LabBackend>(lab->root());
        const Result<GroupSnapshot> snapshot = state.backend->readSnapshot();
        ASSERT_TRUE(snapshot.ok());
        state.snapshot = snapshot.value();
        page = std::make_unique<UpdateInfoPage>(state);
        page->show();
        page->initializePage();
        table = page->findChild<QTableWidget*>(QStringLiteral("updateInfoTable"));
        findings = page->findChild<QLabel*>(QStringLiteral("updateInfoFindingsLabel"));
        page->findChild<QLineEdit*>(QStringLiteral("updateInfoPathLineEdit"))
            ->setText(path(QStringLiteral("SampleUpdateInfo.xml")));
        ASSERT_GT(table->rowCount(), 2);
        for (int r = 0; r < table->rowCount(); ++r)
            original << table->item(r, NewServerColumn)->text()
                     << table->item(r, NewDatabaseColumn)->text();
    }

    int rowOf(const QString& entry) const
    {
        for (int r = 0; r < table->rowCount(); ++r) {
            if (table->item(r, EntryColumn)->text() == entry)
                return r;
        }
        ADD_FAILURE() << entry.toStdString();
        return 0;
    }
    void restoreCells()
    {
        for (int r = 0; r < table->rowCount(); ++r) {
            table->item(r, NewServerColumn)->setText(original.at(2 * r));
            table->item(r, NewDatabaseColumn)->setText(original.at(2 * r + 1));
        }
    }
    // Saved and read back from the file: every row equal to the grid, `value` in its cell.
    Result<UpdateInfo> savedAndReadBack(int row, int column, const QString& value)
    {
        QTest::mouseClick(page->findChild<QPushButton*>(QStringLiteral("saveUpdateInfoButton")),
                          Qt::LeftButton);
        EXPECT_TRUE(page->isComplete()) << findings->accessibleDescription().toStdString();
        QFile file(path(QStringLiteral("SampleUpdateInfo.xml")));
        EXPECT_TRUE(file.open(QIODevice::ReadOnly));
        const Result<UpdateInfo> back = readUpdateInfoXml(QString::fromUtf8(file.readAll()));
        if (!back)
            return back;
        const QVector<DatabaseMapping>& m = back.value().mappings;
        EXPECT_EQ(m.size(), table->rowCount());
        for (int r = 0; r < m.size() && r < table->rowCount(); ++r) {
            EXPECT_EQ(m.at(r).newServer, table->item(r, NewServerColumn)->text());
            EXPECT_EQ(m.at(r).newDatabase, table->item(r, NewDatabaseColumn)->text());
        }
        EXPECT_EQ(column == NewServerColumn ? m.value(row).newServer : m.value(row).newDatabase,
                  value);
        // The wizard goes on with what was saved (the file drops some BAM old locations, so
        // the new ones are compared).
        for (int r = 0; r < m.size() && r < state.updateInfo.mappings.size(); ++r) {
            EXPECT_EQ(state.updateInfo.mappings.at(r).newServer, m.at(r).newServer);
            EXPECT_EQ(state.updateInfo.mappings.at(r).newDatabase, m.at(r).newDatabase);
        }
        return back;
    }

    std::unique_ptr<Lab> lab;
    RestoreWizardState state;
    std::unique_ptr<UpdateInfoPage> page;
    QTableWidget* table = nullptr;
    QLabel* findings = nullptr;
    QStringList original;
};

TEST_F(HostileRestoreWizardTest, NewLocationsAreRefusedInWordsOrSavedAndBoundExactly)
{
    const int messageBox = rowOf(QStringLiteral("MessageBox (master)"));
    const int management = rowOf(QStringLiteral("Management"));
    int accepted = 0;
    for (const int row : {messageBox, management}) {
        for (const int column : {int(NewServerColumn), int(NewDatabaseColumn)}) {
            for (const QString& value : hostileValues()) {
                restoreCells();
                // What a cell editor commits when the operator presses Return.
                table->item(row, column)->setText(value);
                EXPECT_EQ(table->item(row, column)->text(), value) << "the cell lost the value";
                const QString said = findings->accessibleDescription();
                if (said.contains(QStringLiteral("Error: "))) {
                    EXPECT_TRUE(inWords(said)) << value.toStdString() << ": " << said.toStdString();
                    continue;
                }
                ++accepted;
                const Result<UpdateInfo> back = savedAndReadBack(row, column, value);
                ASSERT_TRUE(back.ok())
                    << value.toStdString() << ": " << back.error().sentence().toStdString();
                ManagementUpdateOptions options;
                options.renameBizTalkServers = true;
                const Result<ManagementUpdatePlan> plan =
                    planManagementUpdate(back.value(), everythingPresent(back.value()), options);
                ASSERT_TRUE(plan.ok()) << plan.error().sentence().toStdString();
                if (row == management) {
                    // The management database is where the statements run, not a value in them.
                    const ConnectionTarget& target = plan.value().management;
                    EXPECT_EQ(column == NewServerColumn ? target.server : target.database, value);
                    continue;
                }
                bool bound = false;
                for (const ServerCommand& command : plan.value().commands)
                    bound = bound || command.boundValues().contains(value);
                EXPECT_TRUE(bound) << value.toStdString();
                EXPECT_FALSE(value.contains(QLatin1Char('\n')) || value.contains(QLatin1Char('\r')))
                    << "a line break would end the preview's comment line";
                QString problem;
                EXPECT_TRUE(previewCarries(scriptFor(plan.value().commands), value, &problem))
                    << value.toStdString() << ": " << problem.toStdString();
            }
        }
    }
    EXPECT_GT(accepted, 4 * 40) << "quotes, brackets and non-ASCII are valid names";
}
