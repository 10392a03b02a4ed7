#include "lab/LabDestinationFixture.h"

#include "GuiHelpers.h"
#include "MainWindow.h"
#include "group/DatabaseStatusModel.h"

#include "lab/LabBackend.h"
#include "restore/RestoreProgress.h"
#include "restore/RestoreWizard.h"

#include <QCheckBox>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>
#include <QTreeWidget>

using namespace bts;

// A whole failover on the lab, driven through the wizard: pre-flight, confirmation, stopping the
// source and log shipping, Restore To Mark until every database is ONLINE, SampleUpdateInfo.xml,
// and the checklist.
class RestoreWizardTest : public LabDestinationTest {
protected:
    void SetUp() override
    {
        LabDestinationTest::SetUp();
        // Progress is kept per group across sessions: every test starts without any.
        RestoreProgressStore(QStringLiteral("LABSQL01/BizTalkMgmtDb")).clear();
    }
    // Through the pre-flight and the confirmation, on a wizard that starts at the beginning.
    void passPreflightAndConfirm(QWizard& wizard)
    {
        auto* outcome = onPage<QLabel>(wizard, "restoreOutcomeLabel");
        ASSERT_TRUE(QTest::qWaitFor(
            [&] { return outcome->text().contains(QStringLiteral("Restoring now")); }, 20000));
        passPreflightAndConfirmAfterCheck(wizard);
    }
    // The same, once the pre-flight has shown its outcome.
    void passPreflightAndConfirmAfterCheck(QWizard& wizard)
    {
        onPage<QCheckBox>(wizard, "acceptWarningsCheckBox")->setChecked(true);
        ASSERT_TRUE(waitForNext(wizard));
        next(wizard);
        QTest::keyClicks(onPage<QLineEdit>(wizard, "confirmFailoverLineEdit"),
                         QStringLiteral("LABSQL01"));
        ASSERT_TRUE(waitForNext(wizard));
        next(wizard);
    }
    template <typename T>
    T* onPage(QWizard& wizard, const char* name)
    {
        T* widget = wizard.currentPage()->findChild<T*>(QString::fromUtf8(name));
        EXPECT_NE(widget, nullptr)
            << name << " on " << wizard.currentPage()->objectName().toStdString();
        return widget;
    }
    static bool waitForNext(QWizard& wizard)
    {
        return QTest::qWaitFor(
            [&] {
                for (QWizard::WizardButton b :
                     {QWizard::NextButton, QWizard::CommitButton, QWizard::FinishButton}) {
                    if (wizard.button(b)->isVisible() && wizard.button(b)->isEnabled())
                        return true;
                }
                return false;
            },
            20000);
    }
    static void next(QWizard& wizard)
    {
        for (QWizard::WizardButton b : {QWizard::CommitButton, QWizard::NextButton}) {
            if (wizard.button(b)->isVisible()) {
                QTest::mouseClick(wizard.button(b), Qt::LeftButton);
                return;
            }
        }
    }
    static void tickAll(QWizard& wizard)
    {
        auto* list = wizard.currentPage()->findChild<QListWidget*>(QStringLiteral("checklist"));
        for (int i = 0; list && i < list->count(); ++i)
            list->item(i)->setCheckState(Qt::Checked);
    }
    void applyStep(QWizard& wizard)
    {
        auto* apply = onPage<QPushButton>(wizard, "applyButton");
        if (apply && apply->isEnabled())
            QTest::mouseClick(apply, Qt::LeftButton);
        tickAll(wizard);
        ASSERT_TRUE(waitForNext(wizard)) << wizard.currentPage()->objectName().toStdString();
    }
};

TEST_F(RestoreWizardTest, FailsTheGroupOverToTheDestinationEndToEnd)
{
    startLogShipping();
    ASSERT_TRUE(lab->advance(2 * 3600).ok());
    auto backend = std::make_shared<LabBackend>(lab->root());
    RestoreWizard wizard(backend);
    wizard.show();

    EXPECT_EQ(wizard.currentPage()->objectName(), QStringLiteral("preflightPage"));
    auto* outcome = onPage<QLabel>(wizard, "restoreOutcomeLabel");
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            return outcome->text().contains(
                QStringLiteral("Restoring now brings every database to mark BTS_"));
        },
        20000))
        << outcome->text().toStdString();
    // The source still answers: a warning that needs the operator's word.
    EXPECT_FALSE(wizard.button(QWizard::NextButton)->isEnabled());
    onPage<QCheckBox>(wizard, "acceptWarningsCheckBox")->setChecked(true);
    ASSERT_TRUE(waitForNext(wizard));
    next(wizard);

    EXPECT_EQ(wizard.currentPage()->objectName(), QStringLiteral("confirmFailoverPage"));
    EXPECT_FALSE(wizard.button(QWizard::NextButton)->isEnabled());
    QTest::keyClicks(onPage<QLineEdit>(wizard, "confirmFailoverLineEdit"),
                     QStringLiteral("LABSQL01"));
    ASSERT_TRUE(waitForNext(wizard));
    next(wizard);

    EXPECT_EQ(wizard.currentPage()->objectName(), QStringLiteral("stopSourcePage"));
    EXPECT_TRUE(onPage<QPlainTextEdit>(wizard, "applySqlEdit")
                    ->toPlainText()
                    .contains(QStringLiteral(
                        "@job_name = N'Backup BizTalk Server (BizTalkMgmtDb)', @enabled = 0;")));
    applyStep(wizard);
    next(wizard);

    EXPECT_EQ(wizard.currentPage()->objectName(), QStringLiteral("stopShippingPage"));
    const QString shipping = onPage<QPlainTextEdit>(wizard, "applySqlEdit")->toPlainText();
    EXPECT_EQ(shipping.count(QStringLiteral("@enabled = 0")), 2) << shipping.toStdString();
    EXPECT_TRUE(shipping.contains(QStringLiteral(
        "EXEC [msdb].[dbo].[sp_start_job] @job_name = N'BTS Log Shipping - Restore Databases';")));
    applyStep(wizard);
    next(wizard);

    EXPECT_EQ(wizard.currentPage()->objectName(), QStringLiteral("restoreToMarkPage"));
    QTest::mouseClick(onPage<QPushButton>(wizard, "applyButton"), Qt::LeftButton);
    ASSERT_TRUE(waitForNext(wizard))
        << onPage<QLabel>(wizard, "restoreProgressLabel")->text().toStdString();
    auto* states = onPage<QTreeWidget>(wizard, "databaseStatesTree");
    EXPECT_EQ(states->topLevelItemCount(), 10);
    for (int i = 0; i < states->topLevelItemCount(); ++i)
        EXPECT_EQ(states->topLevelItem(i)->text(2), QStringLiteral("ONLINE"))
            << states->topLevelItem(i)->text(1).toStdString();
    next(wizard);

    EXPECT_EQ(wizard.currentPage()->objectName(), QStringLiteral("updateInfoPage"));
    auto* path = onPage<QLineEdit>(wizard, "updateInfoPathLineEdit");
    path->setText(this->path(QStringLiteral("SampleUpdateInfo.xml")));
    QTest::mouseClick(onPage<QPushButton>(wizard, "saveUpdateInfoButton"), Qt::LeftButton);
    ASSERT_TRUE(waitForNext(wizard));
    QFile xml(path->text());
    ASSERT_TRUE(xml.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(xml.readAll());
    EXPECT_TRUE(text.contains(
        QStringLiteral("<MessageBoxDB oldDBName=\"BizTalkMsgBoxDb\" oldDBServer=\"LABSQL01\" "
                       "newDBName=\"BizTalkMsgBoxDb\" newDBServer=\"LABSQL02\" IsMaster=\"1\"/>")))
        << text.toStdString();
    next(wizard);

    EXPECT_EQ(wizard.currentPage()->objectName(), QStringLiteral("managementUpdatePage"));
    auto* sql = onPage<QPlainTextEdit>(wizard, "applySqlEdit");
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return sql->toPlainText().contains(QStringLiteral("UPDATE dbo.adm_Group")); }, 20000))
        << sql->toPlainText().toStdString();
    const QString updates = sql->toPlainText();
    EXPECT_TRUE(updates.contains(QStringLiteral(
        "UPDATE dbo.adm_MessageBox\nSET DBName = N'BizTalkMsgBoxDb2', DBServerName = N'LABSQL02'\n"
        "WHERE DBName = N'BizTalkMsgBoxDb2' AND DBServerName = N'LABSQL03';")))
        << updates.toStdString();
    EXPECT_TRUE(updates.contains(QStringLiteral("[bts_UpdateCopyTrackedMessagesJob]")));
    EXPECT_FALSE(updates.contains(QStringLiteral("adm_Server"))) << "only when asked";
    applyStep(wizard);
    next(wizard);

    EXPECT_EQ(wizard.currentPage()->objectName(), QStringLiteral("afterRestorePage"));
    EXPECT_FALSE(wizard.button(QWizard::NextButton)->isEnabled()) << "every item ticked first";
    tickAll(wizard);
    ASSERT_TRUE(waitForNext(wizard));
    next(wizard);

    EXPECT_EQ(wizard.currentPage()->objectName(), QStringLiteral("restoreReportPage"));
    EXPECT_FALSE(wizard.button(QWizard::FinishButton)->isEnabled())
        << "the report is written first";
    const QString report = this->path(QStringLiteral("failover.html"));
    onPage<QLineEdit>(wizard, "reportPathLineEdit")->setText(report);
    QTest::mouseClick(onPage<QPushButton>(wizard, "writeReportButton"), Qt::LeftButton);
    EXPECT_TRUE(wizard.button(QWizard::FinishButton)->isEnabled())
        << onPage<QLabel>(wizard, "reportResultLabel")->text().toStdString();
    QFile html(report);
    ASSERT_TRUE(html.open(QIODevice::ReadOnly));
    const QString content = QString::fromUtf8(html.readAll());
    EXPECT_TRUE(content.contains(QStringLiteral("Failover of BizTalkMgmtDb on LABSQL01")));
    EXPECT_TRUE(content.contains(QStringLiteral("sp_start_job")));
    EXPECT_TRUE(content.contains(QStringLiteral("BTS Log Shipping - Restore To Mark")));
    EXPECT_TRUE(content.contains(QStringLiteral("done by hand")));
    EXPECT_GT(QFileInfo(this->path(QStringLiteral("failover.pdf"))).size(), 1000);

    // The destination is now the group: every database on LABSQL02, ONLINE, and manageable.
    QString server;
    QObject::connect(&wizard, &RestoreWizard::newGroupRequested, &wizard,
                     [&](const QString& s) { server = s; });
    auto* open = onPage<QPushButton>(wizard, "openNewGroupButton");
    ASSERT_TRUE(open->isEnabled());
    QTest::mouseClick(open, Qt::LeftButton);
    EXPECT_EQ(server, QStringLiteral("LABSQL02"));
    EXPECT_FALSE(wizard.isVisible());
    const auto group = backend->groupAt(server, QStringLiteral("BizTalkMgmtDb"))->readSnapshot();
    ASSERT_TRUE(group.ok()) << group.error().sentence().toStdString();
    int inJob = 0;
    for (const GroupDatabase& db : group.value().databases) {
        if (!db.inBackupJob)
            continue;
        ++inJob;
        EXPECT_EQ(db.server, QStringLiteral("LABSQL02")) << db.actualName.toStdString();
    }
    EXPECT_EQ(inJob, 10);

    // The console then manages it, and opens the source wizard to give it a backup job.
    MainWindow window;
    window.show();
    window.openFailedOverGroup(backend->groupAt(server, QStringLiteral("BizTalkMgmtDb")));
    ASSERT_TRUE(refreshAndWait(*window.monitor()));
    EXPECT_TRUE(window.findChild<QLabel*>(QStringLiteral("environmentLabel"))
                    ->text()
                    .contains(QStringLiteral("LABSQL02")));
    const QAbstractItemModel* grid =
        window.findChild<QAbstractItemView*>(QStringLiteral("databaseTable"))->model();
    EXPECT_EQ(cellOf(*grid, DatabaseStatusModel::ActualNameColumn,
                     QStringLiteral("BizTalkMsgBoxDb2"), DatabaseStatusModel::ServerColumn),
              QStringLiteral("LABSQL02"));
    QWizard* sourceWizard = nullptr;
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return (sourceWizard = window.findChild<QWizard*>(QStringLiteral("sourceWizard"))); },
        20000));
    EXPECT_TRUE(sourceWizard->isVisible());
}

TEST_F(RestoreWizardTest, ClosedHalfWayItResumesAfterTheLastStepThatRan)
{
    startLogShipping();
    ASSERT_TRUE(lab->advance(2 * 3600).ok());
    auto backend = std::make_shared<LabBackend>(lab->root());
    {
        RestoreWizard first(backend);
        first.show();
        passPreflightAndConfirm(first);
        applyStep(first); // stop the source
        next(first);
        applyStep(first); // stop log shipping
        EXPECT_EQ(first.currentPage()->objectName(), QStringLiteral("stopShippingPage"));
    } // closed here, as an operator might, or a crash would
    ASSERT_TRUE(RestoreWizard::hasUnfinishedFailover(*backend));
    // The step as the operator saw it, by its page's title, not the page's internal name.
    const QString description = RestoreWizard::unfinishedFailoverDescription(*backend);
    EXPECT_TRUE(description.contains(QStringLiteral("after the step 'Stop log shipping'")))
        << description.toStdString();
    EXPECT_FALSE(description.contains(QStringLiteral("stopShippingPage")));

    RestoreWizard resumed(backend, true);
    resumed.show();
    EXPECT_EQ(resumed.currentPage()->objectName(), QStringLiteral("restoreToMarkPage"));
    auto* apply = onPage<QPushButton>(resumed, "applyButton");
    ASSERT_TRUE(QTest::qWaitFor([&] { return apply->isEnabled(); }, 20000))
        << "the plan is read again";
    EXPECT_TRUE(onPage<QPlainTextEdit>(resumed, "applySqlEdit")
                    ->toPlainText()
                    .contains(QStringLiteral("Restore To Mark")));
    QTest::mouseClick(apply, Qt::LeftButton);
    ASSERT_TRUE(waitForNext(resumed));
    auto* states = onPage<QTreeWidget>(resumed, "databaseStatesTree");
    for (int i = 0; i < states->topLevelItemCount(); ++i)
        EXPECT_EQ(states->topLevelItem(i)->text(2), QStringLiteral("ONLINE"));
}

TEST_F(RestoreWizardTest, WithTheSourceLostItRestoresFromWhatTheDestinationImported)
{
    startLogShipping();
    ASSERT_TRUE(lab->advance(2 * 3600).ok());
    ASSERT_TRUE(
        lab->setFault(LabFault::ServerLost, LabTopology::SourceServer, QString(), true).ok());
    ASSERT_TRUE(lab->advance(30 * 60).ok()); // the destination cannot import any more
    auto backend = std::make_shared<LabBackend>(lab->root());
    ASSERT_FALSE(backend->readSnapshot().ok()) << "the console cannot reach LABSQL01";

    RestoreWizard wizard(backend);
    wizard.show();
    auto* outcome = onPage<QLabel>(wizard, "restoreOutcomeLabel");
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return outcome->text().contains(QStringLiteral("Restoring now")); }, 20000))
        << outcome->text().toStdString();
    EXPECT_TRUE(outcome->text().contains(QStringLiteral("of what the destinations imported")))
        << outcome->text().toStdString();
    EXPECT_TRUE(onPage<QLabel>(wizard, "preflightFindingsLabel")
                    ->accessibleDescription()
                    .contains(QStringLiteral("LABSQL01 cannot be reached")));
    passPreflightAndConfirmAfterCheck(wizard);

    EXPECT_EQ(wizard.currentPage()->objectName(), QStringLiteral("stopSourcePage"));
    EXPECT_EQ(onPage<QPlainTextEdit>(wizard, "applySqlEdit")->toPlainText(),
              QStringLiteral("-- Nothing to change."));
    applyStep(wizard); // only the checklist: what no longer applies is ticked
    next(wizard);
    applyStep(wizard); // stop log shipping on LABSQL02
    next(wizard);
    QTest::mouseClick(onPage<QPushButton>(wizard, "applyButton"), Qt::LeftButton);
    ASSERT_TRUE(waitForNext(wizard))
        << onPage<QLabel>(wizard, "restoreProgressLabel")->text().toStdString();
    auto* states = onPage<QTreeWidget>(wizard, "databaseStatesTree");
    EXPECT_EQ(states->topLevelItemCount(), 10);
    for (int i = 0; i < states->topLevelItemCount(); ++i)
        EXPECT_EQ(states->topLevelItem(i)->text(2), QStringLiteral("ONLINE"));
    next(wizard);

    // The file is filled from the management database restored on LABSQL02, which still names
    // the old servers.
    EXPECT_EQ(wizard.currentPage()->objectName(), QStringLiteral("updateInfoPage"));
    auto* table = onPage<QTableWidget>(wizard, "updateInfoTable");
    ASSERT_TRUE(QTest::qWaitFor([&] { return table->rowCount() > 0; }, 20000))
        << onPage<QLabel>(wizard, "updateInfoFindingsLabel")->text().toStdString();
    QStringList oldServers;
    QString managementWas;
    for (int r = 0; r < table->rowCount(); ++r) {
        if (table->item(r, 0)->text() == roleName(DatabaseRole::Management)) {
            managementWas = table->item(r, 1)->text();
        }
        oldServers.append(table->item(r, 1)->text());
    }
    EXPECT_EQ(managementWas, QStringLiteral("LABSQL01"));
    EXPECT_TRUE(oldServers.contains(QStringLiteral("LABSQL03")));
    onPage<QLineEdit>(wizard, "updateInfoPathLineEdit")
        ->setText(path(QStringLiteral("SampleUpdateInfo.xml")));
    QTest::mouseClick(onPage<QPushButton>(wizard, "saveUpdateInfoButton"), Qt::LeftButton);
    ASSERT_TRUE(waitForNext(wizard));
    next(wizard);

    EXPECT_EQ(wizard.currentPage()->objectName(), QStringLiteral("managementUpdatePage"));
    auto* apply = onPage<QPushButton>(wizard, "applyButton");
    ASSERT_TRUE(QTest::qWaitFor([&] { return apply->isEnabled(); }, 20000));
    applyStep(wizard);
    next(wizard);
    tickAll(wizard);
    ASSERT_TRUE(waitForNext(wizard));
    next(wizard);
    onPage<QLineEdit>(wizard, "reportPathLineEdit")->setText(path(QStringLiteral("lost.html")));
    QTest::mouseClick(onPage<QPushButton>(wizard, "writeReportButton"), Qt::LeftButton);
    QTest::mouseClick(onPage<QPushButton>(wizard, "openNewGroupButton"), Qt::LeftButton);
    EXPECT_FALSE(wizard.isVisible());

    // LABSQL02 is now the group, ONLINE, with LABSQL01 still lost.
    const auto group =
        backend->groupAt(LabTopology::DestinationServer, LabTopology::ManagementDatabase)
            ->readSnapshot();
    ASSERT_TRUE(group.ok()) << group.error().sentence().toStdString();
    int online = 0;
    for (const GroupDatabase& db : group.value().databases) {
        if (!db.inBackupJob)
            continue;
        EXPECT_EQ(db.server, LabTopology::DestinationServer) << db.actualName.toStdString();
        online += db.state == QStringLiteral("ONLINE") ? 1 : 0;
    }
    EXPECT_EQ(online, 10);
}
