#pragma once

#include <QString>

#include <optional>

namespace bts {

// The connection strings BizTalk's tracking service keeps in TDDS_Sources ("Data Source=...;
// Initial Catalog=...") and TDDS_Destinations ("server=...;database=..."). UpdateDatabase.vbs
// writes them whole; the console changes only the server and database of the string it read, so
// that any other attribute a BizTalk build put there survives.
struct ConnectionTarget {
    QString server;
    QString database;
};

// The server and database a connection string names, under either spelling of the keys
// (case-insensitive, spaces around keys and values ignored).
std::optional<ConnectionTarget> connectionTarget(const QString& connectionString);

// The same string with its server and database replaced by `target`, every other attribute and
// the order kept; nothing when the string names no server or no database.
std::optional<QString> retargetConnectionString(const QString& connectionString,
                                                const ConnectionTarget& target);

// The string UpdateDatabase.vbs writes into TDDS_Sources when there is none to start from.
QString defaultTrackingSourceConnectionString(const ConnectionTarget& target);

// Whether two server or database names are the same to SQL Server (case-insensitive).
bool sameName(const QString& a, const QString& b);

} // namespace bts
