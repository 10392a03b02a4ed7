#pragma once

#include "ConnectionSettings.h"
#include "core/DbError.h"

#include <QSqlError>
#include <QString>

namespace bts {

// Turns what an ODBC driver said into a DbError an operator can act on. The drivers' wording
// differs (Microsoft, FreeTDS, the driver manager), so both SQLSTATEs / SQL Server error numbers
// and well-known phrases are recognised. Neither function sees a connection string, and the
// connect variant blanks the password should a driver ever echo it.

// A failure of QSqlDatabase::open() for `settings`; `location` is settings.displayName().
DbError classifyConnectError(const QSqlError& error, const ConnectionSettings& settings);

// A failure of a statement; `location` names where it ran, e.g. "LABSQL01 / BizTalkMgmtDb".
DbError classifyQueryError(const QSqlError& error, const QString& location);

} // namespace bts
