#pragma once

#include "group/GroupBackend.h"
#include "source/SourceContext.h"
#include "source/SourceJobConfig.h"
#include "source/SourceJobValidation.h"

#include <memory>

namespace bts {

// What the source wizard's pages share: where it applies, what it found, what the operator asked.
struct SourceWizardState {
    std::shared_ptr<const GroupBackend> backend;
    SourceContext context;
    SourceJobConfig config;
};

} // namespace bts
