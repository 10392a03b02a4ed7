#pragma once

#include "diagnostics/Diagnostics.h"

#include <functional>

class QMainWindow;
class QMenu;

namespace bts {

// Adds "&Help" to `window`'s menu bar: "&Diagnostics..." (diagnosticsAction) and "&Audit
// log..." (auditLogAction). `paths` is asked each time a dialog opens, so that paths set after
// the window was built (and the lab opened since) are the ones shown.
QMenu* addHelpMenu(QMainWindow* window, std::function<DiagnosticsPaths()> paths);

} // namespace bts
