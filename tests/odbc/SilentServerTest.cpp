#include "mssql/OdbcConnector.h"
#include "mssql/OdbcDrivers.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QTcpServer>

#include <gtest/gtest.h>

using namespace bts;

// A server that accepts the TCP connection and then says nothing: the case where a driver can
// hang for minutes. The kernel completes the handshake from the listen backlog, so the test
// needs no event loop to play the silent server.
TEST(SilentServer, LoginTimeoutBoundsTheWait)
{
    if (!installedOdbcDrivers().contains(QStringLiteral("FreeTDS")))
        GTEST_SKIP() << "the FreeTDS ODBC driver is not installed";
    QTcpServer silent;
    ASSERT_TRUE(silent.listen(QHostAddress::LocalHost, 0));

    ConnectionSettings s;
    s.odbcDriver = QStringLiteral("FreeTDS");
    s.server = QStringLiteral("127.0.0.1");
    s.port = silent.serverPort();
    s.authentication = ConnectionSettings::Authentication::SqlLogin;
    s.userName = QStringLiteral("bts_probe");
    s.password = QStringLiteral("Silent-Planted-Secret");
    s.loginTimeoutSeconds = 3;

    QElapsedTimer timer;
    timer.start();
    const Result<QSqlDatabase> db = OdbcConnector(s).open(QStringLiteral("BizTalkMgmtDb"));
    const qint64 ms = timer.elapsed();
    ASSERT_FALSE(db.ok());
    EXPECT_GE(ms, 2500) << "it waited for the login timeout";
    EXPECT_LT(ms, 10000) << "and not much longer";
    EXPECT_TRUE(db.error().kind == DbError::Kind::Timeout ||
                db.error().kind == DbError::Kind::ConnectionFailed)
        << db.error().sentence().toStdString();
    EXPECT_FALSE(db.error().sentence().contains(s.password));
    EXPECT_FALSE(db.error().driverText.contains(s.password));
}
