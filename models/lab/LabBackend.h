#pragma once

#include "LabConnector.h"
#include "LabTopology.h"
#include "group/GroupBackend.h"

#include <atomic>

namespace bts {

// The lab seen through the same interface as a SQL Server: reads go through the shared
// GroupReader and statements; changes run through the lab's procedure implementations.
class LabBackend : public GroupBackend {
public:
    // `managementServer`: where the group's management database is; after a failover, the
    // destination, whose group has no destination of its own yet.
    explicit LabBackend(QString root, QString managementServer = LabTopology::SourceServer,
                        QString managementDatabase = LabTopology::ManagementDatabase);

    QString root() const { return m_simulator.root(); }

    QString displayName() const override;
    bool isLab() const override { return true; }
    QString managementServer() const override;
    QString managementDatabase() const override;
    QStringList destinationServers() const override;

    const SqlConnector& connector() const override { return m_connector; }
    Result<GroupSnapshot> readSnapshot() const override;
    Status execute(const ServerCommand& call) const override;
    std::shared_ptr<GroupBackend> groupAt(const QString& server,
                                          const QString& database) const override;

    // Fault injection: the connection drops before the command after the next `commands` ones
    // (which then has not run), as a network failure half-way through an apply would. -1 = off.
    void dropConnectionAfter(int commands) { m_dropAfter = commands; }

private:
    LabConnector m_connector; // the console's: a lost server is out of its reach
    LabConnector m_simulator; // the lab's own, for what runs inside the simulated servers
    QString m_managementServer;
    QString m_managementDatabase;
    mutable std::atomic<int> m_dropAfter{-1};
};

} // namespace bts
