#pragma once

// Internal to readShippingFacts: the pieces its source and destination files share.

#include "ShippingFacts.h"
#include "sql/SqlRunner.h"

#include <QSqlQuery>

namespace bts::shippingreader {

// One SetSummary from a row with BackupSetId, BackupType, BackupDateTime, MarkName and
// optionally SetComplete (`complete` when the statement does not read it).
SetSummary setSummary(const QSqlQuery& row, bool complete);

// A datetime parameter compared with a datetime column: QODBC binds a QDateTime as a timestamp,
// while the lab stores datetimes as text and compares text (labDateTimeText).
QVariant dateTimeParameter(SqlDialect dialect, const QDateTime& value);

// Reads what one destination says beyond its DestinationState (see DestinationHistory), its
// times taken from the destination's clock into the history frame of `facts`.
struct DestinationContext {
    const SqlRunner& run;
    SqlDialect dialect;
    const ShippingFacts& facts; // the source's part, already read
    int lagHistoryHours;
};
DestinationHistory readDestinationHistory(const DestinationContext& context,
                                          const DestinationState& state);

// The destination's clock (server_clock): its UTC time and its offset to local time.
struct ServerClock {
    QDateTime utcNow;
    int utcOffsetSeconds = 0;
};
Result<ServerClock> readServerClock(const SqlRunner& run, const QString& server);

} // namespace bts::shippingreader
