#pragma once

#include "UpdateInfo.h"
#include "core/Result.h"

#include <QString>
#include <QVector>

namespace bts {

// SampleUpdateInfo.xml as UpdateDatabase.vbs and UpdateRegistry.vbs read it (facts §3.3, §3.4):
// an XML declaration saying UTF-8, so save the text with toUtf8(). Sections are written in the
// documented order whatever the order of `info`; the model is not checked here, so call
// validateUpdateInfo before saving.
QString writeUpdateInfoXml(const UpdateInfo& info);

// Reads a file this console wrote or an operator edited, then checks it as validateUpdateInfo
// does. On failure the error's summary lists every problem, one a line, each with its line
// number. Comments are fine (the shipped sample comments lines out); unknown elements and
// attributes are not, because the script's case-sensitive XPaths would skip them silently.
// Structural problems are reported before the checks of the values, which need a whole file.
Result<UpdateInfo> readUpdateInfoXml(const QString& xml);

// Problems that would make UpdateDatabase.vbs update the wrong rows or none, in words; empty
// when the mapping can be saved.
QVector<QString> validateUpdateInfo(const UpdateInfo& info);

} // namespace bts
