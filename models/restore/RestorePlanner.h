#pragma once

#include "actions/ServerCommand.h"
#include "core/Result.h"
#include "group/GroupSnapshot.h"

namespace bts {

// The server-side steps of a failover to the destinations (facts §3.1, §3.2), each a group of
// commands the restore wizard previews and runs on its own page, in this order.
struct RestorePlan {
    // Disable the Backup BizTalk Server job, when the source still answers.
    QVector<ServerCommand> stopSource;
    // On every destination: disable Get Backup History and Restore Databases.
    QVector<ServerCommand> stopShipping;
    // Optional: run Restore Databases once more on every destination, so that it restores what
    // it imported before it was disabled.
    QVector<ServerCommand> catchUp;
    // On every destination: start Restore To Mark at its first step.
    QVector<ServerCommand> restoreToMark;

    QVector<ServerCommand> all(bool withCatchUp) const;
};

// Fails when a destination is not configured or lacks one of its three jobs.
Result<RestorePlan> planRestore(const GroupSnapshot& snapshot, bool sourceReachable);

} // namespace bts
