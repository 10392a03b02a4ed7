#pragma once

#include "core/Result.h"

#include <QHash>
#include <QString>

namespace bts::LabLatency {

// The round trip the console's connections to `server` of the lab at `labRoot` wait before each
// statement, persisted in <labRoot>/latency.json; 0 removes it. Server names are
// case-insensitive. of() is called before every statement the console sends, so it reads a
// mutex-protected cache, never the file, once the lab's file was read.
Status set(const QString& labRoot, const QString& server, int milliseconds);
int of(const QString& labRoot, const QString& server);
QHash<QString, int> all(const QString& labRoot); // upper-case server names

// Forgets the cached latencies of `labRoot`, for a lab whose files were deleted (Lab::reset).
void forget(const QString& labRoot);

} // namespace bts::LabLatency
