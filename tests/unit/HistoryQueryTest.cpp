#include "history/HistoryQuery.h"
#include "history/HistoryFormat.h"

#include <gtest/gtest.h>

using namespace bts;

namespace {

HistoryQuery backups()
{
    HistoryQuery q = HistoryQuery::backupHistory(QStringLiteral("SQL01"), QStringLiteral("Mgmt"));
    q.setDiscoveredColumns({QStringLiteral("backupid"), QStringLiteral("BackupSetId"),
                            QStringLiteral("DatabaseName"), QStringLiteral("BackupType"),
                            QStringLiteral("BackupDateTime"), QStringLiteral("MarkName"),
                            QStringLiteral("BackupFileName"), QStringLiteral("SomethingElse")});
    return q;
}

std::string str(const QString& text)
{
    return text.toStdString();
}

} // namespace

TEST(HistoryQueryTest, KeepsOnlyDiscoveredCandidatesInTheirOrder)
{
    const HistoryQuery q = backups();
    EXPECT_EQ(q.columns, QStringList({"BackupId", "BackupSetId", "DatabaseName", "BackupType",
                                      "BackupDateTime", "MarkName", "BackupFileName"}));
    EXPECT_EQ(q.tiebreakers(), QStringList{"BackupId"});
    EXPECT_FALSE(q.canSortBy(QStringLiteral("SomethingElse")));
}

TEST(HistoryQueryTest, PageSqlPerDialect)
{
    const HistoryQuery q = backups();
    const QString columns = "SELECT [BackupId], [BackupSetId], [DatabaseName], [BackupType], "
                            "[BackupDateTime], [MarkName], [BackupFileName] "
                            "FROM dbo.[adm_BackupHistory] ORDER BY [BackupId] DESC";
    EXPECT_EQ(str(q.pageSql(SqlDialect::SqlServer)),
              str(columns + " OFFSET ? ROWS FETCH NEXT ? ROWS ONLY"));
    EXPECT_EQ(str(q.pageSql(SqlDialect::Lab)), str(columns + " LIMIT ? OFFSET ?"));
    EXPECT_EQ(q.pageValues(SqlDialect::SqlServer, 400, 200), QVariantList({qint64(400), 200}));
    EXPECT_EQ(q.pageValues(SqlDialect::Lab, 400, 200), QVariantList({200, qint64(400)}));
    EXPECT_EQ(str(q.countSql(SqlDialect::SqlServer)),
              "SELECT COUNT_BIG(*) FROM dbo.[adm_BackupHistory]");
    EXPECT_EQ(str(q.countSql(SqlDialect::Lab)), "SELECT COUNT(*) FROM dbo.[adm_BackupHistory]");
}

TEST(HistoryQueryTest, FilterValuesAreBoundInMarkerOrder)
{
    HistoryQuery q = backups();
    q.filter.database = QStringLiteral("BizTalkMsgBoxDb");
    q.filter.backupType = QStringLiteral("lg");
    q.filter.from = QDateTime(QDate(2026, 11, 23), QTime(22, 0), Qt::UTC);
    q.filter.to = QDateTime(QDate(2026, 11, 24), QTime(0, 0), Qt::UTC);
    q.filter.text = QStringLiteral("50%_x[");
    q.sortColumn = QStringLiteral("BackupDateTime");
    q.sortOrder = Qt::AscendingOrder;
    const QString where =
        " WHERE [DatabaseName] = ? AND [BackupType] = ? AND [BackupDateTime] >= ? AND "
        "[BackupDateTime] < ? AND ([MarkName] LIKE ? ESCAPE '\\' OR [BackupFileName] LIKE ? "
        "ESCAPE '\\')";
    EXPECT_EQ(str(q.countSql(SqlDialect::Lab)),
              str("SELECT COUNT(*) FROM dbo.[adm_BackupHistory]" + where));
    EXPECT_TRUE(q.pageSql(SqlDialect::SqlServer)
                    .endsWith(where + " ORDER BY [BackupDateTime] ASC, [BackupId] ASC OFFSET ? "
                                      "ROWS FETCH NEXT ? ROWS ONLY"))
        << str(q.pageSql(SqlDialect::SqlServer));
    const QVariantList lab = q.countValues(SqlDialect::Lab);
    ASSERT_EQ(lab.size(), 6);
    EXPECT_EQ(lab[0], QVariant(QStringLiteral("BizTalkMsgBoxDb")));
    EXPECT_EQ(lab[1], QVariant(QStringLiteral("lg")));
    EXPECT_EQ(lab[2].toString(), QStringLiteral("2026-11-23 22:00:00.000"));
    EXPECT_EQ(lab[4].toString(), QStringLiteral("%50\\%\\_x\\[%")); // LIKE's characters literal
    const QVariantList server = q.countValues(SqlDialect::SqlServer);
    EXPECT_EQ(server[2].typeId(), QMetaType::QDateTime); // bound as a datetime, not text
}

TEST(HistoryQueryTest, HostileTextNeverReachesTheStatement)
{
    HistoryQuery q = backups();
    q.filter.database = QStringLiteral("x'; DROP TABLE adm_BackupHistory;--");
    q.filter.text = QStringLiteral("]]' OR 1=1 --");
    q.sortColumn = QStringLiteral("BackupId]; DROP TABLE x;--"); // not a discovered column
    for (SqlDialect d : {SqlDialect::SqlServer, SqlDialect::Lab}) {
        EXPECT_FALSE(q.pageSql(d).contains(QStringLiteral("DROP"))) << str(q.pageSql(d));
        EXPECT_FALSE(q.countSql(d).contains(QStringLiteral("OR 1=1")));
    }
}

TEST(HistoryQueryTest, ColumnNamesAreQuotedLikeQuotename)
{
    HistoryQuery q = HistoryQuery::logShippingHistory(QStringLiteral("DR01"));
    q.setDiscoveredColumns({QStringLiteral("BackupSetId"), QStringLiteral("DatabaseName"),
                            QStringLiteral("Restored")});
    EXPECT_EQ(q.database, QStringLiteral("master"));
    // No BackupId on this build: the order is made total with the other key columns.
    EXPECT_EQ(q.tiebreakers(), QStringList({"BackupSetId", "DatabaseName"}));
    EXPECT_EQ(str(q.pageSql(SqlDialect::Lab)),
              "SELECT [BackupSetId], [DatabaseName], [Restored] FROM dbo.[bts_LogShippingHistory] "
              "ORDER BY [BackupSetId] DESC, [DatabaseName] DESC LIMIT ? OFFSET ?");
}

TEST(HistoryQueryTest, JobHistoryJoinsJobsAndFiltersOnItsIntegerStart)
{
    HistoryQuery q = HistoryQuery::jobHistory(QStringLiteral("SQL01"));
    q.setDiscoveredColumns({QStringLiteral("instance_id"), QStringLiteral("step_id"),
                            QStringLiteral("run_status"), QStringLiteral("run_date"),
                            QStringLiteral("run_time"), QStringLiteral("message")});
    q.filter.database = QStringLiteral("Backup BizTalk Server (BizTalkMgmtDb)");
    q.filter.backupType = QStringLiteral("0");
    q.filter.from = QDateTime(QDate(2026, 11, 23), QTime(10, 30, 5));
    q.sortColumn = QStringLiteral("job_name");
    EXPECT_EQ(str(q.pageSql(SqlDialect::SqlServer)),
              "SELECT h.[instance_id], j.[name] AS [job_name], h.[step_id], h.[run_status], "
              "h.[run_date], h.[run_time], h.[message] FROM dbo.[sysjobhistory] AS h INNER JOIN "
              "dbo.[sysjobs] AS j ON j.[job_id] = h.[job_id] WHERE j.[name] = ? AND "
              "h.[run_status] = ? AND (CAST(h.[run_date] AS bigint) * 1000000 + h.[run_time]) >= ? "
              "ORDER BY j.[name] DESC, h.[instance_id] DESC OFFSET ? ROWS FETCH NEXT ? ROWS ONLY");
    const QVariantList values = q.countValues(SqlDialect::SqlServer);
    ASSERT_EQ(values.size(), 3);
    EXPECT_EQ(values[1], QVariant(0));
    EXPECT_EQ(values[2].toLongLong(), 20261123103005LL);
}

TEST(HistoryQueryTest, SortChangeKeepsTheRows)
{
    HistoryQuery a = backups();
    HistoryQuery b = a;
    b.sortColumn = QStringLiteral("DatabaseName");
    EXPECT_TRUE(a.sameRowsAs(b));
    b.filter.text = QStringLiteral("x");
    EXPECT_FALSE(a.sameRowsAs(b));
}

TEST(HistoryQueryTest, DisplayText)
{
    EXPECT_EQ(historyDisplayText(HistoryKind::JobHistory, "run_status", 0), "Failed");
    EXPECT_EQ(historyDisplayText(HistoryKind::JobHistory, "run_time", 93005), "09:30:05");
    EXPECT_EQ(historyDisplayText(HistoryKind::JobHistory, "run_date", 20261123), "2026-11-23");
    EXPECT_EQ(historyDisplayText(HistoryKind::BackupHistory, "BackupDateTime",
                                 QStringLiteral("2026-11-23 22:00:00.000")),
              "2026-11-23 22:00:00");
    EXPECT_EQ(historyDisplayText(HistoryKind::BackupHistory, "BackupType", "lg"), "Log (lg)");
}
