#pragma once

#include "Bench.h"

#include <QString>

namespace bts::bench {

// A healthy lab (log shipping to LABSQL02 running) with about `rows` rows in each history table
// (adm_BackupHistory on the source, bts_LogShippingHistory on the destination), generated once
// into the work folder and reused by later runs. Returns its root, or an empty string (and
// reports a failed figure saying why) when it could not be made.
QString scaleLab(Context& context, qint64 rows);

// The SQLite files behind the lab's tables, for the sqlite3 baselines.
QString sourceManagementFile(const QString& labRoot);
QString destinationMasterFile(const QString& labRoot);

} // namespace bts::bench
