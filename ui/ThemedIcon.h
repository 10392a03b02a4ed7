#pragma once

#include <QIcon>
#include <QString>

namespace bts {

// An icon drawn from :/icons/<name>.svg, whose strokes and fills say "currentColor", in the
// colour of text on buttons in the application's palette at the moment it is painted (the
// palette's disabled colour for a disabled action). It follows a switch between light and dark
// themes without being set again, and is drawn anew, sharp, at every size and scale.
QIcon themedIcon(const QString& name);

} // namespace bts
