#include "audit/AuditLogReader.h"
#include "audit/AuditLogModel.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace bts;

namespace {

// Lines as core/AuditLog.cpp writes them (spdlog pattern "%Y-%m-%dT%H:%M:%S.%e%z %v").
const char* const kSample =
    "2026-11-23T21:55:00.123+01:00 user=alice server=LABSQL01 database=msdb "
    "outcome=succeeded sql=EXEC [msdb].[dbo].[sp_update_job] @job_name = N'Backup BizTalk "
    "Server (BizTalkMgmtDb)', @enabled = 1;\n"
    // Hostile: quotes everywhere, a statement holding the other keys, a newline the writer
    // turned into a space, and an error sentence with a real newline in it.
    "2026-11-23T21:56:00.456-05:00 user=O'Brien \"ops\" server=SQL\\INST,1433 database=Biz "
    "Talk's outcome=failed: Login failed on SQL\\INST / Biz Talk's.\nCheck the login. "
    "sql=UPDATE t SET c = N'user=x server=y outcome=z sql=w'  WHERE [a\"b] = 1;\n"
    "this line is garbage\r\n"
    "\n"
    "2026-11-23T22:00:00.000+00:00 user=bob server=S2 outcome=succeeded\n";

} // namespace

TEST(AuditLogReader, ParsesEveryFieldOfAWellFormedLine)
{
    const AuditLogContents log = parseAuditLog(QString::fromUtf8(kSample));
    ASSERT_EQ(log.entries.size(), 3);
    const AuditEntry& e = log.entries.at(0);
    EXPECT_FALSE(e.malformed);
    EXPECT_EQ(e.when, QDateTime(QDate(2026, 11, 23), QTime(20, 55, 0, 123), Qt::UTC));
    EXPECT_EQ(e.user, QStringLiteral("alice"));
    EXPECT_EQ(e.server, QStringLiteral("LABSQL01"));
    EXPECT_EQ(e.database, QStringLiteral("msdb"));
    EXPECT_EQ(e.outcome, QStringLiteral("succeeded"));
    EXPECT_TRUE(e.succeeded);
    EXPECT_EQ(e.sql, QStringLiteral("EXEC [msdb].[dbo].[sp_update_job] @job_name = N'Backup "
                                    "BizTalk Server (BizTalkMgmtDb)', @enabled = 1;"));
}

TEST(AuditLogReader, KeepsHostileValuesWhole)
{
    const AuditEntry e = parseAuditLog(QString::fromUtf8(kSample)).entries.at(1);
    EXPECT_FALSE(e.malformed);
    EXPECT_EQ(e.when, QDateTime(QDate(2026, 11, 24), QTime(2, 56, 0, 456), Qt::UTC));
    EXPECT_EQ(e.user, QStringLiteral("O'Brien \"ops\""));
    EXPECT_EQ(e.server, QStringLiteral("SQL\\INST,1433"));
    EXPECT_EQ(e.database, QStringLiteral("Biz Talk's"));
    // The continuation lines belong to the entry they follow, the garbage line included.
    EXPECT_TRUE(e.outcome.startsWith(QLatin1String("failed: Login failed on SQL\\INST")));
    EXPECT_TRUE(e.outcome.contains(QLatin1String("\nCheck the login.")));
    EXPECT_FALSE(e.succeeded);
    EXPECT_TRUE(e.sql.startsWith(QLatin1String("UPDATE t SET c = N'user=x server=y outcome=z "
                                               "sql=w'  WHERE [a\"b] = 1;")));
    EXPECT_TRUE(e.sql.endsWith(QLatin1String("\nthis line is garbage")));
}

TEST(AuditLogReader, ShowsAMalformedEntryAsItIs)
{
    const AuditLogContents log = parseAuditLog(QString::fromUtf8(kSample));
    EXPECT_EQ(log.malformedEntries, 1);
    const AuditEntry& e = log.entries.at(2);
    EXPECT_TRUE(e.malformed);
    EXPECT_TRUE(e.sql.contains(QLatin1String("user=bob server=S2 outcome=succeeded")));

    const AuditLogContents leading = parseAuditLog(QStringLiteral("junk\nmore junk\n"));
    ASSERT_EQ(leading.entries.size(), 1);
    EXPECT_TRUE(leading.entries.first().malformed);
    EXPECT_TRUE(parseAuditLog(QString()).entries.isEmpty());
}

TEST(AuditLogReader, AMissingFileIsEmptyNotAnError)
{
    QTemporaryDir dir;
    const AuditLogContents log = readAuditLog(dir.filePath(QStringLiteral("audit.log")));
    EXPECT_TRUE(log.entries.isEmpty());
    EXPECT_TRUE(log.error.isEmpty());

    QFile file(dir.filePath(QStringLiteral("audit.log")));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(kSample);
    file.close();
    EXPECT_EQ(readAuditLog(file.fileName()).entries.size(), 3);
}

TEST(AuditLogModel, ShowsNewestFirstAndPassesTheModelTester)
{
    AuditLogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setEntries(parseAuditLog(QString::fromUtf8(kSample)).entries);
    ASSERT_EQ(model.rowCount(), 3);
    EXPECT_EQ(model.columnCount(), 6);
    EXPECT_EQ(model.index(2, AuditLogModel::User).data().toString(), QStringLiteral("alice"));
    EXPECT_EQ(model.index(0, AuditLogModel::Outcome).data().toString(),
              QStringLiteral("(unreadable entry)"));
    EXPECT_EQ(model.headerData(AuditLogModel::Statement, Qt::Horizontal).toString(),
              QStringLiteral("Statement"));
}
