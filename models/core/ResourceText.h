#pragma once

#include <QString>

namespace bts {

// The UTF-8 text of a compiled-in resource (":/sql/x.sql"), or an empty string if it is missing.
QString readResourceText(const QString& path);

} // namespace bts
