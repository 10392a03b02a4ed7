#pragma once

#include "ConnectionSettings.h"
#include "core/Result.h"

#include <QSqlDatabase>
#include <QString>

namespace bts {

// Opens QODBC connections to one SQL Server instance, one per database per calling thread
// (through ThreadConnections), and turns a failed open into a DbError worth showing.
class OdbcConnector {
public:
    explicit OdbcConnector(ConnectionSettings settings);

    // The calling thread's open connection to `database` ("" = the login's default database).
    Result<QSqlDatabase> open(const QString& database) const;

    // The ThreadConnections key for `database`: "mssql|<displayName>|<database>|<user>".
    // Never contains the password. Pass it to ThreadConnections::discard after a lost link.
    QString connectionKey(const QString& database) const;

    const ConnectionSettings& settings() const { return m_settings; }

private:
    ConnectionSettings m_settings;
};

} // namespace bts
