#pragma once

#include "ShippingStatus.h"

#include <QByteArray>
#include <QString>

namespace bts {

// The monitoring-plugin convention (Nagios, Icinga, Zabbix, Checkmk): one status line with
// performance data, and an exit code.
enum class CheckExit { Ok = 0, Warning = 1, Critical = 2, Unknown = 3 };

CheckExit checkExitFor(StatusLevel level); // Info counts as OK

// "BIZTALK LOG SHIPPING WARNING - LABSQL02 is 3 h 5 min behind ... | 'LABSQL02 lag'=185min;45;120;0
// 'LABSQL02 sets behind'=12;;;0 ..." : label, summary sentence, then perfdata with warning and
// critical thresholds.
QString checkStatusLine(const ShippingStatus& status);
// The line for a check that could not run (unreachable server, bad arguments): UNKNOWN.
QString checkUnknownLine(const QString& reason);

// The full status as JSON (group, level, every verdict, destinations, databases, thresholds).
QByteArray shippingStatusJson(const ShippingStatus& status);

} // namespace bts
