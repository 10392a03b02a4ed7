#pragma once

#include "GroupSnapshot.h"
#include "core/Result.h"
#include "sql/SqlConnector.h"

namespace bts {

// Reads a BizTalk group from its management database: the databases it is made of, their
// recovery models, their newest backups, and the Backup BizTalk Server job. The same code and the
// same statements serve SQL Server and the lab. Runs on a database thread; blocks.
class GroupReader {
public:
    GroupReader(const SqlConnector& connector, QString managementServer, QString managementDatabase,
                QStringList destinationServers = {});

    // Fails only when the management database itself cannot be read; smaller problems
    // (another server unreachable) come back as GroupSnapshot::warnings.
    Result<GroupSnapshot> read() const;

private:
    Status readTopology(GroupSnapshot& snapshot) const;
    void readRecoveryModels(GroupSnapshot& snapshot) const;
    Status readBackupHistory(GroupSnapshot& snapshot) const;
    void readBackupJob(GroupSnapshot& snapshot) const;
    Status readClock(GroupSnapshot& snapshot) const;

    const SqlConnector& m_connector;
    QString m_server;
    QString m_database;
    QStringList m_destinations;
};

} // namespace bts
