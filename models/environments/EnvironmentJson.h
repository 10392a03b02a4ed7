#pragma once

#include "Environment.h"

#include <QJsonObject>
#include <QString>

namespace bts {

// One environment as a JSON object of the export format (see EnvironmentStore.h), and back.
// Never writes a password. Reading reports what is wrong in `error` (words) and returns false.
QJsonObject environmentToJson(const Environment& environment);
bool environmentFromJson(const QJsonObject& object, Environment* environment, QString* error);

} // namespace bts
