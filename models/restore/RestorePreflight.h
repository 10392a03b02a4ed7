#pragma once

#include "RestorePoint.h"
#include "core/Result.h"
#include "group/GroupBackend.h"
#include "group/GroupSnapshot.h"

#include <QDateTime>
#include <QString>
#include <QVector>

#include <optional>

namespace bts {

// One sentence of the restore wizard's pre-flight. A Blocker keeps the wizard from going on.
struct PreflightFinding {
    enum Level { Ok, Warning, Blocker };
    Level level = Ok;
    QString message;
};

// What restoring now would give: the mark every database comes back at (the oldest target of
// the destinations, which all of them reach), and how much of what the source backed up after
// it is lost.
struct RestoreOutcome {
    QString markName;        // empty when the set's history rows could not be read
    QDateTime markTime;      // the set's BackupDateTime (UTC unless the job uses local time)
    qint64 setId = -1;       // -1: no destination has a restore point
    qint64 lostMinutes = -1; // -1: not known
    QString sentence;
};

// One log-shipping job of a destination, as msdb's job history shows it.
struct ShippingJobCheck {
    bool found = false;
    bool enabled = false;
    bool running = false;
    std::optional<JobRun> lastRun;
};

struct DestinationPreflight {
    QString server;
    bool reachable = false;
    bool configured = false;
    qint64 lastRestoredSetId = -1;
    qint64 newestImportedSetId = -1;
    std::optional<RestorePoint> restorePoint; // of lastRestoredSetId, when it was read
    // Where Restore To Mark brings this destination: the newest complete log set imported after
    // lastRestoredSetId (Restore Databases holds it back for the mark, facts §2.7), when it was
    // read; else lastRestoredSetId. -1 when nothing was restored.
    qint64 targetSetId = -1;
    std::optional<RestorePoint> targetPoint; // of targetSetId, when it was read
    ShippingJobCheck getBackupHistory;
    ShippingJobCheck restoreDatabases;
    ShippingJobCheck restoreToMark;
    // Behind the most advanced destination: 0 when aligned (or alone).
    qint64 setsBehind = 0;
    std::optional<qint64> minutesBehind;
};

struct RestorePreflight {
    bool sourceLost = false;
    bool timesAreLocal = false;     // backup times in the source server's local time, not UTC
    qint64 sourceNewestLogSet = -1; // newest complete log set on the source, when it answered
    std::optional<QDateTime> sourceNewestLogBackup; // newest log backup of any source database
    QVector<DestinationPreflight> destinations;
    QVector<PreflightFinding> findings; // blockers first, then warnings, then the rest
    RestoreOutcome outcome;

    bool blocked() const;
    int count(PreflightFinding::Level level) const;
};

// A restore point further than this behind the newest log backup is worth a warning: two
// missed log backups at the job's default 15-minute interval, and then some (Thresholds).
inline constexpr int DefaultRestoreLagMinutes = 60;

// The set a destination would restore to: its last fully restored set
// (bts_LogShippingLastRestoreSet), else the newest set any of its databases restored; -1.
qint64 lastRestoredSet(const DestinationState& destination);

// Pure: the pre-flight of a restore from the group as read. `sourceReachable` false means the
// source is lost and only `snapshot.destinations` are known. `points` are the sets read with
// readRestorePoint (each destination's last restored and newest imported set).
RestorePreflight evaluatePreflight(const GroupSnapshot& snapshot, bool sourceReachable,
                                   const QVector<RestorePoint>& points,
                                   int lagWarningMinutes = DefaultRestoreLagMinutes);

// Reads the group and the destinations' restore points and evaluates them. When the management
// server cannot be reached the source is taken as lost and the destinations are read alone.
// Blocks (database thread).
// `snapshotOut`, when given, receives the group as read (destinations only when the source is
// lost), for the restore plan that follows the pre-flight.
Result<RestorePreflight> readPreflight(const GroupBackend& backend,
                                       GroupSnapshot* snapshotOut = nullptr);

// "about 14 minutes", "about 3 hours 5 minutes", "less than a minute".
QString lostTimeWords(qint64 minutes);
// The outcome in one sentence. `reference` is the time the loss is counted to: the mark's
// date is shown when it differs from the reference's.
QString restoreSentence(const RestoreOutcome& outcome, bool sourceLost, bool timesAreLocal,
                        const QDateTime& reference = QDateTime());

} // namespace bts
