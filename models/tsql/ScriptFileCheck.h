#pragma once

#include <QString>
#include <QVector>

namespace bts {

// The two scripts a log shipping destination needs. They come with BizTalk Server (in its
// Schema folder); the console never ships Microsoft's scripts, the operator points to them.
inline constexpr char kDestinationSchemaScript[] = "LogShipping_Destination_Schema.sql";
inline constexpr char kDestinationLogicScript[] = "LogShipping_Destination_Logic.sql";

struct ScriptCheck {
    QString path;            // the file found, or where it was looked for
    bool found = false;      // a file of that name (in any case) exists
    bool looksRight = false; // readable, splits into batches and defines the expected objects
    QString problem;         // in words, empty when looksRight
    int batchCount = 0;      // batches the script splits into, 0 when it does not split
};

// Checks the Schema script and then the Logic script in `schemaFolder`, always in that order.
// File names match case-insensitively, so that a copy on a case-sensitive file system works.
QVector<ScriptCheck> checkDestinationScripts(const QString& schemaFolder);

} // namespace bts
