#include "LabConnector.h"

#include "LabLatency.h"
#include "core/ThreadConnections.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QThread>

namespace bts {
namespace {

QString location(const QString& server, const QString& database)
{
    return server + QLatin1Char('/') + database;
}

// How many times the lab replaced or deleted each database file (by connection key). It is part
// of the connection's name, so that a thread still holding a connection to the old file opens
// the new one on its next query: a connection belongs to its thread and cannot be closed here.
// The same for a whole lab, bumped when every file of it is deleted (a reset).
QMutex generationsMutex;
QHash<QString, int> generations;
QHash<QString, int> rootGenerations;

QString connectionName(const QString& root, const QString& key)
{
    const QMutexLocker lock(&generationsMutex);
    return key + QLatin1Char('#') + QString::number(generations.value(key)) + QLatin1Char('.') +
           QString::number(rootGenerations.value(root));
}

} // namespace

QString LabConnector::serverFolder(const QString& server) const
{
    return QDir(m_root).filePath(server.toUpper());
}

QString LabConnector::databaseFile(const QString& server, const QString& database) const
{
    return QDir(serverFolder(server)).filePath(database + QStringLiteral(".sqlite"));
}

QString LabConnector::lostMarker(const QString& server) const
{
    return QDir(m_root).filePath(QStringLiteral("%1.lost").arg(server.toUpper()));
}

bool LabConnector::isLost(const QString& server) const
{
    return QFileInfo::exists(lostMarker(server));
}

Result<QSqlDatabase> LabConnector::open(const QString& server, const QString& database) const
{
    if (!QFileInfo(serverFolder(server)).isDir() || (m_respectLostServers && isLost(server))) {
        DbError error;
        error.kind = DbError::Kind::ConnectionFailed;
        error.summary = QStringLiteral("Cannot reach SQL Server %1").arg(server);
        error.location = server;
        error.advice = QStringLiteral("The lab has no server of that name; check the server "
                                      "names in the BizTalk configuration.");
        return error;
    }
    const QString file = databaseFile(server, database);
    if (!QFileInfo::exists(file)) {
        DbError error;
        error.kind = DbError::Kind::ObjectMissing;
        error.summary = QStringLiteral("Cannot open database \"%1\" on %2").arg(database, server);
        error.location = location(server, database);
        error.advice = QStringLiteral("Check that the database exists on that server.");
        return error;
    }
    // Each statement of the console pays the simulated network's round trip to that server.
    if (m_respectLostServers) {
        if (const int ms = LabLatency::of(m_root, server); ms > 0)
            QThread::msleep(static_cast<unsigned long>(ms));
    }
    const QString key = connectionKey(server, database);
    return ThreadConnections::get(
        connectionName(m_root, key), QStringLiteral("QSQLITE"), [&](QSqlDatabase& db) -> Status {
            db.setDatabaseName(QStringLiteral(":memory:"));
            db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=30000"));
            if (!db.open())
                return queryError(db.lastError(), server, database);
            QStringList schemas = {QStringLiteral("dbo")};
            if (database.compare(QLatin1String("master"), Qt::CaseInsensitive) == 0)
                schemas.append(QStringLiteral("sys"));
            for (const QString& schema : schemas) {
                QSqlQuery attach(db);
                attach.prepare(QStringLiteral("ATTACH DATABASE ? AS %1").arg(schema));
                attach.addBindValue(file);
                if (!attach.exec())
                    return queryError(attach.lastError(), server, database);
            }
            // The lab simulates; it need not survive a power cut, and a job run writes many rows.
            QSqlQuery pragma(db);
            pragma.exec(QStringLiteral("PRAGMA dbo.synchronous = NORMAL"));
            return success();
        });
}

QString LabConnector::connectionKey(const QString& server, const QString& database) const
{
    return QStringLiteral("lab|%1|%2").arg(m_root, location(server, database).toLower());
}

void LabConnector::discardConnection(const QString& server, const QString& database) const
{
    const QString key = connectionKey(server, database);
    ThreadConnections::discard(connectionName(m_root, key));
    const QMutexLocker lock(&generationsMutex);
    ++generations[key];
}

void LabConnector::discardEveryConnection() const
{
    ThreadConnections::discardAll(QStringLiteral("lab|") + m_root);
    const QMutexLocker lock(&generationsMutex);
    ++rootGenerations[m_root];
}

DbError LabConnector::queryError(const QSqlError& sqlError, const QString& server,
                                 const QString& database) const
{
    DbError error;
    error.kind = DbError::Kind::QueryFailed;
    error.summary = QStringLiteral("A query failed on %1").arg(location(server, database));
    error.location = location(server, database);
    error.advice = QStringLiteral("Reset the lab if its files were changed by hand.");
    error.driverText = sqlError.text();
    return error;
}

Result<QSqlQuery> LabConnector::run(const QString& server, const QString& database,
                                    const QString& sql, const QVariantList& values) const
{
    Result<QSqlDatabase> db = open(server, database);
    if (!db)
        return db.error();
    QSqlQuery query(db.value());
    if (!query.prepare(sql))
        return queryError(query.lastError(), server, database);
    for (const QVariant& value : values)
        query.addBindValue(value);
    if (!query.exec())
        return queryError(query.lastError(), server, database);
    return query;
}

Result<QVariant> LabConnector::scalar(const QString& server, const QString& database,
                                      const QString& sql, const QVariantList& values) const
{
    Result<QSqlQuery> query = run(server, database, sql, values);
    if (!query)
        return query.error();
    if (!query.value().next())
        return QVariant();
    return query.value().value(0);
}

} // namespace bts
