#pragma once

#include "SqlDialect.h"
#include "core/Result.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

namespace bts {

// Opens connections, for the calling thread, to the databases of one BizTalk group: the seam
// between the shared reading code and a backend (SQL Server over ODBC, or the lab on SQLite).
class SqlConnector {
public:
    virtual ~SqlConnector() = default;

    virtual SqlDialect dialect() const = 0;
    // `server` as stored in the BizTalk configuration (may be an alias, SRV\INST or srv,port).
    virtual Result<QSqlDatabase> open(const QString& server, const QString& database) const = 0;
    // Turns a driver error into words, and forgets the connection if the server dropped it.
    virtual DbError queryError(const QSqlError& error, const QString& server,
                               const QString& database) const = 0;
};

} // namespace bts
