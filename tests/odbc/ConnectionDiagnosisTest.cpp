#include "mssql/ConnectionDiagnosis.h"
#include "mssql/OdbcDrivers.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QSqlDatabase>
#include <QSqlError>
#include <QTcpServer>

#include <gtest/gtest.h>

using namespace bts;
using Cause = ConnectionDiagnosis::Cause;

namespace {

const QString planted = QStringLiteral("Diag-Pl4nted;pw");

ConnectionSettings freeTds(const QString& server, int port)
{
    ConnectionSettings s;
    s.odbcDriver = QStringLiteral("FreeTDS");
    s.server = server;
    s.port = port;
    s.authentication = ConnectionSettings::Authentication::SqlLogin;
    s.userName = QStringLiteral("bts_probe");
    s.password = planted;
    s.loginTimeoutSeconds = 3;
    return s;
}

bool canUseFreeTds()
{
    return QSqlDatabase::isDriverAvailable(QStringLiteral("QODBC")) &&
           installedOdbcDrivers().contains(QStringLiteral("FreeTDS"));
}

void expectWordsAndNoSecret(const ConnectionDiagnosis& d)
{
    EXPECT_FALSE(d.summary.isEmpty());
    EXPECT_FALSE(d.advice.isEmpty());
    EXPECT_FALSE(d.sentence().contains(QStringLiteral("Pl4nted")));
    EXPECT_FALSE(d.driverText.contains(QStringLiteral("Pl4nted")));
}

} // namespace

TEST(ConnectionDiagnosis, MissingDriverIsFoundBeforeConnecting)
{
    ConnectionSettings s = freeTds(QStringLiteral("127.0.0.1"), 1);
    s.odbcDriver = QStringLiteral("No Such Driver 99 for SQL Server");
    const auto before = diagnoseBeforeConnecting(s, {QStringLiteral("FreeTDS")}, QStringList());
    ASSERT_TRUE(before.has_value());
    EXPECT_EQ(before->cause, Cause::DriverNotInstalled);
    EXPECT_TRUE(before->summary.contains(s.odbcDriver));
    EXPECT_TRUE(before->advice.contains(QStringLiteral("FreeTDS"))) << "names what is installed";

    const ConnectionDiagnosis d = testConnection(s, QStringLiteral("master"));
    EXPECT_EQ(d.cause, Cause::DriverNotInstalled) << d.sentence().toStdString();
    expectWordsAndNoSecret(d);
}

TEST(ConnectionDiagnosis, UndefinedDataSourceAndEmptyFieldsAreFoundBeforeConnecting)
{
    ConnectionSettings s = freeTds(QStringLiteral("srv"), 0);
    s.dsn = QStringLiteral("NoSuchDsn");
    EXPECT_EQ(diagnoseBeforeConnecting(s, {}, {QStringLiteral("Other")})->cause,
              Cause::DriverNotInstalled);
    s.dsn.clear();
    s.server = QStringLiteral("  ");
    EXPECT_EQ(diagnoseBeforeConnecting(s, {QStringLiteral("FreeTDS")}, {})->cause,
              Cause::InvalidSettings);
    s.server = QStringLiteral("srv");
    s.userName.clear();
    EXPECT_EQ(diagnoseBeforeConnecting(s, {QStringLiteral("FreeTDS")}, {})->cause,
              Cause::InvalidSettings);
    s.authentication = ConnectionSettings::Authentication::Windows;
    EXPECT_FALSE(diagnoseBeforeConnecting(s, {QStringLiteral("freetds")}, {}).has_value());
}

TEST(ConnectionDiagnosis, DriverWordingIsRecognisedWithoutAProbe)
{
    const ConnectionSettings s = freeTds(QStringLiteral("sql01"), 1433);
    const auto withText = [&s](DbError::Kind kind, const char* text) {
        DbError e;
        e.kind = kind;
        e.summary = QStringLiteral("summary");
        e.advice = QStringLiteral("advice");
        e.driverText = QLatin1String(text);
        return diagnoseConnectError(e, s).cause;
    };
    using K = DbError::Kind;
    EXPECT_EQ(withText(K::ConnectionFailed, "TCP Provider: Error code 0x2AF9"),
              Cause::HostNotFound);
    EXPECT_EQ(withText(K::ConnectionFailed, "TCP Provider: Error code 0x274D"),
              Cause::ConnectionRefused);
    EXPECT_EQ(withText(K::ConnectionFailed,
                       "SSL Provider: certificate verify failed:self signed certificate"),
              Cause::TlsRefused);
    EXPECT_EQ(withText(K::Timeout, "[HYT00] Login timeout expired"), Cause::Timeout);
    EXPECT_EQ(withText(K::LoginFailed, "Login failed for user 'x'. 18456"), Cause::LoginFailed);
    EXPECT_EQ(withText(K::ConnectionFailed, "something else"), Cause::Other);
}

TEST(ConnectionDiagnosis, ClosedPortIsRefusedQuickly)
{
    if (!canUseFreeTds())
        GTEST_SKIP() << "QODBC or the FreeTDS ODBC driver is not installed";
    QElapsedTimer clock;
    clock.start();
    const ConnectionDiagnosis d =
        testConnection(freeTds(QStringLiteral("127.0.0.1"), 1), QStringLiteral("master"));
    EXPECT_LT(clock.elapsed(), 5000);
    EXPECT_EQ(d.cause, Cause::ConnectionRefused) << d.sentence().toStdString();
    EXPECT_TRUE(d.summary.contains(QStringLiteral("refused"))) << d.summary.toStdString();
    EXPECT_TRUE(d.summary.contains(QStringLiteral("port 1")));
    EXPECT_FALSE(d.driverText.isEmpty()) << "the raw text stays for the details";
    expectWordsAndNoSecret(d);
}

TEST(ConnectionDiagnosis, UnknownHostIsNamed)
{
    if (!canUseFreeTds())
        GTEST_SKIP() << "QODBC or the FreeTDS ODBC driver is not installed";
    const ConnectionDiagnosis d = testConnection(
        freeTds(QStringLiteral("no-such-host.invalid"), 1433), QStringLiteral("master"));
    EXPECT_EQ(d.cause, Cause::HostNotFound) << d.sentence().toStdString();
    EXPECT_TRUE(d.summary.contains(QStringLiteral("no-such-host.invalid")));
    EXPECT_TRUE(d.summary.contains(QStringLiteral("not known")));
    expectWordsAndNoSecret(d);
}

TEST(ConnectionDiagnosis, SilentListenerTimesOut)
{
    if (!canUseFreeTds())
        GTEST_SKIP() << "QODBC or the FreeTDS ODBC driver is not installed";
    // Accepts from the listen backlog and never speaks: no event loop needed.
    QTcpServer silent;
    ASSERT_TRUE(silent.listen(QHostAddress::LocalHost, 0));
    QElapsedTimer clock;
    clock.start();
    const ConnectionDiagnosis d = testConnection(
        freeTds(QStringLiteral("127.0.0.1"), silent.serverPort()), QStringLiteral("master"));
    EXPECT_LT(clock.elapsed(), 15000);
    EXPECT_EQ(d.cause, Cause::Timeout)
        << d.sentence().toStdString() << " / " << d.driverText.toStdString();
    EXPECT_TRUE(d.summary.contains(QStringLiteral("did not answer")));
    EXPECT_TRUE(d.summary.contains(QStringLiteral("3 seconds")));
    expectWordsAndNoSecret(d);
}
