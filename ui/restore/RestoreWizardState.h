#pragma once

#include "group/GroupBackend.h"
#include "group/GroupSnapshot.h"
#include "restore/RestorePlanner.h"
#include "restore/RestoreReport.h"

#include <memory>

namespace bts {

// What the restore wizard's pages share.
struct RestoreWizardState {
    std::shared_ptr<const GroupBackend> backend;
    GroupSnapshot snapshot;
    bool sourceReachable = true;
    RestorePlan plan;
    bool planReady = false; // false until the pre-flight (or a resume) has read the group
    RestoreReport report;   // the timeline, filled as the steps run
};

} // namespace bts
