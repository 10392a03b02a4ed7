#include "LabFaults.h"

#include "LabTopology.h"

#include <QFile>

namespace bts {
namespace {

const QString Master = QStringLiteral("master");

bool isServerWide(LabFault fault)
{
    return fault == LabFault::AgentStopped || fault == LabFault::ServerLost;
}

// A server-wide fault names no database: stored as '' (the column is NOT NULL, and a null
// QString would be bound as NULL).
QString databaseOf(LabFault fault, const QString& database)
{
    return isServerWide(fault) ? QString(QLatin1String("")) : database;
}

} // namespace

QString LabFaults::kindName(LabFault fault)
{
    switch (fault) {
    case LabFault::BackupFails:
        return QStringLiteral("BackupFails");
    case LabFault::AgentStopped:
        return QStringLiteral("AgentStopped");
    case LabFault::MissingBackupFile:
        return QStringLiteral("MissingBackupFile");
    case LabFault::ServerLost:
        return QStringLiteral("ServerLost");
    }
    return QString();
}

Status LabFaults::set(LabFault fault, const QString& server, const QString& database,
                      bool enabled) const
{
    if (fault == LabFault::ServerLost) {
        // A file beside the servers, so that a connection can tell without reaching any server.
        const QString marker = m_connector.lostMarker(server);
        QFile file(marker);
        if (enabled ? !file.open(QIODevice::WriteOnly) : (file.exists() && !file.remove()))
            return DbError::queryFailed(QStringLiteral("Could not change %1").arg(marker));
    }
    const QString db = databaseOf(fault, database);
    Result<QSqlQuery> clear = m_connector.run(
        LabTopology::SourceServer, Master,
        QStringLiteral("DELETE FROM lab_Faults WHERE Kind = ? AND ServerName = ? COLLATE NOCASE "
                       "AND DatabaseName = ? COLLATE NOCASE"),
        {kindName(fault), server, db});
    if (!clear)
        return clear.error();
    if (enabled) {
        Result<QSqlQuery> add = m_connector.run(
            LabTopology::SourceServer, Master,
            QStringLiteral(
                "INSERT INTO lab_Faults (Kind, ServerName, DatabaseName) VALUES (?, ?, ?)"),
            {kindName(fault), server, db});
        if (!add)
            return add.error();
    }
    return reflect(fault, server, enabled);
}

Result<bool> LabFaults::isSet(LabFault fault, const QString& server, const QString& database) const
{
    const QString db = databaseOf(fault, database);
    Result<QVariant> count = m_connector.scalar(
        LabTopology::SourceServer, Master,
        QStringLiteral("SELECT COUNT(*) FROM lab_Faults WHERE Kind = ? AND ServerName = ? "
                       "COLLATE NOCASE AND DatabaseName = ? COLLATE NOCASE"),
        {kindName(fault), server, db});
    if (!count)
        return count.error();
    return count.value().toInt() > 0;
}

Result<bool> LabFaults::take(LabFault fault, const QString& server, const QString& database) const
{
    Result<bool> present = isSet(fault, server, database);
    if (!present || !present.value())
        return present;
    if (Status s = set(fault, server, database, false); !s)
        return s.error();
    return true;
}

Status LabFaults::reflect(LabFault fault, const QString& server, bool enabled) const
{
    if (fault != LabFault::AgentStopped)
        return success();
    Result<QSqlQuery> r = m_connector.run(
        server, Master,
        QStringLiteral("UPDATE lab_Services SET status_desc = ? WHERE servicename LIKE "
                       "'SQL Server Agent%'"),
        {enabled ? QStringLiteral("Stopped") : QStringLiteral("Running")});
    return r ? success() : Status(r.error());
}

} // namespace bts
