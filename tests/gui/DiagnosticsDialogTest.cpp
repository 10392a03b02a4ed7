#include "diagnostics/DiagnosticsDialog.h"
#include "diagnostics/AuditLogDialog.h"

#include "Logging.h"
#include "MainWindow.h"
#include "TempDir.h"
#include "core/AuditLog.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QUuid>

using namespace bts;

TEST(DiagnosticsDialog, ShowsTheReportReadOnlyAndCopiesIt)
{
    DiagnosticsDialog dialog({QStringLiteral("/logs"), QStringLiteral("/logs/audit.log"), {}});
    dialog.show();
    auto* text = dialog.findChild<QPlainTextEdit*>(QStringLiteral("diagnosticsText"));
    ASSERT_NE(text, nullptr);
    EXPECT_TRUE(text->isReadOnly());
    EXPECT_TRUE(text->toPlainText().contains(QStringLiteral("Qt version: ") +
                                             QString::fromLatin1(qVersion())));
    EXPECT_TRUE(text->toPlainText().contains(QStringLiteral("QODBC")));

    QApplication::clipboard()->clear();
    auto* copy = dialog.findChild<QPushButton*>(QStringLiteral("copyDiagnosticsButton"));
    ASSERT_NE(copy, nullptr);
    QTest::mouseClick(copy, Qt::LeftButton);
    EXPECT_EQ(QApplication::clipboard()->text(), text->toPlainText());
}

class AuditLogDialogTest : public TempDirTest {};

// Two lines as core/AuditLog.cpp writes them, then the dialog shows them, newest first, and
// the filter narrows them down.
TEST_F(AuditLogDialogTest, ShowsWhatTheAuditLogHoldsAndFilters)
{
    QFile file(path(QStringLiteral("audit.log")));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("2026-11-23T21:55:00.123+00:00 user=alice server=LABSQL01 database=msdb "
               "outcome=succeeded sql=EXEC [msdb].[dbo].[sp_start_job] @job_name = N'Backup';\n"
               "2026-11-23T21:56:00.000+00:00 user=bob server=LABSQL02 database=master "
               "outcome=failed: Login failed on LABSQL02. sql=EXEC sp_configure;\n");
    file.close();

    AuditLogDialog dialog(file.fileName());
    dialog.show();
    auto* table = dialog.findChild<QTableView*>(QStringLiteral("auditTable"));
    ASSERT_NE(table, nullptr);
    QAbstractItemModel* model = table->model();
    ASSERT_TRUE(QTest::qWaitFor([&] { return model->rowCount() == 2; }, 10000));
    EXPECT_EQ(model->columnCount(), 6);
    EXPECT_EQ(model->index(0, 1).data().toString(), QStringLiteral("bob"));
    EXPECT_EQ(model->index(0, 2).data().toString(), QStringLiteral("LABSQL02"));
    EXPECT_EQ(model->index(0, 4).data().toString(),
              QStringLiteral("failed: Login failed on LABSQL02."));
    EXPECT_EQ(model->index(1, 5).data().toString(),
              QStringLiteral("EXEC [msdb].[dbo].[sp_start_job] @job_name = N'Backup';"));

    auto* filter = dialog.findChild<QLineEdit*>(QStringLiteral("auditFilterLineEdit"));
    ASSERT_NE(filter, nullptr);
    QTest::keyClicks(filter, QStringLiteral("sp_start"));
    ASSERT_EQ(model->rowCount(), 1);
    EXPECT_EQ(model->index(0, 1).data().toString(), QStringLiteral("alice"));
    filter->clear();
    EXPECT_EQ(model->rowCount(), 2);

    // The file grows while the console runs: Reload reads it again.
    ASSERT_TRUE(file.open(QIODevice::Append));
    file.write("2026-11-23T22:00:00.000+00:00 user=carol server=LABSQL01 database=msdb "
               "outcome=succeeded sql=SELECT 1;\n");
    file.close();
    QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("reloadAuditButton")),
                      Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&] { return model->rowCount() == 3; }, 10000));
    EXPECT_EQ(model->index(0, 1).data().toString(), QStringLiteral("carol"));
}

// The writer and the reader agree: two statements audited through core/AuditLog.cpp, with the
// console's logging set up, show up in the dialog with every column in place.
TEST(AuditLogDialog, ShowsStatementsTheConsoleAudited)
{
    initLogging(QStringLiteral("warn"));
    const QString marker = QUuid::createUuid().toString(QUuid::Id128);
    const QString server = QStringLiteral("SRV-") + marker;
    auditStatement(server, QStringLiteral("msdb"),
                   QStringLiteral("EXEC sp_start_job\n  @job_name = N'it''s \"quoted\"';"),
                   success());
    auditStatement(server, QStringLiteral("master"), QStringLiteral("EXEC sp_configure;"),
                   DbError::queryFailed(QStringLiteral("Permission denied"), server));

    AuditLogDialog dialog(logFolder() + QStringLiteral("/audit.log"));
    dialog.show();
    auto* table = dialog.findChild<QTableView*>(QStringLiteral("auditTable"));
    ASSERT_NE(table, nullptr);
    QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("auditFilterLineEdit")), marker);
    QAbstractItemModel* model = table->model();
    ASSERT_TRUE(QTest::qWaitFor([&] { return model->rowCount() == 2; }, 10000));
    EXPECT_EQ(model->index(0, 2).data().toString(), server);
    EXPECT_EQ(model->index(0, 3).data().toString(), QStringLiteral("master"));
    EXPECT_TRUE(model->index(0, 4).data().toString().startsWith(QLatin1String("failed: ")));
    EXPECT_EQ(model->index(1, 4).data().toString(), QStringLiteral("succeeded"));
    EXPECT_EQ(model->index(1, 5).data().toString(),
              QStringLiteral("EXEC sp_start_job   @job_name = N'it''s \"quoted\"';"));
    EXPECT_FALSE(model->index(1, 1).data().toString().isEmpty());
}

// Help > Diagnostics and Help > Audit log open on the paths the application passed in.
TEST_F(AuditLogDialogTest, TheMainWindowsHelpMenuOpensBothDialogs)
{
    MainWindow window;
    window.setLogPaths(path(QStringLiteral("logs")), path(QStringLiteral("logs/audit.log")));
    window.show();

    auto* diagnostics = window.findChild<QAction*>(QStringLiteral("diagnosticsAction"));
    ASSERT_NE(diagnostics, nullptr);
    EXPECT_EQ(diagnostics->text(), QStringLiteral("&Diagnostics..."));
    diagnostics->trigger();
    auto* dialog = window.findChild<DiagnosticsDialog*>();
    ASSERT_NE(dialog, nullptr);
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_TRUE(
        dialog->text().contains(QStringLiteral("Audit log: ") +
                                QDir::toNativeSeparators(path(QStringLiteral("logs/audit.log")))));
    dialog->close();

    auto* audit = window.findChild<QAction*>(QStringLiteral("auditLogAction"));
    ASSERT_NE(audit, nullptr);
    audit->trigger();
    auto* auditDialog = window.findChild<AuditLogDialog*>();
    ASSERT_NE(auditDialog, nullptr);
    EXPECT_TRUE(auditDialog->isVisible());
    // No audit.log yet: an empty table, not an error.
    auto* status = auditDialog->findChild<QLabel*>(QStringLiteral("auditStatusLabel"));
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return status->text().startsWith(QLatin1String("0 ")); }, 10000))
        << status->text().toStdString();
    auditDialog->close();
}
