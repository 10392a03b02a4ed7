#pragma once

#include "ConnectionSettings.h"

#include <QString>

namespace bts {

// The one place that turns ConnectionSettings into an ODBC connection string.
//
// Per driver family (decided by the driver name):
// - Microsoft drivers ("ODBC Driver 17/18 for SQL Server", "SQL Server Native Client",
//   "SQL Server"): Server=host[\inst][,port]; Trusted_Connection=Yes for Windows
//   authentication; Encrypt=yes|no and TrustServerCertificate=yes|no.
// - FreeTDS: Server=host[\inst] plus Port=n; TDS_Version=7.4 (no protocol guessing);
// Encryption=require when encrypt is on, otherwise
//   Encryption=request (FreeTDS's default, like Encrypt=no: a server that forces encryption still
//   works). FreeTDS only checks certificates when a CA file is configured, so
//   trustServerCertificate has no keyword there. FreeTDS refuses an instance name together with a
//   port, so an explicit port wins and the instance part is dropped, as the Microsoft driver does.
//   Windows authentication with "DOMAIN\user" sends UID/PWD (NTLM); without a user name it sends
//   Trusted_Connection=Yes (Kerberos).
// - DSN: DSN=name; server, port and encryption come from the data source definition.
class OdbcConnectionString {
public:
    // The string handed to the driver. Contains the password: pass it to QSqlDatabase only.
    static QString build(const ConnectionSettings& settings, const QString& database);

    // The same string with the PWD value replaced by "***": safe for logs and dialogs.
    static QString redacted(const ConnectionSettings& settings, const QString& database);

    // QODBC connect options for QSqlDatabase::setConnectOptions():
    // "SQL_ATTR_LOGIN_TIMEOUT=<login>;SQL_ATTR_CONNECTION_TIMEOUT=<query>".
    static QString connectOptions(const ConnectionSettings& settings);

    // `value` as an ODBC attribute value: wrapped in {} with } doubled when it contains
    // ; { } = or white space, unchanged otherwise.
    static QString quoteValue(const QString& value);

    // True when the driver name is FreeTDS's, whose keywords differ from Microsoft's.
    static bool isFreeTds(const QString& odbcDriver);
};

} // namespace bts
