#include "LabFailover.h"

#include "LabLogShipping.h"
#include "LabMsdbProcedures.h"
#include "LabSeeder.h"
#include "core/ThreadConnections.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>

namespace bts {
namespace {

const QString Master = QStringLiteral("master");
// A database file and what SQLite keeps beside it in WAL mode.
const QStringList FileSuffixes = {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")};

bool removeFiles(const QString& file)
{
    bool removed = true;
    for (const QString& suffix : FileSuffixes) {
        if (QFileInfo::exists(file + suffix))
            removed = QFile::remove(file + suffix) && removed;
    }
    return removed;
}

} // namespace

Result<QVector<LabFailover::Database>> LabFailover::restoringDatabases() const
{
    // The same databases as the UPDATE that brings them online.
    Result<QSqlQuery> q = m_connector.run(
        m_server, Master,
        QStringLiteral("SELECT c.name, (SELECT MIN(d.SourceServerName) FROM "
                       "bts_LogShippingDatabases d WHERE d.DatabaseName = c.name) FROM databases "
                       "c WHERE c.state_desc = 'RESTORING' AND c.name IN (SELECT DatabaseName "
                       "FROM bts_LogShippingDatabases) ORDER BY c.name"));
    if (!q)
        return q.error();
    QVector<Database> databases;
    while (q.value().next())
        databases.append({q.value().value(0).toString(), q.value().value(1).toString()});
    return databases;
}

Status LabFailover::materialise(const QVector<Database>& databases, qint64 setId,
                                const QString& markName) const
{
    for (const Database& database : databases) {
        if (Status s = materialiseOne(database, setId, markName); !s)
            return s;
    }
    if (!databases.isEmpty())
        m_messages.append(QStringLiteral("Wrote the %1 restored databases on %2 as they were at "
                                         "the mark.")
                              .arg(databases.size())
                              .arg(m_server));
    return success();
}

Status LabFailover::materialiseOne(const Database& database, qint64 setId,
                                   const QString& markName) const
{
    // Lab backup files carry no pages: the lab takes the data from the source's own file, as a
    // consistent copy, and trims it back to the mark.
    const QString source = m_connector.databaseFile(database.sourceServer, database.name);
    if (!QFileInfo::exists(source)) {
        DbError error = DbError::queryFailed(
            QStringLiteral("The lab cannot restore %1: it takes the data from the source's file "
                           "%2, which is gone.")
                .arg(database.name, source),
            location());
        error.advice = QStringLiteral("Put the source server's folder back, or reset the lab.");
        return error;
    }
    const QString copy =
        m_connector.databaseFile(m_server, database.name) + QStringLiteral(".restoring");
    removeFiles(copy); // left by an interrupted run
    Result<QSqlQuery> vacuum = m_connector.run(database.sourceServer, database.name,
                                               QStringLiteral("VACUUM dbo INTO ?"), {copy});
    if (!vacuum)
        return vacuum.error();
    if (Status s = trimToMark(copy, database.name, setId, markName); !s) {
        removeFiles(copy);
        return s;
    }
    return replaceFile(database.name, copy);
}

Status LabFailover::trimToMark(const QString& copy, const QString& database, qint64 setId,
                               const QString& markName) const
{
    const auto trim = [&](QSqlDatabase& db) -> Status {
        const auto exec = [&](const QString& sql, const QVariantList& values = {}) -> Status {
            QSqlQuery query(db);
            if (!query.prepare(sql))
                return m_connector.queryError(query.lastError(), m_server, database);
            for (const QVariant& value : values)
                query.addBindValue(value);
            if (!query.exec())
                return m_connector.queryError(query.lastError(), m_server, database);
            return success();
        };
        const auto hasTable = [&](const QString& table) {
            QSqlQuery query(db);
            query.prepare(QStringLiteral(
                "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = ?"));
            query.addBindValue(table);
            return query.exec() && query.next() && query.value(0).toInt() > 0;
        };
        // As the seeder makes every lab database, so that the console and the Agent can share it.
        if (Status s = exec(QStringLiteral("PRAGMA journal_mode=WAL")); !s)
            return s;
        if (hasTable(QStringLiteral("MarkLog"))) {
            if (Status s = exec(QStringLiteral("DELETE FROM MarkLog WHERE rowid > (SELECT "
                                               "MAX(rowid) FROM MarkLog WHERE MarkName = ?)"),
                                {markName});
                !s)
                return s;
        }
        if (!hasTable(QStringLiteral("adm_BackupHistory")))
            return success();
        // The management database: its history ends with the set restored to, the next set id
        // is the one after it, and SERVERPROPERTY('servername') is now this server.
        QStringList statements = {QStringLiteral("DROP VIEW IF EXISTS admv_BackupDatabases")};
        statements += LabSeeder::managementViewStatements(m_server, database);
        if (Status s = exec(QStringLiteral("DELETE FROM adm_BackupHistory WHERE BackupSetId > ?"),
                            {setId});
            !s)
            return s;
        if (Status s =
                exec(QStringLiteral("UPDATE adm_BackupSetId SET NextBackupSetId = ?"), {setId + 1});
            !s)
            return s;
        for (const QString& statement : std::as_const(statements)) {
            if (Status s = exec(statement); !s)
                return s;
        }
        return success();
    };
    const QString key = QStringLiteral("labcopy|") + copy;
    Status result = success();
    {
        Result<QSqlDatabase> db =
            ThreadConnections::get(key, QStringLiteral("QSQLITE"), [&](QSqlDatabase& c) -> Status {
                c.setDatabaseName(copy);
                if (!c.open())
                    return m_connector.queryError(c.lastError(), m_server, database);
                return success();
            });
        if (!db)
            return db.error();
        result = trim(db.value());
    }
    // Closed before the file is renamed, which Windows refuses for an open file.
    ThreadConnections::discard(key);
    return result;
}

Status LabFailover::replaceFile(const QString& database, const QString& copy) const
{
    const QString target = m_connector.databaseFile(m_server, database);
    m_connector.discardConnection(m_server, database);
    if (!removeFiles(target) || !QFile::rename(copy, target)) {
        removeFiles(copy);
        DbError error =
            DbError::queryFailed(QStringLiteral("The lab could not write %1 on %2 (%3).")
                                     .arg(database, m_server, target),
                                 location());
        error.advice = QStringLiteral("Close the programs that use the file, then run Restore To "
                                      "Mark again.");
        return error;
    }
    return success();
}

Status LabFailover::restoreJobs() const
{
    Result<QSqlQuery> q = m_connector.run(
        m_server, Master,
        QStringLiteral("SELECT JobName, MAX(Enabled), MAX(Description), MAX(CategoryName) FROM "
                       "bts_LogShippingJobs GROUP BY JobName ORDER BY JobName"));
    if (!q)
        return q.error();
    struct Job {
        QString name;
        bool enabled;
        QString description;
        QString category;
    };
    QVector<Job> jobs;
    while (q.value().next()) {
        const QSqlQuery& row = q.value();
        jobs.append({row.value(0).toString(), row.value(1).toInt() != 0, row.value(2).toString(),
                     row.value(3).toString()});
    }
    // This server's own log-shipping jobs stay as they are: Restore To Mark is running.
    const QStringList own = {LabLogShipping::GetBackupHistoryJob,
                             LabLogShipping::RestoreDatabasesJob, LabLogShipping::RestoreToMarkJob};
    QStringList restored;
    for (const Job& job : std::as_const(jobs)) {
        if (own.contains(job.name, Qt::CaseInsensitive))
            continue;
        if (Status s = restoreJob(job.name, job.enabled, job.description, job.category); !s)
            return s;
        restored.append(job.name);
    }
    if (!restored.isEmpty())
        m_messages.append(QStringLiteral("Recreated the source's SQL Agent jobs on %1: %2.")
                              .arg(m_server, restored.join(QStringLiteral(", "))));
    return success();
}

Status LabFailover::restoreJob(const QString& jobName, bool enabled, const QString& description,
                               const QString& category) const
{
    LabJobDefinition job;
    job.name = jobName;
    job.enabled = enabled;
    job.description = description;
    job.category = category;
    Result<QSqlQuery> steps = m_connector.run(
        m_server, Master,
        QStringLiteral("SELECT StepId, StepName, Command, DatabaseName, Subsystem, "
                       "OnSuccessAction, OnSuccessStepId, OnFailAction, OnFailStepId FROM "
                       "bts_LogShippingJobSteps WHERE JobName = ? ORDER BY StepId"),
        {jobName});
    if (!steps)
        return steps.error();
    while (steps.value().next()) {
        const QSqlQuery& s = steps.value();
        LabJobDefinition::Step step;
        step.id = s.value(0).toInt();
        step.name = s.value(1).toString();
        step.command = s.value(2).toString();
        step.database = s.value(3).toString();
        if (!s.value(4).toString().isEmpty())
            step.subsystem = s.value(4).toString();
        step.onSuccessAction = s.value(5).toInt();
        step.onSuccessStepId = s.value(6).toInt();
        step.onFailAction = s.value(7).toInt();
        step.onFailStepId = s.value(8).toInt();
        job.steps.append(step);
    }
    Result<QSqlQuery> schedules = m_connector.run(
        m_server, Master,
        QStringLiteral("SELECT ScheduleName, Enabled, FreqType, FreqInterval, FreqSubdayType, "
                       "FreqSubdayInterval FROM bts_LogShippingJobSchedules WHERE JobName = ?"),
        {jobName});
    if (!schedules)
        return schedules.error();
    while (schedules.value().next()) {
        const QSqlQuery& s = schedules.value();
        LabJobDefinition::Schedule schedule;
        schedule.name = s.value(0).toString();
        schedule.enabled = s.value(1).toInt() != 0;
        schedule.freqType = s.value(2).toInt();
        schedule.freqInterval = s.value(3).toInt();
        schedule.freqSubdayType = s.value(4).toInt();
        schedule.freqSubdayInterval = s.value(5).toInt();
        job.schedules.append(schedule);
    }
    const LabMsdbProcedures msdb(m_connector, m_server);
    if (Status s = msdb.deleteJob(jobName); !s)
        return s;
    return msdb.createJob(job, m_localNow);
}

void LabFailover::dropFiles(const QStringList& databases) const
{
    for (const QString& database : databases) {
        m_connector.discardConnection(m_server, database);
        const QString file = m_connector.databaseFile(m_server, database);
        if (!removeFiles(file))
            m_messages.append(
                QStringLiteral("The lab could not delete %1: it is still in use.").arg(file));
    }
}

} // namespace bts
