#include "LabDestination.h"

#include "LabLogShipping.h"

#include <QSqlRecord>

namespace bts {
namespace {

const QString Master = QStringLiteral("master");
const QString Msdb = QStringLiteral("msdb");

} // namespace

Status LabDestination::requireTables() const
{
    for (const QString& table : LabLogShipping::tables()) {
        Result<QVariant> count = m_connector.scalar(
            m_server, Master,
            QStringLiteral("SELECT COUNT(*) FROM dbo.sqlite_master WHERE type = 'table' AND "
                           "name = ? COLLATE NOCASE"),
            {table});
        if (!count)
            return count.error();
        if (count.value().toInt() == 0) {
            DbError error = DbError::queryFailed(
                QStringLiteral("Invalid object name 'dbo.%1'.").arg(table), location());
            error.advice = QStringLiteral("Run LogShipping_Destination_Schema.sql in master on "
                                          "this server first.");
            return error;
        }
    }
    return success();
}

Result<std::optional<LabShippingSource>> LabDestination::source() const
{
    Result<QSqlQuery> q = m_connector.run(
        m_server, Master,
        QStringLiteral("SELECT Description, MgmtDatabaseName, MgmtServerName, SourceServerName "
                       "FROM bts_LogShippingSource"));
    if (!q)
        return q.error();
    if (!q.value().next())
        return std::optional<LabShippingSource>();
    const QSqlQuery& row = q.value();
    return std::optional<LabShippingSource>(LabShippingSource{
        row.value(0).toString(), row.value(1).toString(), row.value(2).toString(), row.value(3)});
}

Result<LabShippingSource> LabDestination::requireSource() const
{
    Result<std::optional<LabShippingSource>> found = source();
    if (!found) {
        // Most likely the Schema script was run again or never: say which table is missing.
        if (Status s = requireTables(); !s)
            return s.error();
        return found.error();
    }
    if (!found.value()) {
        DbError error = DbError::queryFailed(
            QStringLiteral("This server is not configured as a log shipping destination: "
                           "bts_LogShippingSource is empty."),
            location());
        error.advice = QStringLiteral("Run bts_ConfigureBizTalkLogShipping in master first.");
        return error;
    }
    return *found.value();
}

Result<bool> LabDestination::isLinked(const QString& server) const
{
    if (server.compare(m_server, Qt::CaseInsensitive) == 0)
        return true; // a server reaches its own databases without a linked server
    Result<QVariant> count = m_connector.scalar(
        m_server, Master, QStringLiteral("SELECT COUNT(*) FROM lab_LinkedServers WHERE name = ?"),
        {server});
    if (!count)
        return count.error();
    return count.value().toInt() > 0;
}

Status LabDestination::requireLinked(const QString& server) const
{
    Result<bool> linked = isLinked(server);
    if (!linked)
        return linked.error();
    if (linked.value())
        return success();
    DbError error = DbError::queryFailed(
        QStringLiteral("Could not find server '%1' in sys.servers. Verify that the correct "
                       "server name was specified. If necessary, execute the stored procedure "
                       "sp_addlinkedserver to add the server to sys.servers.")
            .arg(server),
        location());
    error.advice = QStringLiteral("Link the management server (@fLinkServers = 1).");
    return error;
}

Status LabDestination::link(const QString& server) const
{
    Result<bool> linked = isLinked(server);
    if (!linked)
        return linked.error();
    if (linked.value())
        return success();
    Result<QSqlQuery> r = m_connector.run(
        m_server, Master, QStringLiteral("INSERT INTO lab_LinkedServers (name) VALUES (?)"),
        {server});
    return r ? success() : Status(r.error());
}

Result<QVector<LabSourceDatabase>>
LabDestination::sourceDatabases(const LabShippingSource& source) const
{
    Result<QSqlQuery> q =
        m_connector.run(source.mgmtServer, source.mgmtDatabase,
                        QStringLiteral("SELECT ServerName, DatabaseName FROM admv_BackupDatabases "
                                       "ORDER BY ServerName, DatabaseName"));
    if (!q)
        return q.error();
    QVector<LabSourceDatabase> databases;
    const QString only = source.sourceServer.toString();
    while (q.value().next()) {
        LabSourceDatabase db{q.value().value(0).toString(), q.value().value(1).toString()};
        if (source.sourceServer.isNull() || db.server.compare(only, Qt::CaseInsensitive) == 0)
            databases.append(db);
    }
    return databases;
}

Status LabDestination::copySourceJobs() const
{
    Result<QSqlQuery> servers = m_connector.run(
        m_server, Master,
        QStringLiteral("SELECT DISTINCT SourceServerName FROM bts_LogShippingDatabases "
                       "ORDER BY SourceServerName"));
    if (!servers)
        return servers.error();
    QStringList names;
    while (servers.value().next())
        names.append(servers.value().value(0).toString());
    return inTransaction([&]() -> Status {
        for (const QString& table : {LabLogShipping::JobsTable, LabLogShipping::JobStepsTable,
                                     LabLogShipping::JobSchedulesTable}) {
            Result<QSqlQuery> clear =
                m_connector.run(m_server, Master, QStringLiteral("DELETE FROM %1").arg(table));
            if (!clear)
                return clear.error();
        }
        for (const QString& source : std::as_const(names)) {
            if (Status s = copyJobsOf(source); !s)
                return s;
        }
        return success();
    });
}

Status LabDestination::copyJobsOf(const QString& sourceServer) const
{
    struct Copy {
        QString read;
        QString write;
        bool withSourceServer; // the copy says which source server the job came from
    };
    const QVector<Copy> copies = {
        {QStringLiteral("SELECT name, enabled, description, category_name FROM sysjobs"),
         QStringLiteral("INSERT INTO bts_LogShippingJobs (JobName, Enabled, Description, "
                        "CategoryName, SourceServerName) VALUES (?, ?, ?, ?, ?)"),
         true},
        {QStringLiteral("SELECT j.name, s.step_id, s.step_name, s.subsystem, s.database_name, "
                        "s.command, s.on_success_action, s.on_success_step_id, "
                        "s.on_fail_action, s.on_fail_step_id FROM sysjobsteps s "
                        "JOIN sysjobs j ON j.job_id = s.job_id"),
         QStringLiteral("INSERT INTO bts_LogShippingJobSteps (JobName, StepId, StepName, "
                        "Subsystem, DatabaseName, Command, OnSuccessAction, OnSuccessStepId, "
                        "OnFailAction, OnFailStepId) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
         false},
        {QStringLiteral("SELECT j.name, s.name, s.enabled, s.freq_type, s.freq_interval, "
                        "s.freq_subday_type, s.freq_subday_interval FROM sysschedules s "
                        "JOIN sysjobschedules js ON js.schedule_id = s.schedule_id "
                        "JOIN sysjobs j ON j.job_id = js.job_id"),
         QStringLiteral("INSERT INTO bts_LogShippingJobSchedules (JobName, ScheduleName, "
                        "Enabled, FreqType, FreqInterval, FreqSubdayType, FreqSubdayInterval) "
                        "VALUES (?, ?, ?, ?, ?, ?, ?)"),
         false},
    };
    for (const Copy& copy : copies) {
        Result<QSqlQuery> rows = m_connector.run(sourceServer, Msdb, copy.read);
        if (!rows)
            return rows.error();
        while (rows.value().next()) {
            QVariantList values;
            for (int i = 0; i < rows.value().record().count(); ++i)
                values.append(rows.value().value(i));
            if (copy.withSourceServer)
                values.append(sourceServer);
            Result<QSqlQuery> insert = m_connector.run(m_server, Master, copy.write, values);
            if (!insert)
                return insert.error();
        }
    }
    return success();
}

Status LabDestination::inTransaction(const std::function<Status()>& work) const
{
    Result<QSqlDatabase> db = m_connector.open(m_server, Master);
    if (!db)
        return db.error();
    if (!db.value().transaction())
        return m_connector.queryError(db.value().lastError(), m_server, Master);
    Status result = work();
    if (!result) {
        db.value().rollback();
        return result;
    }
    if (!db.value().commit())
        return m_connector.queryError(db.value().lastError(), m_server, Master);
    return success();
}

} // namespace bts
