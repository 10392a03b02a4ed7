#pragma once

#include "core/Result.h"

#include <QString>

#include <functional>

namespace bts {

// How much older history to add to a lab.
struct LabHistoryScale {
    qint64 sets = 0;          // backup sets to add before the lab's oldest one
    int intervalMinutes = 15; // between two log sets
    int fullEveryHours = 24;  // a full set this often, log sets between
    static LabHistoryScale years(double years, int intervalMinutes = 15); // sets from a duration
};

// Adds `scale.sets` older backup sets of every database the lab's backup job backs up, before the
// history already there (so the lab's present stays as it is): rows in adm_BackupHistory on the
// source management database, in bts_LogShippingHistory (imported and restored) on every
// configured destination, and the matching sysjobhistory rows of the jobs. Existing ids are
// shifted up when the new, older sets need the room below them. One transaction per chunk with
// prepared, bound inserts, newest chunk first, so that a cancelled run leaves a shorter but
// consistent history; `progress` (0..100) may return false to cancel (a Cancelled error).
// Blocks: call on a database thread. Returns the number of history rows written
// (adm_BackupHistory + bts_LogShippingHistory).
Result<qint64> generateLabHistory(const QString& labRoot, const LabHistoryScale& scale,
                                  const std::function<bool(int percent)>& progress = {});

} // namespace bts
