#include "HistoryPageReader.h"

#include "sql/SqlRunner.h"

#include <QSqlQuery>

namespace bts {
namespace {

// The statements here are built (HistoryQuery), not read from resources/sql like SqlRunner's:
// their columns, filter and order change with what the operator asks.
Result<QSqlQuery> execute(const SqlConnector& connector, const HistoryQuery& query,
                          const QString& sql, const QVariantList& values)
{
    Result<QSqlDatabase> db = connector.open(query.server, query.database);
    if (!db)
        return db.error();
    QSqlQuery q(db.value());
    q.setForwardOnly(true); // the ODBC driver then streams rows instead of caching them
    if (!q.prepare(sql))
        return connector.queryError(q.lastError(), query.server, query.database);
    for (const QVariant& value : values)
        q.addBindValue(value);
    if (!q.exec())
        return connector.queryError(q.lastError(), query.server, query.database);
    return q;
}

DbError missingTable(const HistoryQuery& query)
{
    DbError error;
    error.kind = DbError::Kind::ObjectMissing;
    error.summary =
        QStringLiteral("The table %1 was not found").arg(HistoryQuery::table(query.kind));
    error.location = query.server + QLatin1Char('/') + query.database;
    error.advice = query.kind == HistoryKind::LogShippingHistory
                       ? QStringLiteral("Set up log shipping on this destination first.")
                       : QStringLiteral("Check that this is the right server and database.");
    return error;
}

} // namespace

Result<HistoryQuery> resolveHistoryColumns(const SqlConnector& connector, HistoryQuery query)
{
    if (!query.columns.isEmpty())
        return query;
    const SqlRunner run(connector);
    Result<QSqlQuery> found =
        run.query(query.server, query.database, QStringLiteral("table_columns"),
                  {HistoryQuery::table(query.kind)});
    if (!found)
        return found.error();
    QStringList existing;
    while (found.value().next())
        existing.append(found.value().value(0).toString());
    if (existing.isEmpty())
        return missingTable(query);
    query.setDiscoveredColumns(existing);
    return query;
}

Result<HistoryRows> readHistoryPage(const SqlConnector& connector, const HistoryQuery& query,
                                    qint64 offset, int limit)
{
    Result<HistoryQuery> resolved = resolveHistoryColumns(connector, query);
    if (!resolved)
        return resolved.error();
    const HistoryQuery& q = resolved.value();
    const SqlDialect dialect = connector.dialect();
    Result<QSqlQuery> rows =
        execute(connector, q, q.pageSql(dialect), q.pageValues(dialect, offset, limit));
    if (!rows)
        return rows.error();
    HistoryRows page;
    page.columns = q.columns;
    page.rows.reserve(limit);
    const int width = int(q.columns.size());
    while (rows.value().next()) {
        QVariantList row;
        row.reserve(width);
        for (int i = 0; i < width; ++i)
            row.append(rows.value().value(i));
        page.rows.append(std::move(row));
    }
    return page;
}

Result<qint64> readHistoryCount(const SqlConnector& connector, const HistoryQuery& query)
{
    Result<HistoryQuery> resolved = resolveHistoryColumns(connector, query);
    if (!resolved)
        return resolved.error();
    const HistoryQuery& q = resolved.value();
    const SqlDialect dialect = connector.dialect();
    Result<QSqlQuery> count = execute(connector, q, q.countSql(dialect), q.countValues(dialect));
    if (!count)
        return count.error();
    if (!count.value().next())
        return qint64(0);
    return count.value().value(0).toLongLong();
}

} // namespace bts
