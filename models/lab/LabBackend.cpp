#include "LabBackend.h"

#include "LabAgent.h"
#include "LabCommandExecutor.h"
#include "LabTopology.h"
#include "group/GroupReader.h"

namespace bts {

LabBackend::LabBackend(QString root)
    : m_connector(std::move(root))
{}

QString LabBackend::displayName() const
{
    return QStringLiteral("Lab (%1)").arg(LabTopology::SourceServer);
}

QString LabBackend::managementServer() const
{
    return LabTopology::SourceServer;
}

QString LabBackend::managementDatabase() const
{
    return LabTopology::ManagementDatabase;
}

Result<GroupSnapshot> LabBackend::readSnapshot() const
{
    return GroupReader(m_connector, managementServer(), managementDatabase()).read();
}

Status LabBackend::execute(const ProcedureCall& call) const
{
    Result<LabAgent::Clock> clock = LabAgent(m_connector).clock();
    if (!clock)
        return clock.error();
    Status result =
        LabCommandExecutor(m_connector, clock.value().utcNow, clock.value().utcOffsetSeconds)
            .execute(call);
    if (!result) {
        DbError error = result.error();
        error.location = call.server + QLatin1Char('/') + call.database;
        return error;
    }
    return result;
}

} // namespace bts
