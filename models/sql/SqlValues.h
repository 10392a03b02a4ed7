#pragma once

#include <QDateTime>
#include <QVariant>

#include <optional>

namespace bts {

// A datetime column as a QDateTime in the server's own frame (spec UTC, no conversion):
// ODBC gives QDateTime, SQLite gives ISO text.
std::optional<QDateTime> sqlDateTime(const QVariant& value);

// msdb's run_date (yyyymmdd) and run_time (hhmmss) integers.
QDateTime msdbDateTime(int runDate, int runTime);
// msdb's run_duration (hhmmss) in seconds.
int msdbDurationSeconds(int runDuration);
int msdbDate(const QDate& date);
int msdbTime(const QTime& time);

// The form the lab stores datetimes in (sorts like the value).
QString labDateTimeText(const QDateTime& value);

} // namespace bts
