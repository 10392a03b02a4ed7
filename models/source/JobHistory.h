#pragma once

#include "core/Result.h"
#include "group/GroupBackend.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QVector>

namespace bts {

// One row of msdb.dbo.sysjobhistory: a run's outcome (step 0, "(Job outcome)") or one step of it.
struct JobHistoryEntry {
    qint64 instanceId = 0; // grows with every row msdb writes: the order of events
    int stepId = 0;
    QString stepName;
    int runStatus = 0;   // 0 failed, 1 succeeded, 2 retry, 3 cancelled, 4 in progress
    QDateTime startedAt; // server local time, as msdb stores it
    int durationSeconds = 0;
    QString message;

    bool failed() const { return runStatus == 0; }
    bool succeeded() const { return runStatus == 1; }
    bool isOutcome() const { return stepId == 0; }
};

// The job's runs and steps that started on or after `since` (a server-local day), newest first.
// Blocks: call on a database thread.
Result<QVector<JobHistoryEntry>> readJobHistory(const GroupBackend& backend, const QString& jobName,
                                                const QDate& since);

} // namespace bts
