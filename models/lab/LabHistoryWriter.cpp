#include "LabHistoryWriter.h"

#include <QSqlError>

namespace bts::LabHistoryWriter {

Status bulk(const LabConnector& connector, const QString& server, const QString& database,
            const QString& sql, const std::function<Status(QSqlQuery&)>& fill)
{
    Result<QSqlDatabase> db = connector.open(server, database);
    if (!db)
        return db.error();
    QSqlDatabase& connection = db.value();
    if (!connection.transaction())
        return connector.queryError(connection.lastError(), server, database);
    Status status = success();
    {
        QSqlQuery query(connection);
        if (!query.prepare(sql))
            status = connector.queryError(query.lastError(), server, database);
        else
            status = fill(query);
        if (!status && status.error().location.isEmpty()) {
            status = connector.queryError(query.lastError(), server, database);
        }
    }
    if (!status) {
        connection.rollback();
        return status;
    }
    if (!connection.commit())
        return connector.queryError(connection.lastError(), server, database);
    return success();
}

Status insert(QSqlQuery& query, const QVariantList& values)
{
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values.at(i));
    if (query.exec())
        return success();
    // bulk() words the error with the server and database; this one only says it failed.
    DbError error;
    error.kind = DbError::Kind::QueryFailed;
    error.driverText = query.lastError().text();
    return error;
}

Status inTransaction(const LabConnector& connector, const QString& server, const QString& database,
                     const QVector<QPair<QString, QVariantList>>& statements)
{
    if (statements.isEmpty())
        return success();
    return bulk(connector, server, database, QStringLiteral("SELECT 1"), [&](QSqlQuery&) -> Status {
        for (const auto& [sql, values] : statements) {
            Result<QSqlQuery> r = connector.run(server, database, sql, values);
            if (!r)
                return r.error();
        }
        return success();
    });
}

QVector<QPair<QString, QVariantList>> shiftUnique(const QString& table, const QString& column,
                                                  qint64 shift)
{
    if (shift == 0)
        return {};
    return {{QStringLiteral("UPDATE %1 SET %2 = -(%2 + ?)").arg(table, column), {shift}},
            {QStringLiteral("UPDATE %1 SET %2 = -%2").arg(table, column), {}}};
}

qint64 roomBelow(qint64 lowest, qint64 count, qint64& shift)
{
    // Real ids are positive: the new ones start at 1 at the lowest.
    lowest = std::max<qint64>(lowest, 1);
    if (lowest - 1 >= count) {
        shift = 0;
        return lowest - count;
    }
    shift = count - (lowest - 1);
    return 1;
}

QStringList managementIndexes()
{
    return {QStringLiteral("CREATE INDEX IF NOT EXISTS dbo.IX_BackupHistory_Database ON "
                           "adm_BackupHistory (DatabaseName, BackupSetId)"),
            QStringLiteral("CREATE INDEX IF NOT EXISTS dbo.IX_BackupHistory_DateTime ON "
                           "adm_BackupHistory (BackupDateTime)"),
            QStringLiteral("CREATE INDEX IF NOT EXISTS dbo.IX_BackupHistory_Partial ON "
                           "adm_BackupHistory (BackupSetId) WHERE SetComplete = 0")};
}

QStringList destinationIndexes()
{
    return {QStringLiteral("CREATE INDEX IF NOT EXISTS dbo.IX_LogShippingHistory_Set ON "
                           "bts_LogShippingHistory (BackupSetId, DatabaseName)"),
            QStringLiteral("CREATE INDEX IF NOT EXISTS dbo.IX_LogShippingHistory_Database ON "
                           "bts_LogShippingHistory (DatabaseName, BackupSetId)"),
            QStringLiteral("CREATE INDEX IF NOT EXISTS dbo.IX_LogShippingHistory_DateTime ON "
                           "bts_LogShippingHistory (BackupDateTime)"),
            QStringLiteral("CREATE INDEX IF NOT EXISTS dbo.IX_LogShippingHistory_Restored ON "
                           "bts_LogShippingHistory (RestoredDateTime)")};
}

QStringList msdbIndexes()
{
    return {QStringLiteral("CREATE INDEX IF NOT EXISTS dbo.IX_sysjobhistory_job ON "
                           "sysjobhistory (job_id, instance_id)")};
}

} // namespace bts::LabHistoryWriter
