#include "mssql/OdbcConnector.h"
#include "mssql/OdbcDrivers.h"

#include <QElapsedTimer>
#include <QSqlDatabase>

#include <gtest/gtest.h>

#include <iostream>

using bts::ConnectionSettings;
using bts::DbError;
using bts::OdbcConnector;

namespace {

const QString planted = QStringLiteral("Pl4ntedS3cret;{pw}");

ConnectionSettings closedLoopbackPort()
{
    ConnectionSettings s;
    s.odbcDriver = QStringLiteral("FreeTDS");
    s.server = QStringLiteral("127.0.0.1");
    s.port = 1; // tcpmux: nothing listens there
    s.authentication = ConnectionSettings::Authentication::SqlLogin;
    s.userName = QStringLiteral("bts_probe");
    s.password = planted;
    s.loginTimeoutSeconds = 3;
    return s;
}

void expectNoSecret(const DbError& e)
{
    for (const QString* field : {&e.summary, &e.location, &e.advice, &e.driverText}) {
        EXPECT_FALSE(field->contains(planted)) << field->toStdString();
        EXPECT_FALSE(field->contains(QStringLiteral("Pl4nted"))) << field->toStdString();
    }
    EXPECT_FALSE(e.sentence().contains(QStringLiteral("Pl4nted")));
}

} // namespace

TEST(OdbcConnector, UnreachableServerFailsFastWithAdvice)
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QODBC")))
        GTEST_SKIP() << "The Qt QODBC plugin is not installed.";
    if (!bts::installedOdbcDrivers().contains(QStringLiteral("FreeTDS")))
        GTEST_SKIP() << "The FreeTDS ODBC driver is not installed (tdsodbc).";

    const OdbcConnector connector(closedLoopbackPort());
    QElapsedTimer clock;
    clock.start();
    const auto db = connector.open(QStringLiteral("BizTalkMgmtDb"));
    const qint64 elapsed = clock.elapsed();

    ASSERT_FALSE(db.ok());
    EXPECT_LT(elapsed, 10000) << "login timeout is 3 s";
    const DbError& e = db.error();
    EXPECT_TRUE(e.kind == DbError::Kind::ConnectionFailed || e.kind == DbError::Kind::Timeout)
        << static_cast<int>(e.kind) << ": " << e.driverText.toStdString();
    EXPECT_TRUE(e.summary.contains(QStringLiteral("127.0.0.1,1"))) << e.summary.toStdString();
    EXPECT_EQ(e.location, QStringLiteral("127.0.0.1,1"));
    EXPECT_FALSE(e.advice.isEmpty());
    EXPECT_FALSE(e.driverText.isEmpty());
    expectNoSecret(e);
    std::cout << "[ info ] " << elapsed << " ms: " << e.sentence().toStdString() << "\n"
              << "[ info ] driver: " << e.driverText.toStdString() << std::endl;
}

TEST(OdbcConnector, SilentAddressGivesUpAtTheLoginTimeout)
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QODBC")))
        GTEST_SKIP() << "The Qt QODBC plugin is not installed.";
    if (!bts::installedOdbcDrivers().contains(QStringLiteral("FreeTDS")))
        GTEST_SKIP() << "The FreeTDS ODBC driver is not installed (tdsodbc).";

    // 192.0.2.1 (TEST-NET-1) is never routed: packets vanish, so only the login timeout ends
    // the attempt (or the network stack says "unreachable" at once where there is no route).
    ConnectionSettings s = closedLoopbackPort();
    s.server = QStringLiteral("192.0.2.1");
    s.port = 1433;
    QElapsedTimer clock;
    clock.start();
    const auto db = OdbcConnector(s).open(QStringLiteral("master"));
    const qint64 elapsed = clock.elapsed();

    ASSERT_FALSE(db.ok());
    EXPECT_LT(elapsed, 10000) << "login timeout is 3 s";
    const DbError& e = db.error();
    EXPECT_TRUE(e.kind == DbError::Kind::ConnectionFailed || e.kind == DbError::Kind::Timeout)
        << static_cast<int>(e.kind) << ": " << e.driverText.toStdString();
    EXPECT_TRUE(e.summary.contains(QStringLiteral("192.0.2.1,1433"))) << e.summary.toStdString();
    expectNoSecret(e);
    std::cout << "[ info ] " << elapsed << " ms: " << e.driverText.toStdString() << std::endl;
}

TEST(OdbcConnector, MissingDriverIsNamed)
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QODBC")))
        GTEST_SKIP() << "The Qt QODBC plugin is not installed.";
    ConnectionSettings s = closedLoopbackPort();
    s.odbcDriver = QStringLiteral("No Such Driver 99 for SQL Server");
    const auto db = OdbcConnector(s).open(QStringLiteral("master"));
    ASSERT_FALSE(db.ok());
    EXPECT_EQ(db.error().kind, DbError::Kind::DriverMissing) << db.error().driverText.toStdString();
    EXPECT_TRUE(db.error().summary.contains(s.odbcDriver));
    EXPECT_FALSE(db.error().advice.isEmpty());
    expectNoSecret(db.error());
}

TEST(OdbcConnector, IncompleteSettingsAreRejectedBeforeTheDriver)
{
    ConnectionSettings s = closedLoopbackPort();
    s.server.clear();
    auto db = OdbcConnector(s).open(QStringLiteral("master"));
    ASSERT_FALSE(db.ok());
    EXPECT_EQ(db.error().kind, DbError::Kind::InvalidInput);

    s = closedLoopbackPort();
    s.userName.clear();
    db = OdbcConnector(s).open(QStringLiteral("master"));
    ASSERT_FALSE(db.ok());
    EXPECT_EQ(db.error().kind, DbError::Kind::InvalidInput);
}

TEST(OdbcConnector, ConnectionKeyNamesServerDatabaseAndUserButNoPassword)
{
    const OdbcConnector connector(closedLoopbackPort());
    const QString key = connector.connectionKey(QStringLiteral("BizTalkMgmtDb"));
    EXPECT_EQ(key, QStringLiteral("mssql|127.0.0.1,1|BizTalkMgmtDb|bts_probe"));
    EXPECT_FALSE(key.contains(QStringLiteral("Pl4nted")));
    EXPECT_EQ(connector.settings().port, 1);
}
