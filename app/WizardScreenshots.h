#pragma once

#include <QDir>
#include <QString>

#include <memory>

namespace bts {

class Lab;

// Renders every page of the source wizard on `lab`, as an operator fills it in, without
// applying anything. Returns what went wrong, or an empty string.
QString renderSourceWizardPages(const std::shared_ptr<Lab>& lab, const QDir& folder);

// Renders the destination wizard's pages up to the review of the setup, without applying it.
// Needs the source job configured, so that there is a backup folder to check.
QString renderDestinationWizardPages(const std::shared_ptr<Lab>& lab, const QDir& folder);

// Walks the restore wizard through a whole failover of the lab, rendering every page: the last
// screenshots, since the lab's group is failed over afterwards.
QString renderRestoreWizardPages(const std::shared_ptr<Lab>& lab, const QDir& folder);

} // namespace bts
