#include "LabLogShippingSetup.h"

#include "LabDestination.h"
#include "LabFailover.h"
#include "LabLogShipping.h"
#include "LabMsdbProcedures.h"

namespace bts {
namespace {

const QString Master = QStringLiteral("master");

DbError notSupplied(const QString& procedure, const QString& parameter, const QString& location)
{
    return DbError::queryFailed(QStringLiteral("Procedure or function '%1' expects parameter "
                                               "'@%2', which was not supplied.")
                                    .arg(procedure, parameter),
                                location);
}

LabJobDefinition jobDefinition(const QString& name, const QString& step, const QString& procedure,
                               const QString& description, bool scheduled)
{
    LabJobDefinition job;
    job.name = name;
    job.description = description;
    job.category = LabLogShipping::JobCategory;
    job.enabled = false;
    job.steps = {{step, QStringLiteral("exec [dbo].[%1]").arg(procedure), Master, 1, 2}};
    if (scheduled)
        job.schedules = {LabJobDefinition::Schedule{name, 4, 1}}; // every minute
    return job;
}

} // namespace

LabLogShippingSetup::LabLogShippingSetup(const LabConnector& connector, QString server,
                                         QDateTime utcNow, int utcOffsetSeconds)
    : m_connector(connector)
    , m_server(std::move(server))
    , m_utcNow(std::move(utcNow))
    , m_utcOffsetSeconds(utcOffsetSeconds)
{}

Status LabLogShippingSetup::requireProcedure(const QString& database, const QString& name) const
{
    Result<QVariant> count = m_connector.scalar(
        m_server, database,
        QStringLiteral("SELECT COUNT(*) FROM dbo.sqlite_master WHERE name = 'lab_Objects'"));
    if (count && count.value().toInt() > 0) {
        count = m_connector.scalar(
            m_server, database,
            QStringLiteral("SELECT COUNT(*) FROM lab_Objects WHERE name = ? COLLATE NOCASE AND "
                           "type = 'P'"),
            {name});
    }
    if (!count)
        return count.error();
    if (count.value().toInt() > 0)
        return success();
    DbError error =
        DbError::queryFailed(QStringLiteral("Could not find stored procedure '%1'.").arg(name),
                             m_server + QLatin1Char('/') + database);
    error.advice = QStringLiteral("Run LogShipping_Destination_Schema.sql and then "
                                  "LogShipping_Destination_Logic.sql in master on this server.");
    return error;
}

Status LabLogShippingSetup::checkConfigurable(const LabConfigureArguments& args) const
{
    const QString& procedure = LabLogShipping::ConfigureProcedure;
    const QString location = m_server + QStringLiteral("/master");
    if (!args.description)
        return notSupplied(procedure, QStringLiteral("nvcDescription"), location);
    if (!args.mgmtDatabase)
        return notSupplied(procedure, QStringLiteral("nvcMgmtDatabaseName"), location);
    if (!args.mgmtServer)
        return notSupplied(procedure, QStringLiteral("nvcMgmtServerName"), location);
    const LabDestination destination(m_connector, m_server);
    if (Status s = destination.requireTables(); !s)
        return s;
    Result<std::optional<LabShippingSource>> existing = destination.source();
    if (!existing)
        return existing.error();
    if (existing.value()) {
        DbError error = DbError::queryFailed(
            QStringLiteral("This server is already a log shipping destination of '%1' (%2 on "
                           "%3).")
                .arg(existing.value()->description, existing.value()->mgmtDatabase,
                     existing.value()->mgmtServer),
            location);
        error.advice =
            QStringLiteral("To configure it again, run LogShipping_Destination_Schema.sql "
                           "and LogShipping_Destination_Logic.sql first.");
        return error;
    }
    return requireAdHocQueries();
}

Status LabLogShippingSetup::requireAdHocQueries() const
{
    Result<QVariant> value = m_connector.scalar(
        m_server, Master,
        QStringLiteral("SELECT value_in_use FROM lab_Configurations WHERE name = "
                       "'Ad Hoc Distributed Queries'"));
    if (!value)
        return value.error();
    if (value.value().toInt() == 1)
        return success();
    DbError error = DbError::queryFailed(
        QStringLiteral("SQL Server blocked access to STATEMENT 'OpenRowset/OpenDatasource' of "
                       "component 'Ad Hoc Distributed Queries' because this component is turned "
                       "off as part of the security configuration for this server. A system "
                       "administrator can enable the use of 'Ad Hoc Distributed Queries' by using "
                       "sp_configure."),
        m_server + QStringLiteral("/master"));
    error.advice = QStringLiteral("Run sp_configure 'show advanced options', 1; RECONFIGURE; "
                                  "sp_configure 'Ad Hoc Distributed Queries', 1; RECONFIGURE.");
    return error;
}

Status LabLogShippingSetup::configure(const QString& database,
                                      const LabConfigureArguments& args) const
{
    if (Status s = requireProcedure(database, LabLogShipping::ConfigureProcedure); !s)
        return s;
    if (Status s = checkConfigurable(args); !s)
        return s;
    const LabDestination destination(m_connector, m_server);
    if (args.linkServers) {
        if (Status s = destination.link(*args.mgmtServer); !s)
            return s;
    } else if (Status s = destination.requireLinked(*args.mgmtServer); !s) {
        return s;
    }
    LabShippingSource source{*args.description, *args.mgmtDatabase, *args.mgmtServer,
                             args.sourceServer ? QVariant(*args.sourceServer) : QVariant()};
    Result<QVector<LabSourceDatabase>> databases = destination.sourceDatabases(source);
    if (!databases)
        return databases.error();
    if (databases.value().isEmpty()) {
        return DbError::queryFailed(
            QStringLiteral("No database of the Backup BizTalk Server job of %1 is on server '%2'.")
                .arg(*args.mgmtDatabase, args.sourceServer.value_or(QString())),
            destination.location());
    }
    QStringList names;
    QStringList servers;
    for (const LabSourceDatabase& db : std::as_const(databases.value())) {
        names.append(db.name);
        servers.append(db.server);
    }
    if (Status s = record(args, names, servers); !s)
        return s;
    if (Status s = createJobs(*args.description); !s)
        return s;
    if (Status s = destination.copySourceJobs(); !s)
        return s;
    m_messages.append(QStringLiteral("%1 databases of %2 on %3 are shipped to %4. The three BTS "
                                     "Log Shipping jobs were created, disabled.")
                          .arg(names.size())
                          .arg(*args.mgmtDatabase, *args.mgmtServer, m_server));
    return success();
}

Status LabLogShippingSetup::record(const LabConfigureArguments& args, const QStringList& databases,
                                   const QStringList& servers) const
{
    return LabDestination(m_connector, m_server).inTransaction([&]() -> Status {
        Result<QSqlQuery> source = m_connector.run(
            m_server, Master,
            QStringLiteral("INSERT INTO bts_LogShippingSource (Description, MgmtDatabaseName, "
                           "MgmtServerName, SourceServerName) VALUES (?, ?, ?, ?)"),
            {*args.description, *args.mgmtDatabase, *args.mgmtServer,
             args.sourceServer ? QVariant(*args.sourceServer) : QVariant()});
        if (!source)
            return source.error();
        for (int i = 0; i < databases.size(); ++i) {
            Result<QSqlQuery> r = m_connector.run(
                m_server, Master,
                QStringLiteral("INSERT INTO bts_LogShippingDatabases (DatabaseName, ServerName, "
                               "SourceServerName, DBFileLocation, LogFileLocation) "
                               "VALUES (?, ?, ?, NULL, NULL)"),
                {databases.at(i), m_server, servers.at(i)});
            if (!r)
                return r.error();
        }
        return success();
    });
}

Status LabLogShippingSetup::createJobs(const QString& description) const
{
    const QString about = QStringLiteral("BizTalk log shipping '%1' (lab): ").arg(description);
    const QVector<LabJobDefinition> jobs = {
        jobDefinition(LabLogShipping::GetBackupHistoryJob, QStringLiteral("Get Backup History"),
                      LabLogShipping::GetBackupHistoryProcedure,
                      about + QStringLiteral("imports the source's backup history."), true),
        jobDefinition(LabLogShipping::RestoreDatabasesJob, QStringLiteral("Restore Databases"),
                      LabLogShipping::RestoreDatabasesProcedure,
                      about + QStringLiteral("restores the imported backup sets."), true),
        jobDefinition(LabLogShipping::RestoreToMarkJob, QStringLiteral("Restore To Mark"),
                      LabLogShipping::RestoreToMarkProcedure,
                      about + QStringLiteral("restores the newest mark and brings the databases "
                                             "online."),
                      false),
    };
    const LabMsdbProcedures msdb(m_connector, m_server);
    const QDateTime local = m_utcNow.addSecs(m_utcOffsetSeconds);
    for (const LabJobDefinition& job : jobs) {
        if (Status s = msdb.deleteJob(job.name); !s)
            return s;
        if (Status s = msdb.createJob(job, local); !s)
            return s;
    }
    return success();
}

Status LabLogShippingSetup::clean(const QString& database,
                                  const std::optional<QString>& sourceId) const
{
    if (Status s = requireProcedure(database, LabLogShipping::CleanProcedure); !s)
        return s;
    const LabDestination destination(m_connector, m_server);
    if (!sourceId)
        return notSupplied(LabLogShipping::CleanProcedure, QStringLiteral("SourceID"),
                           destination.location());
    Result<LabShippingSource> source = destination.requireSource();
    if (!source)
        return source.error();
    const LabShippingSource& s = source.value();
    const auto same = [&](const QString& name) {
        return !name.isEmpty() && name.compare(sourceId->trimmed(), Qt::CaseInsensitive) == 0;
    };
    if (!same(s.description) && !same(s.sourceServer.toString()) && !same(s.mgmtServer)) {
        return DbError::queryFailed(
            QStringLiteral("'%1' is not a log shipping source of this server: give the "
                           "description passed to bts_ConfigureBizTalkLogShipping ('%2') or the "
                           "source server's name.")
                .arg(*sourceId, s.description),
            destination.location());
    }
    Result<QSqlQuery> shipped = m_connector.run(
        m_server, Master,
        QStringLiteral("SELECT name FROM databases WHERE name IN (SELECT DatabaseName FROM "
                       "bts_LogShippingDatabases)"));
    if (!shipped)
        return shipped.error();
    QStringList names;
    while (shipped.value().next())
        names.append(shipped.value().value(0).toString());
    int dropped = 0;
    Status cleaned = destination.inTransaction([&]() -> Status {
        const QVector<QPair<QString, QVariantList>> statements = {
            {QStringLiteral(
                 "DELETE FROM bts_LogShippingLastRestoreSet WHERE SourceServerName IS ?"),
             {s.sourceServer}},
            {QStringLiteral("UPDATE bts_LogShippingHistory SET Restored = 0, "
                            "RestoredDateTime = NULL"),
             {}},
            {QStringLiteral("DELETE FROM lab_MasterFiles WHERE database_name IN (SELECT "
                            "DatabaseName FROM bts_LogShippingDatabases)"),
             {}},
        };
        for (const auto& [sql, values] : statements) {
            Result<QSqlQuery> r = m_connector.run(m_server, Master, sql, values);
            if (!r)
                return r.error();
        }
        Result<QSqlQuery> drop = m_connector.run(
            m_server, Master,
            QStringLiteral("DELETE FROM databases WHERE name IN (SELECT DatabaseName FROM "
                           "bts_LogShippingDatabases)"));
        if (!drop)
            return drop.error();
        dropped = drop.value().numRowsAffected();
        return success();
    });
    if (!cleaned)
        return cleaned;
    // DROP DATABASE deletes the files a Restore To Mark wrote.
    const LabFailover files(m_connector, m_server, m_utcNow.addSecs(m_utcOffsetSeconds));
    files.dropFiles(names);
    m_messages += files.messages();
    m_messages.append(QStringLiteral("Dropped %1 restored databases and forgot the last restored "
                                     "set: the restore job starts again from a full backup set.")
                          .arg(dropped));
    return success();
}

} // namespace bts
