#include "SqlRunner.h"

#include "SqlStatements.h"

namespace bts {

Result<QSqlQuery> SqlRunner::query(const QString& server, const QString& database,
                                   const QString& statement, const QVariantList& values) const
{
    Result<QSqlDatabase> db = m_connector.open(server, database);
    if (!db)
        return db.error();
    QSqlQuery query(db.value());
    query.setForwardOnly(true);
    if (!query.prepare(SqlStatements::text(statement, m_connector.dialect())))
        return m_connector.queryError(query.lastError(), server, database);
    for (const QVariant& value : values)
        query.addBindValue(value);
    if (!query.exec())
        return m_connector.queryError(query.lastError(), server, database);
    return query;
}

} // namespace bts
