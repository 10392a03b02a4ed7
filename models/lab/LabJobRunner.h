#pragma once

#include "LabConnector.h"
#include "core/Result.h"

#include <QDateTime>

namespace bts {

// The lab's SQL Server Agent running one job: steps in order from step 1, following each
// step's on-success and on-failure actions, with a history row per step and one for the outcome
// (step 0), worded as SQL Server words them.
class LabJobRunner {
public:
    explicit LabJobRunner(const LabConnector& connector)
        : m_connector(connector)
    {}

    // Runs a job of `server`'s msdb. `invokedBy`: "Schedule 1 (MarkAndBackupLogSched)" or
    // "User". Fails when the job fails.
    Status run(const QString& server, const QString& jobName, const QDateTime& utcNow,
               int utcOffsetSeconds, const QString& invokedBy) const;

private:
    Status writeHistory(const QString& server, const QString& jobId, int stepId,
                        const QString& stepName, bool succeeded, const QString& message,
                        const QDateTime& localTime) const;

    const LabConnector& m_connector;
};

} // namespace bts
