#pragma once

#include <QString>

namespace bts {

// Renders the main window's screenshots into `folder` (main-window-fresh.png,
// main-window-running.png, main-window-partial-set.png) from a lab reset to a fixed start time,
// so that the pictures are the same on every run. The lab lives in <folder>/lab, or in
// `labFolder` when one is given (that lab is reset). Works offscreen (QT_QPA_PLATFORM=offscreen).
// Prints each file written; returns 0, or 1 after logging what failed (errors reach stderr).
int renderScreenshots(const QString& folder, const QString& labFolder = QString());

} // namespace bts
