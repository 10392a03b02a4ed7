#include "LabHistoryImport.h"

#include "LabDestination.h"

#include <QSet>

namespace bts {
namespace {

const QString Master = QStringLiteral("master");

QString key(const QString& server, const QString& database)
{
    return server.toLower() + QLatin1Char('/') + database.toLower();
}

} // namespace

Result<QSet<QString>> LabHistoryImport::restoredDatabases() const
{
    Result<QSqlQuery> q = m_connector.run(
        m_server, Master,
        QStringLiteral("SELECT SourceServerName, DatabaseName FROM bts_LogShippingDatabases"));
    if (!q)
        return q.error();
    QSet<QString> keys;
    while (q.value().next())
        keys.insert(key(q.value().value(0).toString(), q.value().value(1).toString()));
    return keys;
}

Status LabHistoryImport::addNewDatabases(const LabShippingSource& source) const
{
    const LabDestination destination(m_connector, m_server);
    Result<QVector<LabSourceDatabase>> current = destination.sourceDatabases(source);
    if (!current)
        return current.error();
    Result<QSet<QString>> known = restoredDatabases();
    if (!known)
        return known.error();
    for (const LabSourceDatabase& db : std::as_const(current.value())) {
        if (known.value().contains(key(db.server, db.name)))
            continue;
        Result<QSqlQuery> r = m_connector.run(
            m_server, Master,
            QStringLiteral("INSERT INTO bts_LogShippingDatabases (DatabaseName, ServerName, "
                           "SourceServerName, DBFileLocation, LogFileLocation) "
                           "VALUES (?, ?, ?, NULL, NULL)"),
            {db.name, m_server, db.server});
        if (!r)
            return r.error();
        m_messages.append(QStringLiteral("Database %1 on %2 was added to the Backup BizTalk "
                                         "Server job: it is shipped too.")
                              .arg(db.name, db.server));
    }
    return success();
}

Status LabHistoryImport::run() const
{
    const LabDestination destination(m_connector, m_server);
    Result<LabShippingSource> source = destination.requireSource();
    if (!source)
        return source.error();
    if (Status s = destination.requireLinked(source.value().mgmtServer); !s)
        return s;
    if (m_connector.isLost(source.value().mgmtServer)) {
        return DbError::queryFailed(
            QStringLiteral("Named Pipes Provider: Could not open a connection to SQL Server [53]. "
                           "The linked server %1 did not answer: Login timeout expired.")
                .arg(source.value().mgmtServer));
    }
    Result<QVariant> newest = m_connector.scalar(
        m_server, Master,
        QStringLiteral("SELECT COALESCE(MAX(BackupSetId), -1) FROM bts_LogShippingHistory"));
    if (!newest)
        return newest.error();
    // What sp_GetBackupHistory returns for @LastBackupSetId (facts §1.5).
    Result<QSqlQuery> rows = m_connector.run(
        source.value().mgmtServer, source.value().mgmtDatabase,
        QStringLiteral("SELECT BackupId, BackupSetId, MarkName, DatabaseName, ServerName, "
                       "BackupFileName, BackupFileLocation, BackupType, BackupDateTime, "
                       "SetComplete FROM adm_BackupHistory WHERE BackupSetId > ? "
                       "ORDER BY BackupSetId, BackupId"),
        {newest.value()});
    if (!rows)
        return rows.error();
    QVector<QVariantList> imported;
    while (rows.value().next()) {
        QVariantList values;
        for (int i = 0; i < 10; ++i)
            values.append(rows.value().value(i));
        imported.append(values);
    }
    if (imported.isEmpty())
        return success();
    if (Status s = addNewDatabases(source.value()); !s)
        return s;
    Result<QSet<QString>> databases = restoredDatabases();
    if (!databases)
        return databases.error();
    int count = 0;
    Status written = destination.inTransaction([&]() -> Status {
        for (const QVariantList& values : std::as_const(imported)) {
            if (!databases.value().contains(key(values.at(4).toString(), values.at(3).toString())))
                continue;
            Result<QSqlQuery> r = m_connector.run(
                m_server, Master,
                QStringLiteral("INSERT INTO bts_LogShippingHistory (BackupId, BackupSetId, "
                               "MarkName, DatabaseName, ServerName, BackupFileName, "
                               "BackupFileLocation, BackupType, BackupDateTime, SetComplete, "
                               "Restored) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)"),
                values);
            if (!r)
                return r.error();
            ++count;
        }
        return success();
    });
    if (!written)
        return written;
    m_messages.append(QStringLiteral("Imported %1 backup history rows (backup sets %2 to %3).")
                          .arg(count)
                          .arg(imported.first().at(1).toLongLong())
                          .arg(imported.last().at(1).toLongLong()));
    return destination.copySourceJobs();
}

} // namespace bts
