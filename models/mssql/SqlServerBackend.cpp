#include "SqlServerBackend.h"

#include "OdbcConnector.h"
#include "OdbcErrorClassifier.h"
#include "core/ThreadConnections.h"
#include "group/GroupReader.h"

#include <QSqlQuery>

namespace bts {

ConnectionSettings SqlServerConnector::settingsFor(const QString& server) const
{
    if (server.isEmpty() || server.compare(managementServer(), Qt::CaseInsensitive) == 0)
        return m_management;
    // Another server of the group, named as BizTalk stores it (HOST, HOST\INST or HOST,PORT):
    // the driver reads all three forms from Server=.
    ConnectionSettings other = m_management;
    other.dsn.clear();
    other.server = server;
    other.port = 0;
    return other;
}

Result<QSqlDatabase> SqlServerConnector::open(const QString& server, const QString& database) const
{
    return OdbcConnector(settingsFor(server)).open(database);
}

DbError SqlServerConnector::queryError(const QSqlError& error, const QString& server,
                                       const QString& database) const
{
    DbError result = classifyQueryError(error, server + QStringLiteral(" / ") + database);
    if (result.kind == DbError::Kind::ConnectionFailed || result.kind == DbError::Kind::Timeout)
        ThreadConnections::discard(OdbcConnector(settingsFor(server)).connectionKey(database));
    return result;
}

SqlServerBackend::SqlServerBackend(ConnectionSettings management, QString managementDatabase,
                                   QStringList destinationServers)
    : m_connector(std::move(management))
    , m_managementDatabase(std::move(managementDatabase))
    , m_destinations(std::move(destinationServers))
{}

QString SqlServerBackend::displayName() const
{
    return QStringLiteral("SQL Server %1").arg(m_connector.managementServer());
}

Result<GroupSnapshot> SqlServerBackend::readSnapshot() const
{
    return GroupReader(m_connector, managementServer(), m_managementDatabase, m_destinations)
        .read();
}

Status SqlServerBackend::execute(const ServerCommand& call) const
{
    Result<QSqlDatabase> db = m_connector.open(call.server, call.database);
    if (!db)
        return db.error();
    QSqlQuery query(db.value());
    if (!query.prepare(call.boundSql()))
        return m_connector.queryError(query.lastError(), call.server, call.database);
    for (const QVariant& value : call.boundValues())
        query.addBindValue(value);
    if (!query.exec())
        return m_connector.queryError(query.lastError(), call.server, call.database);
    return success();
}

std::shared_ptr<GroupBackend> SqlServerBackend::groupAt(const QString& server,
                                                        const QString& database) const
{
    return std::make_shared<SqlServerBackend>(m_connector.settingsFor(server), database);
}

} // namespace bts
