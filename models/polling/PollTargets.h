#pragma once

#include "PollTarget.h"
#include "environments/Environment.h"

#include <QHash>
#include <QVector>

namespace bts {

// The servers of `environments` to poll: for each, its management server then its destinations.
// `passwords` holds, by environment id, the passwords the console has in memory: an
// environment that needs one it does not have gets targets without a connector, to show
// "password needed" rather than ask. The lab's servers are those of the lab at `labRoot`.
// Logins and queries are bounded by `timeoutMs` too, so that a dead server frees its thread.
QVector<PollTarget> pollTargets(const QVector<Environment>& environments,
                                const QHash<QString, QString>& passwords, const QString& labRoot,
                                int timeoutMs);

} // namespace bts
