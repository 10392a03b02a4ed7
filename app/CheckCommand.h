#pragma once

#include "ConnectionArguments.h"
#include "group/Thresholds.h"

#include <QString>
#include <QStringList>

class QTextStream;

namespace bts {

// The arguments after `check`, parsed without side effects so that tests can check them.
struct CheckOptions : ConnectionArguments {
    bool showHelp = false;
    QString helpText;
    bool json = false;
    QString labScenario; // non-empty: build this lab scenario first (lab only)
    Thresholds thresholds;
    QString error; // non-empty when the arguments cannot be used; says why
};

CheckOptions parseCheckOptions(const QStringList& arguments);

// Runs `bts-logship check ...` for a monitoring system: one status line with performance data
// (or the full verdicts as JSON with --json) on `out`, and the plugin exit code: 0 OK,
// 1 WARNING, 2 CRITICAL, 3 UNKNOWN (bad arguments, nothing readable). Blocks on the servers.
int runCheckCommand(const QStringList& arguments, QTextStream& out, QTextStream& err);
int runCheckCommand(const QStringList& arguments);

} // namespace bts
