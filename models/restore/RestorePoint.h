#pragma once

#include "core/Result.h"
#include "sql/SqlConnector.h"

#include <QDateTime>
#include <QString>
#include <QVector>

#include <optional>

namespace bts {

// One backup set as a destination's imported history describes it: the mark its log backups
// carry and when it was taken. Restoring to a set means restoring to its mark.
struct RestorePoint {
    QString destination;
    qint64 setId = -1;
    QString markName; // empty when the set's history rows are gone (cleaned) or have no mark
    // bts_LogShippingHistory.BackupDateTime, copied from the source's adm_BackupHistory: UTC
    // unless the backup job uses @UseLocalTime = 1.
    std::optional<QDateTime> backupTime;
    // False for a partial set (SetComplete = 0 on a row), which cannot be restored (facts §2.7),
    // and for a set without history rows: only a set read as complete is one to restore to.
    bool complete = false;

    bool known() const { return !markName.isEmpty() || backupTime.has_value(); }
};

// Reads set `setId` from master.dbo.bts_LogShippingHistory on `destination`. A set without
// history rows is not an error: the point comes back with no mark and no time. Blocks.
Result<RestorePoint> readRestorePoint(const SqlConnector& connector, const QString& destination,
                                      qint64 setId);

// The point read for (destination, setId), or nullptr.
const RestorePoint* findRestorePoint(const QVector<RestorePoint>& points,
                                     const QString& destination, qint64 setId);

} // namespace bts
