#include "mssql/OdbcErrorClassifier.h"

#include <QSqlError>

#include <gtest/gtest.h>

using bts::classifyConnectError;
using bts::classifyQueryError;
using bts::ConnectionSettings;
using Kind = bts::DbError::Kind;

namespace {

QSqlError connectError(const QString& driverSaid, const QString& code)
{
    return QSqlError(QStringLiteral("QODBC: Unable to connect"), driverSaid,
                     QSqlError::ConnectionError, code);
}

QSqlError statementError(const QString& driverSaid, const QString& code)
{
    return QSqlError(QStringLiteral("QODBC: Unable to execute statement"), driverSaid,
                     QSqlError::StatementError, code);
}

ConnectionSettings labServer()
{
    ConnectionSettings s;
    s.odbcDriver = QStringLiteral("ODBC Driver 18 for SQL Server");
    s.server = QStringLiteral("LABSQL01");
    s.authentication = ConnectionSettings::Authentication::SqlLogin;
    s.userName = QStringLiteral("bts_operator");
    s.password = QStringLiteral("Tr0ub4dor&3");
    return s;
}

} // namespace

TEST(OdbcErrorClassifier, LoginFailed)
{
    const auto e = classifyConnectError(
        connectError(QStringLiteral("[Microsoft][ODBC Driver 18 for SQL Server][SQL Server]Login "
                                    "failed for user 'bts_operator'."),
                     QStringLiteral("18456")),
        labServer());
    EXPECT_EQ(e.kind, Kind::LoginFailed);
    EXPECT_TRUE(e.summary.contains(QStringLiteral("LABSQL01")));
    EXPECT_TRUE(e.summary.contains(QStringLiteral("bts_operator")));
    EXPECT_EQ(e.location, QStringLiteral("LABSQL01"));
    EXPECT_TRUE(e.advice.contains(QStringLiteral("password")));
    EXPECT_TRUE(e.driverText.contains(QStringLiteral("18456")));
}

TEST(OdbcErrorClassifier, DriverMissing)
{
    ConnectionSettings s = labServer();
    s.odbcDriver = QStringLiteral("ODBC Driver 19 for SQL Server");
    const auto e = classifyConnectError(
        connectError(QStringLiteral("[unixODBC][Driver Manager]Data source name not found and no "
                                    "default driver specified"),
                     QStringLiteral("IM002")),
        s);
    EXPECT_EQ(e.kind, Kind::DriverMissing);
    EXPECT_TRUE(e.summary.contains(s.odbcDriver));
    EXPECT_FALSE(e.advice.isEmpty());

    s.dsn = QStringLiteral("BizTalkLab");
    const auto dsn =
        classifyConnectError(connectError(QStringLiteral("something"), QStringLiteral("IM002")), s);
    EXPECT_EQ(dsn.kind, Kind::DriverMissing);
    EXPECT_TRUE(dsn.summary.contains(QStringLiteral("BizTalkLab")));
}

TEST(OdbcErrorClassifier, UnreachableServer)
{
    ConnectionSettings s = labServer();
    s.server = QStringLiteral("LABSQL01\\BIZTALK");
    const auto e = classifyConnectError(
        connectError(QStringLiteral("[Microsoft][ODBC Driver 18 for SQL Server]Login timeout "
                                    "expired [Microsoft][ODBC Driver 18 for SQL Server]A "
                                    "network-related or instance-specific error has occurred. "
                                    "[Microsoft][ODBC Driver 18 for SQL Server]TCP Provider: Error "
                                    "code 0x2AF9"),
                     QStringLiteral("11001")),
        s);
    EXPECT_EQ(e.kind, Kind::ConnectionFailed);
    EXPECT_EQ(e.summary, QStringLiteral("Cannot reach SQL Server LABSQL01\\BIZTALK"));
    EXPECT_TRUE(e.advice.contains(QStringLiteral("SQL Server Browser"))) << e.advice.toStdString();

    const auto freeTds = classifyConnectError(
        connectError(QStringLiteral("[FreeTDS][SQL Server]Unable to connect: Adaptive Server is "
                                    "unavailable or does not exist"),
                     QStringLiteral("20009")),
        labServer());
    EXPECT_EQ(freeTds.kind, Kind::ConnectionFailed);
    EXPECT_TRUE(freeTds.advice.contains(QStringLiteral("1433"))) << freeTds.advice.toStdString();
}

TEST(OdbcErrorClassifier, PlainTimeout)
{
    const auto e = classifyConnectError(
        connectError(QStringLiteral("[Microsoft][ODBC Driver 18 for SQL Server]Login timeout "
                                    "expired"),
                     QStringLiteral("HYT00")),
        labServer());
    EXPECT_EQ(e.kind, Kind::Timeout);
    EXPECT_TRUE(e.summary.contains(QStringLiteral("LABSQL01")));
}

TEST(OdbcErrorClassifier, CommunicationLinkFailure)
{
    const QSqlError link =
        connectError(QStringLiteral("[Microsoft][ODBC Driver 18 for SQL Server]Communication "
                                    "link failure"),
                     QStringLiteral("08S01"));
    EXPECT_EQ(classifyConnectError(link, labServer()).kind, Kind::ConnectionFailed);

    const auto q = classifyQueryError(
        statementError(QStringLiteral("[Microsoft][ODBC Driver 18 for SQL Server]Communication "
                                      "link failure"),
                       QStringLiteral("08S01")),
        QStringLiteral("LABSQL01 / BizTalkMgmtDb"));
    EXPECT_EQ(q.kind, Kind::ConnectionFailed);
    EXPECT_EQ(q.location, QStringLiteral("LABSQL01 / BizTalkMgmtDb"));
    EXPECT_FALSE(q.advice.isEmpty());
}

TEST(OdbcErrorClassifier, CertificateProblems)
{
    const auto e = classifyConnectError(
        connectError(QStringLiteral("[Microsoft][ODBC Driver 18 for SQL Server]SSL Provider: "
                                    "[error:0A000086:SSL routines::certificate verify "
                                    "failed:self-signed certificate] [Microsoft][ODBC Driver 18 "
                                    "for SQL Server]Client unable to establish connection"),
                     QStringLiteral("-1")),
        labServer());
    EXPECT_EQ(e.kind, Kind::ConnectionFailed);
    EXPECT_TRUE(e.summary.contains(QStringLiteral("encrypted")));
    EXPECT_TRUE(e.advice.contains(QStringLiteral("Trust server certificate")));
}

TEST(OdbcErrorClassifier, QueryErrors)
{
    const QString where = QStringLiteral("LABSQL01 / BizTalkMgmtDb");
    EXPECT_EQ(classifyQueryError(statementError(QStringLiteral("[SQL Server]Invalid object name "
                                                               "'dbo.bts_LogShippingDatabases'."),
                                                QStringLiteral("208")),
                                 where)
                  .kind,
              Kind::ObjectMissing);
    EXPECT_EQ(classifyQueryError(statementError(QStringLiteral("[SQL Server]Query timeout expired"),
                                                QStringLiteral("HYT00")),
                                 where)
                  .kind,
              Kind::Timeout);
    EXPECT_EQ(classifyQueryError(statementError(QStringLiteral("[SQL Server]The EXECUTE "
                                                               "permission was denied on the "
                                                               "object 'x'."),
                                                QStringLiteral("229")),
                                 where)
                  .kind,
              Kind::QueryFailed);
    const auto other = classifyQueryError(
        statementError(QStringLiteral("[SQL Server]Incorrect syntax near 'FROM'."),
                       QStringLiteral("102")),
        where);
    EXPECT_EQ(other.kind, Kind::QueryFailed);
    EXPECT_TRUE(other.driverText.contains(QStringLiteral("Incorrect syntax")));
    EXPECT_TRUE(other.driverText.contains(QStringLiteral("102")));
    // A number inside another must not count as that error.
    EXPECT_NE(classifyQueryError(statementError(QStringLiteral("[SQL Server]value 12083 is odd"),
                                                QStringLiteral("50000")),
                                 where)
                  .kind,
              Kind::ObjectMissing);
}

TEST(OdbcErrorClassifier, EchoedPasswordIsBlanked)
{
    const ConnectionSettings s = labServer();
    const auto e = classifyConnectError(
        connectError(QStringLiteral("weird driver echoing PWD=Tr0ub4dor&3 back"), QString()), s);
    EXPECT_FALSE(e.driverText.contains(s.password)) << e.driverText.toStdString();
    EXPECT_FALSE(e.sentence().contains(s.password));
}
