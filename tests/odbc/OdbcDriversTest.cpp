#include "mssql/OdbcDrivers.h"

#include <gtest/gtest.h>

using bts::installedOdbcDrivers;
using bts::isSqlServerDriver;

TEST(OdbcDrivers, ListsTheDriversInstalledHere)
{
    const QStringList drivers = installedOdbcDrivers();
    if (drivers.isEmpty())
        GTEST_SKIP() << "The ODBC driver manager lists no drivers (no odbcinst.ini here).";
#ifdef Q_OS_LINUX
    // The drivers the README's commands install with unixODBC; Windows and macOS have their own.
    EXPECT_TRUE(drivers.contains(QStringLiteral("FreeTDS"))) << drivers.join(", ").toStdString();
    EXPECT_TRUE(drivers.contains(QStringLiteral("SQLite3"))) << drivers.join(", ").toStdString();
#endif
    for (const QString& driver : drivers)
        EXPECT_FALSE(driver.trimmed().isEmpty());
    QStringList unique = drivers;
    EXPECT_EQ(unique.removeDuplicates(), 0);
}

TEST(OdbcDrivers, DataSourcesDoNotFail)
{
    // No DSN need exist; the call must simply come back with a (possibly empty) list.
    const QStringList sources = bts::odbcDataSources();
    for (const QString& name : sources)
        EXPECT_FALSE(name.isEmpty());
}

TEST(OdbcDrivers, RecognisesSqlServerDrivers)
{
    EXPECT_TRUE(isSqlServerDriver(QStringLiteral("ODBC Driver 18 for SQL Server")));
    EXPECT_TRUE(isSqlServerDriver(QStringLiteral("ODBC Driver 17 for SQL Server")));
    EXPECT_TRUE(isSqlServerDriver(QStringLiteral("SQL Server Native Client 11.0")));
    EXPECT_TRUE(isSqlServerDriver(QStringLiteral("SQL Server")));
    EXPECT_TRUE(isSqlServerDriver(QStringLiteral("FreeTDS")));
    EXPECT_TRUE(isSqlServerDriver(QStringLiteral("  freetds ")));

    EXPECT_FALSE(isSqlServerDriver(QStringLiteral("SQLite3")));
    EXPECT_FALSE(isSqlServerDriver(QStringLiteral("PostgreSQL Unicode")));
    EXPECT_FALSE(isSqlServerDriver(QStringLiteral("MySQL ODBC 8.0 Unicode Driver")));
    EXPECT_FALSE(isSqlServerDriver(QString()));
}
