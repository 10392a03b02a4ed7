#include "DestinationWizardState.h"

namespace bts {

QStringList DestinationWizardState::configuredDestinations() const
{
    QStringList names;
    for (const DestinationState& state : states) {
        if (state.isConfigured())
            names.append(state.server);
    }
    return names;
}

QStringList DestinationWizardState::destinationServers() const
{
    QStringList servers;
    for (const DestinationConfig& c : configs)
        servers.append(c.destination);
    return servers;
}

} // namespace bts
