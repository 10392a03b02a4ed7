#pragma once

#include "group/GroupBackend.h"
#include "group/GroupSnapshot.h"
#include "restore/ManagementUpdate.h"
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
    UpdateInfo updateInfo;  // SampleUpdateInfo.xml as saved
    ManagementUpdatePlan managementUpdate;
    // Where the new group's management database is, once the failover has moved it.
    QString newManagementServer;
    QString newManagementDatabase;
};

} // namespace bts
