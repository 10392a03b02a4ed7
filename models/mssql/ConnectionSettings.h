#pragma once

#include <QString>

namespace bts {

// How to reach one SQL Server instance through ODBC. Plain data: the settings dialog fills it,
// OdbcConnectionString turns it into the string the driver sees.
struct ConnectionSettings {
    enum class Authentication { Windows, SqlLogin };

    // Installed driver name, e.g. "ODBC Driver 18 for SQL Server" or "FreeTDS".
    QString odbcDriver;
    // When set, the data source is used instead of odbcDriver / server / port / encryption.
    QString dsn;
    // Host name or address; "HOST\INSTANCE" for a named instance.
    QString server;
    // 0 means the default port, or the SQL Server Browser's answer for a named instance.
    int port = 0;
    Authentication authentication = Authentication::Windows;
    QString userName;
    // Held in memory only: never saved, logged, or shown.
    QString password;
    bool encrypt = true;
    bool trustServerCertificate = false;
    int loginTimeoutSeconds = 15;
    int queryTimeoutSeconds = 60;
    QString applicationName = QStringLiteral("BizTalk Log Shipping Console");

    // How the instance is named to the operator: "SERVER\INST", "server,port" or "DSN=name".
    QString displayName() const
    {
        if (!dsn.isEmpty())
            return QStringLiteral("DSN=") + dsn;
        if (port > 0)
            return server + QLatin1Char(',') + QString::number(port);
        return server;
    }
};

} // namespace bts
