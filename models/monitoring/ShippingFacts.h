#pragma once

#include "core/DbError.h"
#include "group/GroupSnapshot.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace bts {

// One backup set as a history table describes it. Times are in the history frame of the source
// (adm_BackupHistory.BackupDateTime: UTC unless the job uses @UseLocalTime = 1), which
// bts_LogShippingHistory copies.
struct SetSummary {
    qint64 setId = -1;
    bool full = false;     // BackupType 'db'
    bool complete = false; // every row SetComplete = 1
    QDateTime backupTime;
    QString markName; // empty for a full set
};

// Sets a destination never restored although it restored a later one (facts §2.7): harmless when
// a full set was restored after them, a broken chain otherwise.
struct SetGap {
    qint64 firstSetId = -1;
    qint64 lastSetId = -1;
    int sets = 0;
};

// When one restored set was taken and when a destination restored it: one point of the lag chart.
struct LagPoint {
    qint64 setId = -1;
    QDateTime backupTime; // history frame
    // restoredAt is taken by the reader from the destination's clock into the history frame.
    QDateTime restoredAt;     // bts_LogShippingHistory.RestoredDateTime (the destination's clock)
    double minutesBehind = 0; // restoredAt - backupTime, both read in the same frame
};

// What the monitoring reads of one destination beyond DestinationState (which GroupSnapshot
// already holds: reachability, tables, jobs with their last run, restored set per database).
struct DestinationHistory {
    QString server;
    bool read = false; // false when the destination or its history could not be read
    DbError error;

    std::optional<SetSummary> newestImported;
    std::optional<SetSummary> lastRestored;  // the last fully restored set
    std::optional<QDateTime> lastRestoredAt; // RestoredDateTime, in the history frame
    // The source's complete log sets newer than lastRestored (read on the source); -1 unknown.
    int completeLogSetsBehind = -1;
    // Unrestored sets below lastRestored and above the newest restored full set: a gap that no
    // full set repaired. Empty when there is none.
    std::optional<SetGap> unrepairedGap;
    // Imported partial sets newer than lastRestored: each stops the chain until a full set.
    QVector<SetSummary> partialSets;
    // Backup files of imported, not yet restored sets that the destination server reports
    // missing. filesChecked is false when the server offers no way to check (before SQL Server
    // 2017) or the check failed.
    QStringList missingFiles;
    bool filesChecked = false;
    // The sets restored in the chart's window (two days by default), oldest first.
    QVector<LagPoint> lagHistory;
};

// Everything the status engine looks at, read in one go by readShippingFacts.
struct ShippingFacts {
    GroupSnapshot snapshot;      // the source as read (managementServer set even when lost)
    bool sourceReachable = true; // false: snapshot holds only its destinations
    DbError sourceError;         // why the source could not be read
    std::optional<SetSummary> newestCompleteLog; // on the source
    std::optional<SetSummary> newestCompleteFull;
    // Partial sets on the source newer than its newest complete full set, oldest first.
    QVector<SetSummary> sourcePartialSets;
    QVector<DestinationHistory> destinations; // parallel to snapshot.destinations
    // When the facts were read, in the history frame of the source (its clock when reachable,
    // else a destination's).
    QDateTime historyNow;
};

} // namespace bts
