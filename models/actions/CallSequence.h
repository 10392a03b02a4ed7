#pragma once

#include "ServerCommand.h"
#include "core/Result.h"
#include "group/GroupBackend.h"

#include <QDateTime>
#include <QVector>

namespace bts {

struct CallOutcome {
    ServerCommand call;
    bool ran = false;
    Status status = success();
    QDateTime startedAt;     // UTC, when it ran
    qint64 milliseconds = 0; // how long it took
};

// Runs calls one after another on the calling (database) thread, writing an audit line for
// each, and stops at the first failure so that the operator is told exactly what ran and what
// did not. Every outcome is returned, including the calls that were not run.
QVector<CallOutcome> runCallSequence(const GroupBackend& backend,
                                     const QVector<ServerCommand>& calls);

// The whole sequence as one script, for Copy and Save.
QString scriptFor(const QVector<ServerCommand>& calls);

} // namespace bts
