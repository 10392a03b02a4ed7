#pragma once

#include "LabConnector.h"
#include "core/Result.h"

#include <QDateTime>
#include <QVector>

namespace bts {

// The lab's SQL Server Agents: moves the stored clock forward and runs, in time order, every
// occurrence of every enabled scheduled job of every lab server that falls due on the way, as
// the servers' Agents would have while that time passed. A server whose Agent is stopped
// (LabFault::AgentStopped) runs nothing, and does not catch up when it starts again.
class LabAgent {
public:
    explicit LabAgent(const LabConnector& connector)
        : m_connector(connector)
    {}

    Status advanceTo(const QDateTime& targetUtc) const;

    struct Clock {
        QDateTime utcNow;
        int utcOffsetSeconds = 0;
    };
    Result<Clock> clock() const;
    Status setClock(const QDateTime& utcNow) const;
    Status setUtcOffset(int seconds) const;

private:
    struct Due {
        QString server;
        QString jobName;
        QString scheduleName;
        int scheduleId = 0;
        QDateTime storedLocal; // as sysjobschedules has it (invalid when never computed)
        QDateTime nextLocal;
        int intervalMinutes = 15;
    };
    // The next occurrence of every enabled schedule of every running Agent, soonest first
    // (ties: the servers in topology order, then job names).
    Result<QVector<Due>> occurrences(const Clock& clock) const;
    Result<QVector<Due>> occurrencesOn(const QString& server, const Clock& clock) const;
    Status storeNextRun(const Due& due, const QDateTime& nextLocal) const;

    const LabConnector& m_connector;
};

} // namespace bts
