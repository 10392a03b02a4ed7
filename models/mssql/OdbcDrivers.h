#pragma once

#include <QString>
#include <QStringList>

namespace bts {

// The ODBC drivers the driver manager knows about (odbcinst.ini / the Windows registry), in the
// manager's order. Empty when there is no driver manager or it cannot be asked.
QStringList installedOdbcDrivers();

// The data source names (user and system DSNs). Empty when none or on failure.
QStringList odbcDataSources();

// True for drivers that speak to SQL Server: Microsoft "ODBC Driver NN for SQL Server",
// "SQL Server Native Client NN", the legacy "SQL Server" driver, and FreeTDS.
bool isSqlServerDriver(const QString& driverName);

} // namespace bts
