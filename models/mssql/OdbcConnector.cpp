#include "OdbcConnector.h"

#include "OdbcConnectionString.h"
#include "OdbcErrorClassifier.h"
#include "core/ThreadConnections.h"

#include <QSqlError>

#include <utility>

namespace bts {
namespace {

// Settings that cannot produce a usable connection string, caught before the driver sees them.
Status checkSettings(const ConnectionSettings& s)
{
    QString summary;
    QString advice;
    if (s.dsn.isEmpty() && s.odbcDriver.trimmed().isEmpty()) {
        summary = QStringLiteral("No ODBC driver is chosen");
        advice = QStringLiteral("Choose an installed SQL Server driver, e.g. \"ODBC Driver 18 for "
                                "SQL Server\", or a data source name.");
    } else if (s.dsn.isEmpty() && s.server.trimmed().isEmpty()) {
        summary = QStringLiteral("No server is named");
        advice = QStringLiteral("Enter the SQL Server name, e.g. SQL01 or SQL01\\BIZTALK.");
    } else if (s.authentication == ConnectionSettings::Authentication::SqlLogin &&
               s.userName.trimmed().isEmpty()) {
        summary = QStringLiteral("No login name is given");
        advice = QStringLiteral("Enter the SQL Server login, or use Windows authentication.");
    } else {
        return success();
    }
    DbError error;
    error.kind = DbError::Kind::InvalidInput;
    error.summary = summary;
    error.location = s.displayName();
    error.advice = advice;
    return error;
}

} // namespace

OdbcConnector::OdbcConnector(ConnectionSettings settings)
    : m_settings(std::move(settings))
{}

QString OdbcConnector::connectionKey(const QString& database) const
{
    return QStringLiteral("mssql|%1|%2|%3")
        .arg(m_settings.displayName(), database, m_settings.userName);
}

Result<QSqlDatabase> OdbcConnector::open(const QString& database) const
{
    const Status valid = checkSettings(m_settings);
    if (!valid)
        return valid.error();

    const ConnectionSettings& s = m_settings;
    return ThreadConnections::get(connectionKey(database), QStringLiteral("QODBC"),
                                  [&s, &database](QSqlDatabase& db) {
                                      db.setDatabaseName(OdbcConnectionString::build(s, database));
                                      db.setConnectOptions(OdbcConnectionString::connectOptions(s));
                                      const bool opened = db.open();
                                      // The driver has what it needs now (a reopen goes through
                                      // here again), so the password-bearing string does not linger
                                      // where db.databaseName() could leak it.
                                      db.setDatabaseName(QString());
                                      if (opened)
                                          return success();
                                      return Status(classifyConnectError(db.lastError(), s));
                                  });
}

} // namespace bts
