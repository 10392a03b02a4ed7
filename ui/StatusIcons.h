#pragma once

#include "group/DatabaseStatus.h"

#include <QIcon>

namespace bts {

// One shape per level (check, i, triangle, octagon), so that status never depends on colour.
QIcon statusIcon(StatusLevel level);

} // namespace bts
