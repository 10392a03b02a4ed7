#pragma once

class QMainWindow;
class QMenu;

namespace bts {

// Adds "&Language" to `menu`: "System default" and each language the console speaks, in its own
// name (languageMenu, actions languageAction_<code>, languageAction_system). A choice is saved
// and takes effect at the next start; the status bar says so, as rebuilding every open window
// and wizard in another language half-way would lose what the user typed.
QMenu* addLanguageMenu(QMenu* menu, QMainWindow* window);

} // namespace bts
