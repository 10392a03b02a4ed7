#include "SecretScan.h"
#include "TempDir.h"

#include "Logging.h"
#include "actions/CallSequence.h"
#include "core/AuditLog.h"
#include "group/GroupMonitor.h"
#include "mssql/OdbcConnectionString.h"
#include "mssql/SqlServerBackend.h"
#include "restore/RestoreProgress.h"

#include <QHostAddress>
#include <QSettings>
#include <QTcpServer>
#include <QTest>

#include <optional>

#include <spdlog/spdlog.h>

#include <gtest/gtest.h>

using namespace bts;

namespace {

// A port on 127.0.0.1 that nothing listens on: taken from the system, then released.
quint16 closedPort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 1; // tcpmux: nothing listens there on a test machine
    const quint16 port = server.serverPort();
    server.close();
    return port;
}

} // namespace

// A distinctive password goes into the SQL login, then the console does everything that writes
// to disk: log, audit log, a failed connection through FreeTDS, the restore progress store and
// report, settings. No file under the console's folders may then hold the password.
class PlantedPasswordTest : public TempDirTest {
protected:
    void SetUp() override
    {
        started = QDateTime::currentDateTime();
        password = plantedPassword();
        settings.odbcDriver = QStringLiteral("FreeTDS");
        settings.server = QStringLiteral("127.0.0.1");
        settings.port = closedPort();
        settings.authentication = ConnectionSettings::Authentication::SqlLogin;
        settings.userName = QStringLiteral("bts_operator");
        settings.password = password;
        settings.encrypt = false;
        settings.loginTimeoutSeconds = 3;
        settings.queryTimeoutSeconds = 3;
        // Trace: everything the console could log ends up in the file we search.
        initLogging(QStringLiteral("trace"));
    }

    void TearDown() override { spdlog::set_level(spdlog::level::warn); }

    void expectNoSecretIn(const QString& what, const QString& text) const
    {
        const QString tail = password.section(QLatin1Char('-'), -1);
        EXPECT_FALSE(text.contains(password) || text.contains(tail))
            << what.toStdString() << ": " << text.toStdString();
    }

    QDateTime started;
    QString password;
    ConnectionSettings settings;
};

TEST_F(PlantedPasswordTest, NeverReachesAnyFileTheConsoleWrites)
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QODBC")))
        GTEST_SKIP() << "the QODBC driver is not installed";

    // The connection string: the real one carries the password, the redacted one must not.
    ASSERT_TRUE(OdbcConnectionString::build(settings, QStringLiteral("master"))
                    .contains(OdbcConnectionString::quoteValue(password)));
    const QString redacted = OdbcConnectionString::redacted(settings, QStringLiteral("master"));
    expectNoSecretIn(QStringLiteral("redacted connection string"), redacted);
    spdlog::info("Connecting with {}", redacted.toStdString());

    // A failed read through the monitor, which logs the error (sentence and driver text).
    auto backend = std::make_shared<SqlServerBackend>(settings, QStringLiteral("BizTalkMgmtDb"));
    GroupMonitor monitor;
    std::optional<DbError> failure;
    QObject::connect(&monitor, &GroupMonitor::refreshFailed,
                     [&failure](const DbError& e) { failure = e; });
    monitor.setBackend(backend);
    monitor.refresh();
    ASSERT_TRUE(QTest::qWaitFor([&] { return failure.has_value(); }, 30000))
        << "the connection attempt never failed";
    const DbError error = *failure;
    EXPECT_NE(error.kind, DbError::Kind::DriverMissing) << error.sentence().toStdString();
    expectNoSecretIn(QStringLiteral("sentence"), error.sentence());
    expectNoSecretIn(QStringLiteral("driver text"), error.driverText);
    expectNoSecretIn(QStringLiteral("advice"), error.advice);

    // A change that fails to connect: audit line, outcome, restore report and progress store.
    ServerCommand call;
    call.server = settings.displayName();
    call.database = QStringLiteral("msdb");
    call.procedure = {QStringLiteral("msdb"), QStringLiteral("dbo"),
                      QStringLiteral("sp_start_job")};
    call.parameters = {{QStringLiteral("job_name"), QStringLiteral("Backup BizTalk Server")}};
    call.purpose = QStringLiteral("Start the backup job");
    const QVector<CallOutcome> outcomes = runCallSequence(*backend, {call});
    ASSERT_EQ(outcomes.size(), 1);
    EXPECT_FALSE(outcomes.first().status.ok());
    expectNoSecretIn(QStringLiteral("call outcome"), outcomes.first().status.error().sentence());
    expectNoSecretIn(QStringLiteral("call driver text"),
                     outcomes.first().status.error().driverText);
    auditStatement(call.server, call.database, call.previewSql(), outcomes.first().status);

    RestoreProgress progress;
    progress.lastCompletedPage = QStringLiteral("restoreToMarkPage");
    progress.report.group = QStringLiteral("BizTalkMgmtDb on ") + settings.displayName();
    progress.report.operatorName = currentOperatorName();
    progress.report.addOutcomes(QStringLiteral("Start the backup job"), outcomes);
    const QString group = QStringLiteral("planted-") + QUuid::createUuid().toString(QUuid::Id128);
    RestoreProgressStore store(group);
    store.save(progress);
    const QString html = progress.report.toHtml();
    expectNoSecretIn(QStringLiteral("restore report"), html);
    QFile report(path(QStringLiteral("restore-report.html")));
    ASSERT_TRUE(report.open(QIODevice::WriteOnly));
    report.write(html.toUtf8());
    report.close();

    // What the console keeps in its settings about a connection: everything but the password.
    {
        QSettings stored;
        stored.setValue(QStringLiteral("planted/server"), settings.displayName());
        stored.setValue(QStringLiteral("planted/user"), settings.userName);
        stored.setValue(QStringLiteral("planted/connection"), redacted);
        stored.sync();
    }

    spdlog::default_logger()->flush();
    auditLogger()->flush();
    const QStringList folders = writableFolders({path(), logFolder()});
    ASSERT_TRUE(QFileInfo::exists(logFolder() + QStringLiteral("/bts-logship.log")));
    ASSERT_TRUE(QFileInfo::exists(logFolder() + QStringLiteral("/audit.log")));
    // The search itself works: a file holding the password is found.
    {
        QFile canary(path(QStringLiteral("canary.txt")));
        ASSERT_TRUE(canary.open(QIODevice::WriteOnly));
        canary.write(password.toUtf8());
    }
    EXPECT_EQ(filesContaining(password, folders, started),
              QStringList{path(QStringLiteral("canary.txt"))});
    QFile::remove(path(QStringLiteral("canary.txt")));

    const QStringList hits = filesContaining(password, folders, started);
    EXPECT_TRUE(hits.isEmpty()) << hits.join(QLatin1Char('\n')).toStdString();

    store.clear();
    QSettings().remove(QStringLiteral("planted"));
}
