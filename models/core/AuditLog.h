#pragma once

#include "Result.h"

#include <QString>

namespace bts {

// One line per statement that changes a server: when, who, where, the T-SQL, the outcome.
// The T-SQL is the preview text, which never holds a password. Written to the "audit" spdlog
// logger when the application registered one, else to the default logger.
void auditStatement(const QString& server, const QString& database, const QString& sql,
                    const Status& outcome);

} // namespace bts
