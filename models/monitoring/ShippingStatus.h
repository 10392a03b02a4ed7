#pragma once

#include "ShippingFacts.h"
#include "group/DatabaseStatus.h"
#include "group/Thresholds.h"

#include <QDateTime>
#include <QString>
#include <QVector>

#include <optional>

namespace bts {

// What a verdict is about, so that a page can group them and a test can find them.
enum class ShippingTopic {
    SourceUnreachable,      // the source management server cannot be read
    BackupJob,              // Backup BizTalk Server job missing, disabled or failing
    NewestLogAge,           // no complete log set for too long
    FullBackupAge,          // no complete full set for too long
    PartialSet,             // a partial set on the source or imported by a destination
    DestinationUnreachable, // a destination cannot be read
    NotConfigured,          // no log shipping configured on a destination
    Lag,                    // a destination trails the source
    Gap,                    // a destination skipped sets that no full set repaired
    DestinationJob,         // a log shipping job disabled or failing
    MissingFile,            // a backup file the destination cannot find
    Disagreement,           // destinations at different last restored sets
    DatabaseBehind,         // one database trails the rest of its destination
};

QString shippingTopicName(ShippingTopic topic); // "lag", "partial set"...

// One finding: how bad, about what, and a sentence that says what is wrong and what to do.
struct ShippingVerdict {
    StatusLevel level = StatusLevel::Ok;
    ShippingTopic topic = ShippingTopic::Lag;
    QString subject; // the server, or "server database" for one database
    QString sentence;
};

struct DestinationStatus {
    QString server;
    StatusLevel level = StatusLevel::Ok;
    qint64 lastRestoredSetId = -1;
    qint64 newestImportedSetId = -1;
    int setsBehind = -1;                 // source complete log sets newer than the last restored
    std::optional<double> minutesBehind; // newest complete log backup - last restored backup
    std::optional<QDateTime> lastRestoredAt;
    QString sentence; // this destination's worst verdict, or that it keeps up
    QVector<LagPoint> lagHistory;
};

struct DatabaseShippingStatus {
    QString destination;
    QString database;
    qint64 lastRestoredSetId = -1;
    int setsBehindDestination = 0; // sets behind the destination's last restored set
    StatusLevel level = StatusLevel::Ok;
    QString sentence;
};

// The verdicts of the whole group: the engine's only output. Pure data, worst first.
struct ShippingStatus {
    QString group; // "LABSQL01/BizTalkMgmtDb"
    QDateTime evaluatedAt;
    StatusLevel level = StatusLevel::Ok; // the worst verdict's
    QVector<ShippingVerdict> verdicts;   // every finding, worst first, then by subject
    QVector<DestinationStatus> destinations;
    QVector<DatabaseShippingStatus> databases;
    std::optional<SetSummary> newestCompleteLog;
    std::optional<SetSummary> newestCompleteFull;
    Thresholds thresholds; // as used

    // One sentence for a status line: the worst verdict, or that every destination keeps up.
    QString summary() const;
    QVector<ShippingVerdict> verdictsAbout(ShippingTopic topic) const;
};

// Pure: the same facts and thresholds give the same status.
ShippingStatus evaluateShipping(const ShippingFacts& facts, const Thresholds& thresholds = {});

} // namespace bts
