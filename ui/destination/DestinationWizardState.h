#pragma once

#include "destination/DestinationChecks.h"
#include "destination/DestinationPlanner.h"
#include "destination/DestinationState.h"
#include "group/GroupBackend.h"

#include <memory>

namespace bts {

// What the destination wizard's pages share.
struct DestinationWizardState {
    std::shared_ptr<const GroupBackend> backend;
    GroupSnapshot snapshot;      // the source group, as read when the wizard opened
    QString defaultSchemaFolder; // where the BizTalk Schema folder probably is
    QVector<DestinationConfig> configs;
    QVector<DestinationChecks> checks; // parallel to configs
    QVector<DestinationState> states;  // parallel to configs
    DestinationScripts scripts;
    QString schemaFolder;

    QStringList configuredDestinations() const;
    QStringList destinationServers() const; // of the configs, in order
};

} // namespace bts
