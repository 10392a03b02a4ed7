#pragma once

#include "LabConnector.h"
#include "core/Result.h"

#include <QString>

namespace bts {

// Faults the lab can inject into its simulated servers.
enum class LabFault {
    BackupFails,       // every backup of one database fails: partial sets
    AgentStopped,      // one server's SQL Server Agent is stopped: none of its jobs run
    MissingBackupFile, // the next backup file of one database a destination wants is lost
    ServerLost,        // one server is gone: the console cannot reach it, nothing runs there
};

// The lab's fault switches, kept in LABSQL01's master.lab_Faults whatever server they concern:
// they are the lab's controls, not part of any simulated server.
class LabFaults {
public:
    explicit LabFaults(const LabConnector& connector)
        : m_connector(connector)
    {}

    static QString kindName(LabFault fault);

    // `database` is ignored (stored empty) for faults of a whole server.
    Status set(LabFault fault, const QString& server, const QString& database, bool enabled) const;
    Result<bool> isSet(LabFault fault, const QString& server, const QString& database = {}) const;
    // Whether the fault is set, clearing it: for faults that happen once.
    Result<bool> take(LabFault fault, const QString& server, const QString& database) const;

private:
    // What the server itself shows of a fault (its Agent service's status).
    Status reflect(LabFault fault, const QString& server, bool enabled) const;

    const LabConnector& m_connector;
};

} // namespace bts
