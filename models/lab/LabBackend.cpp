#include "LabBackend.h"

#include "LabAgent.h"
#include "LabCommandExecutor.h"
#include "group/GroupReader.h"

namespace bts {

LabBackend::LabBackend(QString root, QString managementServer, QString managementDatabase)
    : m_connector(root, true)
    , m_simulator(std::move(root))
    , m_managementServer(std::move(managementServer))
    , m_managementDatabase(std::move(managementDatabase))
{}

QString LabBackend::displayName() const
{
    return QStringLiteral("Lab (%1)").arg(m_managementServer);
}

QString LabBackend::managementServer() const
{
    return m_managementServer;
}

QString LabBackend::managementDatabase() const
{
    return m_managementDatabase;
}

QStringList LabBackend::destinationServers() const
{
    // Only the group seeded on the source ships its logs; the group a failover made on the
    // destination has none until one is configured for it.
    if (m_managementServer.compare(LabTopology::SourceServer, Qt::CaseInsensitive) == 0)
        return {LabTopology::DestinationServer};
    return {};
}

std::shared_ptr<GroupBackend> LabBackend::groupAt(const QString& server,
                                                  const QString& database) const
{
    return std::make_shared<LabBackend>(root(), server, database);
}

Result<GroupSnapshot> LabBackend::readSnapshot() const
{
    return GroupReader(m_connector, managementServer(), managementDatabase(), destinationServers())
        .read();
}

Status LabBackend::execute(const ServerCommand& call) const
{
    if (m_dropAfter.load() >= 0 && m_dropAfter.fetch_sub(1) == 0) {
        DbError lost;
        lost.kind = DbError::Kind::ConnectionFailed;
        lost.summary = QStringLiteral("The connection to %1 was lost").arg(call.server);
        lost.location = call.server + QLatin1Char('/') + call.database;
        lost.advice =
            QStringLiteral("The statement may not have run. Read the group again before retrying.");
        lost.driverText = QStringLiteral("[08S01] Communication link failure");
        return lost;
    }
    // The console reaches only the servers that are not lost; the simulator carries out what
    // reached its server.
    if (m_connector.isLost(call.server)) {
        Result<QSqlDatabase> unreachable = m_connector.open(call.server, call.database);
        return unreachable.error();
    }
    Result<LabAgent::Clock> clock = LabAgent(m_simulator).clock();
    if (!clock)
        return clock.error();
    Status result =
        LabCommandExecutor(m_simulator, clock.value().utcNow, clock.value().utcOffsetSeconds)
            .execute(call);
    if (!result) {
        DbError error = result.error();
        error.location = call.server + QLatin1Char('/') + call.database;
        return error;
    }
    return result;
}

} // namespace bts
