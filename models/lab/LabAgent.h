#pragma once

#include "LabConnector.h"
#include "core/Result.h"

#include <QDateTime>

namespace bts {

// The lab's SQL Server Agent scheduler: moves the stored clock forward and runs the backup job
// at every occurrence of its schedule that falls due on the way, as the real Agent would have
// while that time passed.
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
        QString jobName;
        QString scheduleName;
        int scheduleId = 0;
        QDateTime nextLocal; // invalid when nothing is scheduled
        int intervalMinutes = 15;
    };
    Result<Due> nextOccurrence(const Clock& clock) const;
    Status storeNextRun(int scheduleId, const QDateTime& nextLocal) const;

    const LabConnector& m_connector;
};

} // namespace bts
