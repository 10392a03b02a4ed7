#include "TempDir.h"

#include "MainWindow.h"

#include "lab/Lab.h"
#include "lab/LabConnector.h"
#include "lab/LabLatency.h"
#include "lab/LabScaleDialog.h"
#include "lab/LabScenario.h"
#include "lab/LabTopology.h"

#include <QAction>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>

using namespace bts;

namespace {

class LabScaleDialogTest : public TempDirTest {
protected:
    void SetUp() override
    {
        lab = std::make_shared<Lab>(path(QStringLiteral("lab")));
        const Status s = applyLabScenario(lab, LabScenario::Healthy);
        ASSERT_TRUE(s.ok()) << s.error().sentence().toStdString();
    }

    template <typename T>
    T* child(const QWidget& parent, const char* name)
    {
        T* found = parent.findChild<T*>(QString::fromLatin1(name));
        EXPECT_NE(found, nullptr) << name;
        return found;
    }

    std::shared_ptr<Lab> lab;
};

TEST_F(LabScaleDialogTest, GeneratesHistoryOffTheUiThreadWithProgress)
{
    LabScaleDialog dialog(lab->root());
    dialog.show();
    auto* years = child<QDoubleSpinBox>(dialog, "yearsSpin");
    auto* interval = child<QSpinBox>(dialog, "intervalSpin");
    auto* generate = child<QPushButton>(dialog, "generateButton");
    auto* cancel = child<QPushButton>(dialog, "cancelButton");
    auto* progress = child<QProgressBar>(dialog, "progressBar");
    ASSERT_TRUE(years && interval && generate && cancel && progress);
    EXPECT_DOUBLE_EQ(years->value(), 10.0);
    years->setValue(0.1);
    interval->setValue(60);
    const qint64 before = LabConnector(lab->root())
                              .scalar(LabTopology::SourceServer, LabTopology::ManagementDatabase,
                                      QStringLiteral("SELECT COUNT(*) FROM adm_BackupHistory"))
                              .value()
                              .toLongLong();

    QSignalSpy done(&dialog, &LabScaleDialog::historyGenerated);
    QTest::mouseClick(generate, Qt::LeftButton);
    EXPECT_TRUE(dialog.isGenerating() || done.count() == 1);
    ASSERT_TRUE(done.wait(60000) || done.count() == 1);
    EXPECT_GT(done.first().first().toLongLong(), 0);
    EXPECT_EQ(progress->value(), 100);
    EXPECT_TRUE(generate->isEnabled());
    EXPECT_FALSE(cancel->isEnabled());
    const qint64 after = LabConnector(lab->root())
                             .scalar(LabTopology::SourceServer, LabTopology::ManagementDatabase,
                                     QStringLiteral("SELECT COUNT(*) FROM adm_BackupHistory"))
                             .value()
                             .toLongLong();
    // 0.1 years of hourly log sets and daily full sets, nine databases each.
    EXPECT_GT(after - before, 870 * 9);
}

TEST_F(LabScaleDialogTest, CancelStopsTheGeneration)
{
    LabScaleDialog dialog(lab->root());
    dialog.show();
    auto* generate = child<QPushButton>(dialog, "generateButton");
    auto* cancel = child<QPushButton>(dialog, "cancelButton");
    auto* status = child<QLabel>(dialog, "statusLabel");
    ASSERT_TRUE(generate && cancel && status);
    child<QDoubleSpinBox>(dialog, "yearsSpin")->setValue(5);
    QSignalSpy done(&dialog, &LabScaleDialog::historyGenerated);
    QTest::mouseClick(generate, Qt::LeftButton);
    ASSERT_TRUE(cancel->isEnabled());
    QTest::mouseClick(cancel, Qt::LeftButton);
    ASSERT_TRUE(done.wait(60000) || done.count() == 1);
    EXPECT_TRUE(status->text().contains(QStringLiteral("cancelled")))
        << status->text().toStdString();
    EXPECT_LT(child<QProgressBar>(dialog, "progressBar")->value(), 100);
}

TEST_F(LabScaleDialogTest, LatencyPerServerIsSavedAsItIsEdited)
{
    LabScaleDialog dialog(lab->root());
    dialog.show();
    auto* table = child<QTableWidget>(dialog, "latencyTable");
    ASSERT_TRUE(table);
    QStringList servers;
    for (int row = 0; row < table->rowCount(); ++row)
        servers.append(table->item(row, 0)->text());
    EXPECT_EQ(servers, (QStringList{QStringLiteral("LABSQL01"), QStringLiteral("LABSQL02"),
                                    QStringLiteral("LABSQL03")}));
    auto* spin = child<QSpinBox>(dialog, "latency_LABSQL02");
    ASSERT_TRUE(spin);
    spin->setValue(25);
    EXPECT_EQ(LabLatency::of(lab->root(), QStringLiteral("LABSQL02")), 25);
    LabLatency::forget(lab->root()); // as the next run of the console would read it
    EXPECT_EQ(LabLatency::of(lab->root(), QStringLiteral("labsql02")), 25);

    LabScaleDialog again(lab->root());
    EXPECT_EQ(child<QSpinBox>(again, "latency_LABSQL02")->value(), 25);
}

// The Lab menu opens it on the window's lab.
TEST_F(LabScaleDialogTest, TheLabMenuOpensIt)
{
    MainWindow window;
    window.show();
    window.openLab(lab, false);
    auto* action = window.findChild<QAction*>(QStringLiteral("labGenerateHistoryAction"));
    ASSERT_NE(action, nullptr);
    action->trigger();
    LabScaleDialog* dialog = nullptr;
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            dialog = window.findChild<LabScaleDialog*>(QStringLiteral("labScaleDialog"));
            return dialog && dialog->isVisible();
        },
        10000));
    EXPECT_NE(dialog->findChild<QTableWidget*>(QStringLiteral("latencyTable")), nullptr);
    dialog->close();
}

} // namespace
