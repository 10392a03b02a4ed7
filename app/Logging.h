#pragma once

#include <QString>

#include <memory>

namespace spdlog {
class logger;
}

namespace bts {

// The console's logs, in logFolder():
//   bts-logship.log  what the console did and what went wrong (5 MB x 3 files, rotating);
//                    warnings and errors also go to stderr;
//   audit.log        every change made to a server, one line each, never rotated away.
// Qt's own messages (qDebug ... qFatal, with their category) go to the same log.
//
// Nothing here redacts: callers pass text that holds no password and no connection string
// (log a server and database name, a DbError's sentence, a ServerCommand's preview; never
// ConnectionSettings or a driver's connection text).

// Sets the log up at `level` (trace, debug, info, warn or error; anything else means info).
// Call once the application's name is set; calling again only changes the level.
void initLogging(const QString& level);

// <AppLocalDataLocation>/logs
QString logFolder();

// The logger named "audit", writing audit.log. initLogging registers it with spdlog, so that
// spdlog::get("audit") finds it too. When audit.log cannot be opened it writes to the main log's
// outputs instead, so that no audit entry is lost silently.
std::shared_ptr<spdlog::logger> auditLogger();

} // namespace bts
