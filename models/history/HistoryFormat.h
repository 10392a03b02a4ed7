#pragma once

#include "HistoryQuery.h"

#include <QVariant>

namespace bts {

// A history value as an operator reads it: datetimes without milliseconds, msdb's integer dates,
// times and durations as such, a job run's outcome in words, backup types spelled out.
QString historyDisplayText(HistoryKind kind, const QString& column, const QVariant& value);
// The column's header.
QString historyColumnTitle(const QString& column);

} // namespace bts
