#pragma once

#include <QString>

namespace bts {

// [name] with ']' doubled, as QUOTENAME does.
QString quoteName(const QString& identifier);
// N'text' with quotes doubled.
QString quoteUnicodeLiteral(const QString& text);

} // namespace bts
