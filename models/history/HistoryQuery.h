#pragma once

#include "sql/SqlDialect.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QVariantList>

namespace bts {

// The three history tables an operator browses. Each grows without bound in production (a row per
// database per log backup, every 15 minutes, for years), so they are only ever read a page at a
// time, filtered and sorted by the server.
enum class HistoryKind {
    BackupHistory,      // dbo.adm_BackupHistory in the source management database
    LogShippingHistory, // dbo.bts_LogShippingHistory in master on one destination
    JobHistory,         // msdb.dbo.sysjobhistory joined to sysjobs on one server
};

// The job history's column for the job's name, read from msdb.dbo.sysjobs.
inline const QString HistoryJobNameColumn = QStringLiteral("job_name");

// What the operator narrowed the history to. Empty fields do not filter.
struct HistoryFilter {
    QString database;   // DatabaseName, exactly; for job history the job's name, exactly
    QString backupType; // BackupType ('db', 'lg'); for job history run_status (0..4)
    QDateTime from;     // BackupDateTime (job history: start) at or after, server's clock
    QDateTime to;       // ... and before
    QString text;       // contained in MarkName or BackupFileName; job history: step or message
};

// One history read: where, which columns, which rows, in which order. Builds the page and count
// statements for either dialect; every value is bound, every identifier quoted like QUOTENAME and
// taken only from the columns the table was found to have.
class HistoryQuery {
public:
    HistoryKind kind = HistoryKind::BackupHistory;
    QString server;
    QString database; // management database, "master" or "msdb"
    // The columns shown, in order: those of candidateColumns(kind) that exist on this server
    // (most of bts_LogShippingHistory's are undocumented). Empty until discovered.
    QStringList columns;
    HistoryFilter filter;
    QString sortColumn; // one of `columns`; otherwise the unique key alone orders the rows
    Qt::SortOrder sortOrder = Qt::DescendingOrder;

    static HistoryQuery backupHistory(const QString& server, const QString& managementDatabase);
    static HistoryQuery logShippingHistory(const QString& destinationServer);
    static HistoryQuery jobHistory(const QString& server);

    // The table whose columns are discovered, and the columns shown when present, in order.
    static QString table(HistoryKind kind);
    static QStringList candidateColumns(HistoryKind kind);
    // Keeps the candidates found in `existing` (compared without regard to case).
    void setDiscoveredColumns(const QStringList& existing);

    // Columns that make the order total, so that OFFSET paging neither repeats nor skips a row.
    QStringList tiebreakers() const;
    // True when `column` can be sorted on: one of the discovered columns.
    bool canSortBy(const QString& column) const;

    QString pageSql(SqlDialect dialect) const;
    QVariantList pageValues(SqlDialect dialect, qint64 offset, int limit) const;
    QString countSql(SqlDialect dialect) const;
    QVariantList countValues(SqlDialect dialect) const;

    // Same rows, maybe in another order: the count still holds.
    bool sameRowsAs(const HistoryQuery& other) const;

private:
    bool has(const QString& column) const;
    QString expression(const QString& column) const; // quoted, with the join's alias if any
    QString fromClause() const;
    QString whereClause() const;
    QVariantList whereValues(SqlDialect dialect) const;
    QString orderClause() const;
};

} // namespace bts
