#pragma once

#include "GroupSnapshot.h"
#include "Thresholds.h"

#include <QString>
#include <QVector>

namespace bts {

enum class StatusLevel { Ok, Info, Warning, Critical };

QString statusLevelName(StatusLevel level);

struct StatusVerdict {
    StatusLevel level = StatusLevel::Ok;
    QString reason; // a sentence: what is wrong (or right), and what to do
};

// Verdicts for the group as a whole (job disabled, partial set...), shown above the grid, and
// one per database, shown in its row. Pure: the same snapshot gives the same verdicts.
struct GroupVerdicts {
    QVector<StatusVerdict> group;
    QVector<StatusVerdict> databases; // parallel to GroupSnapshot::databases

    StatusLevel worst() const;
};

GroupVerdicts evaluateGroup(const GroupSnapshot& snapshot, const Thresholds& thresholds = {});

// "47 minutes", "3 hours 5 minutes", "2 days"
QString describeAge(qint64 seconds);
// The same for narrow cells: "47 min", "3 h 5 min", "2 d"
QString describeShortAge(qint64 seconds);

} // namespace bts

namespace bts {

// One line on the backup job as configured and as it last ran, e.g.
// "Backup BizTalk Server (BizTalkMgmtDb): enabled; full backups daily, log backups every
// 15 minutes to \\BACKUP\BizTalk; mark 'BTS'; last run 13:30 succeeded; newest complete log
// set 27."
QString describeBackupJob(const GroupSnapshot& snapshot);

} // namespace bts
