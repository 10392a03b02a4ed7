#include "ManagementUpdate.h"

#include "sql/SqlRunner.h"

namespace bts {
namespace {

QString locationKey(const QString& server, const QString& database)
{
    return (server + QLatin1Char('/') + database).toLower();
}

// A table counts as there when it has every column the update needs: the tables of facts §3.4
// come from a copy of UpdateDatabase.vbs, not from BizTalk's documentation.
Result<bool> hasColumns(const SqlRunner& run, const ConnectionTarget& at, const QString& table,
                        const QStringList& needed)
{
    Result<QSqlQuery> q =
        run.query(at.server, at.database, QStringLiteral("table_columns"), {table});
    if (!q)
        return q.error();
    QStringList columns;
    while (q.value().next())
        columns.append(q.value().value(0).toString().toLower());
    for (const QString& column : needed) {
        if (!columns.contains(column.toLower()))
            return false;
    }
    return true;
}

} // namespace

Result<ManagementUpdateFacts> readManagementUpdateFacts(const SqlConnector& connector,
                                                        const UpdateInfo& info)
{
    const Result<ConnectionTarget> management = newManagementDatabase(info);
    if (!management)
        return management.error();
    const ConnectionTarget& at = management.value();
    const SqlRunner run(connector);
    ManagementUpdateFacts facts;

    const QString sourceName = QStringLiteral("SourceName");
    const QString connectionString = QStringLiteral("ConnectionString");
    struct Probe {
        QString table;
        QStringList columns;
        bool* found;
    };
    const QVector<Probe> probes = {
        {QStringLiteral("TDDS_Sources"), {sourceName, connectionString}, &facts.hasTrackingSources},
        {QStringLiteral("TDDS_Destinations"), {connectionString}, &facts.hasTrackingDestinations},
        {QStringLiteral("adm_Server"), {QStringLiteral("Name")}, &facts.hasBizTalkServers},
        {QStringLiteral("adm_OtherDatabases"),
         {QStringLiteral("DefaultDatabaseName"), QStringLiteral("DatabaseName"),
          QStringLiteral("ServerName")},
         &facts.hasOtherDatabases},
    };
    for (const Probe& probe : probes) {
        const Result<bool> found = hasColumns(run, at, probe.table, probe.columns);
        if (!found)
            return found.error();
        *probe.found = found.value();
    }

    if (facts.hasTrackingSources) {
        Result<QSqlQuery> q = run.query(at.server, at.database, QStringLiteral("tdds_sources"));
        if (!q)
            return q.error();
        while (q.value().next())
            facts.trackingSources.append(
                {q.value().value(0).toString(), q.value().value(1).toString()});
    }
    if (facts.hasTrackingDestinations) {
        Result<QSqlQuery> q =
            run.query(at.server, at.database, QStringLiteral("tdds_destinations"));
        if (!q)
            return q.error();
        while (q.value().next())
            facts.trackingDestinations.append(q.value().value(0).toString());
    }

    // The MessageBoxes are read where they are now: restored on their new servers.
    for (const DatabaseMapping& m : info.mappings) {
        if (m.role != DatabaseRole::MessageBox)
            continue;
        const QString key = locationKey(m.newServer, m.newDatabase);
        Result<QSqlQuery> q =
            run.query(m.newServer, m.newDatabase, QStringLiteral("database_objects"),
                      {QStringLiteral("P"), QStringLiteral("P")});
        if (!q) {
            facts.messageBoxErrors.insert(key, q.error().sentence());
            continue;
        }
        QStringList procedures;
        while (q.value().next())
            procedures.append(q.value().value(0).toString().trimmed());
        facts.messageBoxProcedures.insert(key, procedures);
    }
    return facts;
}

} // namespace bts
