#include "TempDir.h"

#include "lab/Lab.h"
#include "lab/LabBackend.h"
#include "source/SourceContext.h"
#include "source/SourceWizard.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>

using namespace bts;

// A connection lost in the middle of Apply: the wizard says which statements ran, which failed
// and which did not run; reading again plans only what is left, and applying it converges.
TEST(SourceWizardRecovery, AConnectionLostHalfWayIsReportedAndRetryConverges)
{
    QTemporaryDir dir;
    Lab lab(dir.filePath(QStringLiteral("lab")));
    ASSERT_TRUE(lab.reset(QDateTime(QDate(2026, 11, 23), QTime(21, 55), Qt::UTC)).ok());
    auto backend = std::make_shared<LabBackend>(lab.root());
    auto context = readSourceContext(*backend);
    ASSERT_TRUE(context.ok());

    SourceWizard wizard(backend, context.value());
    wizard.show();
    wizard.findChild<QLineEdit*>(QStringLiteral("fullPathLineEdit"))->setText(lab.backupFolder());
    for (int page = 0; page < 4; ++page)
        wizard.next();
    ASSERT_EQ(wizard.currentPage()->objectName(), QStringLiteral("summaryPage"));

    backend->dropConnectionAfter(1); // the second of three statements meets a dead connection
    QTest::mouseClick(wizard.findChild<QPushButton*>(QStringLiteral("applyButton")),
                      Qt::LeftButton);
    auto* retry = wizard.findChild<QPushButton*>(QStringLiteral("applyRetryButton"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return retry->isVisible(); }, 10000));
    auto* results = wizard.findChild<QListWidget*>(QStringLiteral("applyResultList"));
    ASSERT_EQ(results->count(), 3);
    EXPECT_TRUE(results->item(0)->text().endsWith(QStringLiteral("done.")));
    EXPECT_TRUE(results->item(1)->text().contains(
        QStringLiteral("FAILED. The connection to LABSQL01 was lost")))
        << results->item(1)->text().toStdString();
    EXPECT_TRUE(results->item(2)->text().endsWith(QStringLiteral("not run.")));
    EXPECT_FALSE(wizard.button(QWizard::NextButton)->isEnabled());

    QTest::mouseClick(retry, Qt::LeftButton);
    auto* sql = wizard.findChild<QPlainTextEdit*>(QStringLiteral("applySqlEdit"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return !retry->isVisible(); }, 10000));
    EXPECT_FALSE(sql->toPlainText().contains(QStringLiteral("Step 2 (BackupFull)")))
        << "it already ran";
    EXPECT_TRUE(sql->toPlainText().contains(QStringLiteral("Step 3 (MarkAndBackupLog)")));
    QTest::mouseClick(wizard.findChild<QPushButton*>(QStringLiteral("applyButton")),
                      Qt::LeftButton);
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return wizard.button(QWizard::NextButton)->isEnabled(); }, 10000));

    auto after = readSourceContext(*backend);
    ASSERT_TRUE(after.ok());
    EXPECT_TRUE(after.value().snapshot.job.enabled);
    SourceJobConfig config = SourceJobConfig::fromContext(after.value());
    EXPECT_EQ(config.logBackupPath, lab.backupFolder());
}

TEST(SourceWizardRecovery, AStepItCannotReadIsShownAsItIsBeforeBeingReplaced)
{
    QTemporaryDir dir;
    Lab lab(dir.filePath(QStringLiteral("lab")));
    ASSERT_TRUE(lab.reset(QDateTime(QDate(2026, 11, 23), QTime(21, 55), Qt::UTC)).ok());
    auto backend = std::make_shared<LabBackend>(lab.root());
    const QString odd = QStringLiteral("IF (sys.fn_hadr_is_primary_replica('BizTalkMgmtDb') = 1) "
                                       "exec [dbo].[sp_MarkAll] 'BTS', 'x'");
    ServerCommand edit;
    edit.server = QStringLiteral("LABSQL01");
    edit.database = QStringLiteral("msdb");
    edit.procedure = {QStringLiteral("msdb"), QStringLiteral("dbo"),
                      QStringLiteral("sp_update_jobstep")};
    edit.parameters = {
        {QStringLiteral("job_name"), QStringLiteral("Backup BizTalk Server (BizTalkMgmtDb)")},
        {QStringLiteral("step_id"), 3},
        {QStringLiteral("command"), odd}};
    ASSERT_TRUE(backend->execute(edit).ok());
    auto context = readSourceContext(*backend);
    ASSERT_TRUE(context.ok());

    SourceWizard wizard(backend, context.value());
    wizard.show();
    wizard.findChild<QLineEdit*>(QStringLiteral("fullPathLineEdit"))->setText(lab.backupFolder());
    for (int page = 0; page < 4; ++page)
        wizard.next();
    auto* warning = wizard.findChild<QLabel*>(QStringLiteral("overwriteWarningLabel"));
    EXPECT_TRUE(warning->isVisible());
    EXPECT_TRUE(warning->text().contains(odd.toHtmlEscaped())) << warning->text().toStdString();
    auto* apply = wizard.findChild<QPushButton*>(QStringLiteral("applyButton"));
    EXPECT_FALSE(apply->isEnabled()) << "not without the operator's word";
    wizard.findChild<QCheckBox*>(QStringLiteral("acknowledgeOverwriteCheckBox"))->setChecked(true);
    EXPECT_TRUE(apply->isEnabled());
}
