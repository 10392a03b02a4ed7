#include "mssql/OdbcConnectionString.h"
#include "mssql/OdbcDrivers.h"
#include "support/TempDir.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

// A real QODBC connection through the driver manager, with the SQLite3 ODBC driver standing in
// for SQL Server: proves that the Qt plugin, the driver manager and bound parameters work here.
class SqliteOdbcRoundTrip : public TempDirTest {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QODBC")))
            GTEST_SKIP() << "The Qt QODBC plugin is not installed.";
        if (!bts::installedOdbcDrivers().contains(QStringLiteral("SQLite3")))
            GTEST_SKIP() << "The SQLite3 ODBC driver is not installed (libsqliteodbc).";
    }

    void TearDown() override
    {
        if (QSqlDatabase::contains(m_name))
            QSqlDatabase::removeDatabase(m_name);
    }

    // Opens `connectionString` under this test's connection name.
    QSqlDatabase open(const QString& connectionString)
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QODBC"), m_name);
        db.setDatabaseName(connectionString);
        EXPECT_TRUE(db.open()) << db.lastError().text().toStdString();
        return db;
    }

    const QString m_name = QStringLiteral("odbc-sqlite-roundtrip");
};

TEST_F(SqliteOdbcRoundTrip, BoundParametersComeBackUnchanged)
{
    const QString file = path(QStringLiteral("x.db"));
    const QString hostile = QStringLiteral(
        "O'Brien \"quoted\" [bracket] ; DROP TABLE t; -- {brace}=} Ünïcødé 日本語 ŁĄ 🚀");
    {
        QSqlDatabase db = open(QStringLiteral("Driver={SQLite3};Database=%1;")
                                   .arg(bts::OdbcConnectionString::quoteValue(file)));
        ASSERT_TRUE(db.isOpen());

        QSqlQuery q(db);
        ASSERT_TRUE(q.exec(QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT)")))
            << q.lastError().text().toStdString();
        ASSERT_TRUE(q.prepare(QStringLiteral("INSERT INTO t (id, name) VALUES (?, ?)")));
        q.addBindValue(42);
        q.addBindValue(hostile);
        ASSERT_TRUE(q.exec()) << q.lastError().text().toStdString();

        QSqlQuery read(db);
        ASSERT_TRUE(read.prepare(QStringLiteral("SELECT id, name FROM t WHERE name = ?")));
        read.addBindValue(hostile);
        ASSERT_TRUE(read.exec()) << read.lastError().text().toStdString();
        ASSERT_TRUE(read.next()) << "the row written with the same parameter is not found";
        EXPECT_EQ(read.value(0).toInt(), 42);
        EXPECT_EQ(read.value(1).toString(), hostile);
        EXPECT_FALSE(read.next());

        QSqlQuery count(db);
        ASSERT_TRUE(count.exec(QStringLiteral("SELECT COUNT(*) FROM t")));
        ASSERT_TRUE(count.next());
        EXPECT_EQ(count.value(0).toInt(), 1); // the table survived the "DROP TABLE" text
    }
}
