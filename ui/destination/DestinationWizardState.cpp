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

} // namespace bts
