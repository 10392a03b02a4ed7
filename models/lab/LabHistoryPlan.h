#pragma once

#include "LabConnector.h"
#include "LabHistoryGenerator.h"
#include "core/Result.h"

#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QVector>

namespace bts {

// What the lab's history generator reads of the lab before it writes, and what it plans.

struct LabHistoryTarget {
    QString server;
    QString database;
};

// A job whose runs the generator writes into sysjobhistory: one run per slot, `delaySeconds`
// after the slot's backups, every step succeeding.
struct LabHistoryJob {
    QString server;
    QString jobId;
    QVector<QPair<int, QString>> steps;
    QString outcome; // the "(Job outcome)" row's message
    int delaySeconds = 0;
};

struct LabHistoryDestination {
    QString server;
    QSet<QString> restored; // "server/database", lower case: bts_LogShippingDatabases
};

struct LabHistoryContext {
    QString mgmtServer;
    QString mgmtDatabase;
    QVector<LabHistoryTarget> fullTargets; // in the order the job backs them up
    QVector<LabHistoryTarget> logTargets;
    QString markName;    // as the job's step passes it: "BTS"
    QString location;    // BackupFileLocation
    QDateTime oldestUtc; // the oldest backup the lab has (or its clock when it has none)
    int utcOffsetSeconds = 0;
    qint64 lowestSetId = 1; // in use anywhere, or the next to be given
    qint64 lowestBackupId = 1;
    QVector<LabHistoryDestination> destinations;
    QVector<LabHistoryJob> jobs;
    QHash<QString, qint64> lowestInstanceId; // by server: sysjobhistory
};

// One job run's time: a full set and/or a log set taken at `utc`.
struct LabHistorySlot {
    QDateTime utc;
    bool full = false;
    bool log = false;
    qint64 setId = 0;    // the first of its sets (the full one when both)
    qint64 backupId = 0; // of its first row
};

struct LabHistoryMsdb {
    QString server;
    QVector<int> jobs; // indexes into LabHistoryContext::jobs, in the order they run
    int rowsPerSlot = 0;
    qint64 firstInstanceId = 1;
    qint64 shift = 0;
};

struct LabHistoryPlan {
    QVector<LabHistorySlot> timeline; // oldest first
    int intervalMinutes = 15;
    qint64 setIdShift = 0;
    qint64 backupIdShift = 0;
    QVector<LabHistoryMsdb> msdbs;
};

Result<LabHistoryContext> readLabHistoryContext(const LabConnector& connector);
LabHistoryPlan planLabHistory(const LabHistoryContext& context, const LabHistoryScale& scale);
// Writes plan.timeline[begin, end) everywhere; returns the history rows written.
Result<qint64> writeLabHistoryChunk(const LabConnector& connector, const LabHistoryContext& context,
                                    const LabHistoryPlan& plan, qint64 begin, qint64 end);

} // namespace bts
