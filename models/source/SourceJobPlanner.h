#pragma once

#include "SourceJobConfig.h"
#include "actions/ServerCommand.h"
#include "core/Result.h"

#include <QStringList>
#include <QVector>

namespace bts {

// The commands that take the job from what it is to what the operator asked for, and nothing
// more: a step whose command already says the same is left alone, so that applying a plan
// twice changes nothing the second time (an interrupted apply converges when run again).
struct SourceJobPlan {
    QVector<ServerCommand> commands;
    // Steps whose current command the console could not read: applying replaces them.
    QStringList overwritesUnreadableSteps;
};

// Fails, with the reason, when the configuration has errors or the job is not one the console
// can configure (a step missing, a parameter this BizTalk build does not have).
Result<SourceJobPlan> planSourceJob(const SourceContext& context, const SourceJobConfig& config);

// Single actions on the job, outside the wizard.
ServerCommand enableJobCommand(const SourceContext& context, bool enabled);
ServerCommand startJobCommand(const SourceContext& context);
ServerCommand forceFullBackupCommand(const SourceContext& context);

} // namespace bts
