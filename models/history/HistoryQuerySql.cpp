// The statements of HistoryQuery: its columns, filter, order and paging as SQL.

#include "HistoryQuery.h"

#include "sql/SqlValues.h"
#include "tsql/SqlQuoting.h"

namespace bts {
namespace {

const QString& JobName = HistoryJobNameColumn;

// The columns a time filter compares with: sysjobhistory keeps its start as two integers
// (yyyymmdd, hhmmss), combined into one bigint so that "from 10:30" means what it says; CAST first
// because yyyymmdd * 1000000 overflows an int on SQL Server.
const QString JobStart = QStringLiteral("(CAST(h.[run_date] AS bigint) * 1000000 + h.[run_time])");

qint64 jobStartValue(const QDateTime& value)
{
    return qint64(msdbDate(value.date())) * 1000000 + msdbTime(value.time());
}

// LIKE's own characters taken literally: '\' is the ESCAPE of every LIKE below, and '[' opens a
// character class on SQL Server.
QString containsPattern(const QString& text)
{
    QString escaped;
    for (const QChar c : text) {
        if (c == QLatin1Char('\\') || c == QLatin1Char('%') || c == QLatin1Char('_') ||
            c == QLatin1Char('['))
            escaped.append(QLatin1Char('\\'));
        escaped.append(c);
    }
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

QString direction(Qt::SortOrder order)
{
    return order == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC");
}

} // namespace

QString HistoryQuery::expression(const QString& column) const
{
    if (kind != HistoryKind::JobHistory)
        return quoteName(column);
    if (column == JobName)
        return QStringLiteral("j.[name]");
    return QStringLiteral("h.") + quoteName(column);
}

QString HistoryQuery::fromClause() const
{
    if (kind == HistoryKind::JobHistory)
        return QStringLiteral(" FROM dbo.[sysjobhistory] AS h"
                              " INNER JOIN dbo.[sysjobs] AS j ON j.[job_id] = h.[job_id]");
    return QStringLiteral(" FROM dbo.") + quoteName(table(kind));
}

QString HistoryQuery::whereClause() const
{
    const bool job = kind == HistoryKind::JobHistory;
    QStringList conditions;
    if (!filter.database.isEmpty() && (job || has(QStringLiteral("DatabaseName"))))
        conditions << expression(job ? JobName : QStringLiteral("DatabaseName")) + " = ?";
    if (!filter.backupType.isEmpty() && (job || has(QStringLiteral("BackupType"))))
        conditions << expression(job ? QStringLiteral("run_status")
                                     : QStringLiteral("BackupType")) +
                          " = ?";
    const bool dated = job || has(QStringLiteral("BackupDateTime"));
    const QString when = job ? JobStart : expression(QStringLiteral("BackupDateTime"));
    if (dated && filter.from.isValid())
        conditions << when + " >= ?";
    if (dated && filter.to.isValid())
        conditions << when + " < ?";
    if (!filter.text.isEmpty()) {
        QStringList like;
        const QStringList searched =
            job ? QStringList{QStringLiteral("step_name"), QStringLiteral("message")}
                : QStringList{QStringLiteral("MarkName"), QStringLiteral("BackupFileName")};
        for (const QString& column : searched) {
            if (has(column))
                like << expression(column) + QStringLiteral(" LIKE ? ESCAPE '\\'");
        }
        if (!like.isEmpty())
            conditions << QLatin1Char('(') + like.join(QStringLiteral(" OR ")) + QLatin1Char(')');
    }
    return conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conditions.join(" AND ");
}

QVariantList HistoryQuery::whereValues(SqlDialect dialect) const
{
    // In the order whereClause writes its markers.
    const bool job = kind == HistoryKind::JobHistory;
    QVariantList values;
    if (!filter.database.isEmpty() && (job || has(QStringLiteral("DatabaseName"))))
        values << filter.database;
    if (!filter.backupType.isEmpty() && (job || has(QStringLiteral("BackupType"))))
        values << (job ? QVariant(filter.backupType.toInt()) : QVariant(filter.backupType));
    const bool dated = job || has(QStringLiteral("BackupDateTime"));
    for (const QDateTime& bound : {filter.from, filter.to}) {
        if (!dated || !bound.isValid())
            continue;
        if (job)
            values << jobStartValue(bound);
        else // the lab stores datetimes as text that sorts like the value
            values << (dialect == SqlDialect::Lab ? QVariant(labDateTimeText(bound))
                                                  : QVariant(bound));
    }
    if (!filter.text.isEmpty()) {
        const QStringList searched =
            job ? QStringList{QStringLiteral("step_name"), QStringLiteral("message")}
                : QStringList{QStringLiteral("MarkName"), QStringLiteral("BackupFileName")};
        for (const QString& column : searched) {
            if (has(column))
                values << containsPattern(filter.text);
        }
    }
    return values;
}

QString HistoryQuery::orderClause() const
{
    QStringList keys;
    const QString dir = direction(sortOrder);
    QStringList ordered;
    if (canSortBy(sortColumn))
        ordered << sortColumn;
    for (const QString& key : tiebreakers()) {
        if (!ordered.contains(key))
            ordered << key;
    }
    for (const QString& column : ordered)
        keys << expression(column) + QLatin1Char(' ') + dir;
    return keys.isEmpty() ? QString() : QStringLiteral(" ORDER BY ") + keys.join(", ");
}

QString HistoryQuery::pageSql(SqlDialect dialect) const
{
    QStringList selected;
    for (const QString& column : columns) {
        selected << (column == JobName && kind == HistoryKind::JobHistory
                         ? expression(column) + QStringLiteral(" AS ") + quoteName(JobName)
                         : expression(column));
    }
    const QString paging = dialect == SqlDialect::Lab
                               ? QStringLiteral(" LIMIT ? OFFSET ?")
                               : QStringLiteral(" OFFSET ? ROWS FETCH NEXT ? ROWS ONLY");
    return QStringLiteral("SELECT ") + selected.join(", ") + fromClause() + whereClause() +
           orderClause() + paging;
}

QVariantList HistoryQuery::pageValues(SqlDialect dialect, qint64 offset, int limit) const
{
    QVariantList values = whereValues(dialect);
    if (dialect == SqlDialect::Lab)
        values << limit << offset;
    else
        values << offset << limit;
    return values;
}

QString HistoryQuery::countSql(SqlDialect dialect) const
{
    // COUNT_BIG: a history of more than 2^31 rows is possible on a server left alone for years.
    const QString count =
        dialect == SqlDialect::Lab ? QStringLiteral("COUNT(*)") : QStringLiteral("COUNT_BIG(*)");
    return QStringLiteral("SELECT ") + count + fromClause() + whereClause();
}

QVariantList HistoryQuery::countValues(SqlDialect dialect) const
{
    return whereValues(dialect);
}

bool HistoryQuery::sameRowsAs(const HistoryQuery& other) const
{
    const auto sameFilter = [](const HistoryFilter& a, const HistoryFilter& b) {
        return a.database == b.database && a.backupType == b.backupType && a.from == b.from &&
               a.to == b.to && a.text == b.text;
    };
    return kind == other.kind && server == other.server && database == other.database &&
           columns == other.columns && sameFilter(filter, other.filter);
}

} // namespace bts
