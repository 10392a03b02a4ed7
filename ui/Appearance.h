#pragma once

class QApplication;

namespace bts {

// The system's colour scheme, on every platform. Linux desktops and macOS hand Qt their palette
// themselves; Windows does from Qt 6.5 on. Call before the QApplication exists.
void prepareSystemAppearance();

// A dark palette with a style that paints only light controls (Windows' "windowsvista") would
// leave dark text on dark buttons: such a style gives way to Fusion, which paints the palette.
// Call once the QApplication exists.
void followSystemColourScheme(QApplication& app);

} // namespace bts
