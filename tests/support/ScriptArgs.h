#pragma once

#include "ScriptCommand.h"

#include <QStringList>

#include <initializer_list>

namespace bts {

inline QString arg(const char* text)
{
    return QString::fromUtf8(text);
}

// parseScriptOptions on a list written as C strings.
inline ScriptOptions parse(std::initializer_list<const char*> arguments)
{
    QStringList list;
    for (const char* a : arguments)
        list << arg(a);
    return parseScriptOptions(list);
}

} // namespace bts
