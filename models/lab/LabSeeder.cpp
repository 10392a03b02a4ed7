#include "LabSeeder.h"

#include "LabConnector.h"
#include "LabRuntimeSeeder.h"
#include "LabServerSeeder.h"
#include "LabTopology.h"
#include "core/ResourceText.h"
#include "core/ThreadConnections.h"
#include "group/BackupJob.h"
#include "sql/SqlValues.h"

#include <QDir>
#include <QSqlQuery>
#include <QUuid>

namespace bts {
namespace {

// Our own DDL files: statements end with ';' at the end of a line, never inside a string.
QStringList splitStatements(const QString& script)
{
    QStringList statements;
    QString current;
    const QStringList lines = script.split(QLatin1Char('\n'));
    for (const QString& line : lines) {
        if (line.trimmed().startsWith(QLatin1String("--")))
            continue;
        current += line + QLatin1Char('\n');
        if (line.trimmed().endsWith(QLatin1Char(';'))) {
            statements.append(current.trimmed());
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        statements.append(current.trimmed());
    return statements;
}

QString sqliteLiteral(const QString& text)
{
    return QLatin1Char('\'') + QString(text).replace(QLatin1Char('\''), QStringLiteral("''")) +
           QLatin1Char('\'');
}

DbError seedError(const QString& what, const QString& detail)
{
    DbError error;
    error.kind = DbError::Kind::Internal;
    error.summary = QStringLiteral("Could not create the lab: %1").arg(what);
    error.advice = QStringLiteral("Check that the lab folder is writable, then reset the lab.");
    error.driverText = detail;
    return error;
}

bool isMessageBox(const QString& server, const QString& database)
{
    for (const LabTopology::SeedLocation& box : LabTopology::messageBoxes()) {
        if (box.server == server && box.name == database)
            return true;
    }
    return false;
}

struct JobStepSeed {
    QString name;
    QString command;
    int onSuccess;
    int onFail;
};

// The four steps of the BizTalk 2013+ layout, word for word (facts §1.3).
QVector<JobStepSeed> backupJobSteps()
{
    return {
        {JobStepNames::Compression,
         QStringLiteral("exec [dbo].[sp_SetBackupCompression] @bCompression = 0 /*0 - Do not use "
                        "Compression, 1 - Use Compression */"),
         3, 3},
        {JobStepNames::BackupFull,
         QStringLiteral("exec [dbo].[sp_BackupAllFull_Schedule] 'd' /* Frequency */, 'BTS' /* Name "
                        "*/, '<destination path>' /* location of backup files */"),
         3, 2},
        {JobStepNames::MarkAndBackupLog,
         QStringLiteral("exec [dbo].[sp_MarkAll] 'BTS' /*  Log mark name */, '<destination path>' "
                        "/* location of backup files */"),
         3, 2},
        {JobStepNames::ClearHistory,
         QStringLiteral("exec [dbo].[sp_DeleteBackupHistory] @DaysToKeep=14"), 1, 2},
    };
}

} // namespace

Status LabSeeder::seed(const QDateTime& startUtc, int utcOffsetSeconds) const
{
    LabConnector connector(m_root);
    for (const QString& server : LabTopology::servers()) {
        if (!QDir().mkpath(connector.serverFolder(server)))
            return seedError(QStringLiteral("folder %1").arg(connector.serverFolder(server)), {});
        if (Status s = createDatabase(server, QStringLiteral("master"), {MasterSchema}); !s)
            return s;
        if (Status s = createDatabase(server, QStringLiteral("msdb"),
                                      {QStringLiteral(":/lab/msdb_schema.sql")});
            !s)
            return s;
        if (Status s = seedMaster(server, startUtc, utcOffsetSeconds); !s)
            return s;
        if (Status s = LabServerSeeder(connector, m_root).seedServer(server); !s)
            return s;
    }
    const LabRuntimeSeeder runtime(connector);
    for (const LabTopology::SeedDatabase& db : LabTopology::seedDatabases()) {
        QStringList scripts = {QStringLiteral(":/lab/objects_schema.sql")};
        if (db.name == LabTopology::ManagementDatabase)
            scripts.append(ManagementSchema);
        else if (db.hasBackupObjects)
            scripts.append(QStringLiteral(":/lab/user_database_schema.sql"));
        const bool messageBox = isMessageBox(db.server, db.name);
        if (messageBox)
            scripts.append(MessageBoxSchema);
        if (Status s = createDatabase(db.server, db.name, scripts); !s)
            return s;
        if (db.hasBackupObjects) {
            if (Status s = seedBackupObjects(db.server, db.name); !s)
                return s;
        }
        if (messageBox) {
            if (Status s = runtime.seedMessageBox(db.server, db.name); !s)
                return s;
        }
    }
    if (Status s = seedManagement(); !s)
        return s;
    if (Status s = runtime.seedManagement(); !s)
        return s;
    if (Status s = seedBackupJob(startUtc, utcOffsetSeconds); !s)
        return s;
    if (!QDir().mkpath(QDir(m_root).filePath(QStringLiteral("Backups"))))
        return seedError(QStringLiteral("the backup folder"), {});
    if (Status s = LabServerSeeder(connector, m_root).seedSchemaFolder(); !s)
        return s;
    ThreadConnections::discardAll(QStringLiteral("labseed|"));
    return success();
}

QStringList LabSeeder::scriptStatements(const QString& resource)
{
    return splitStatements(readResourceText(resource));
}

QStringList LabSeeder::managementViewStatements(const QString& server, const QString& database)
{
    return splitStatements(readResourceText(QStringLiteral(":/lab/management_view.sql"))
                               .arg(sqliteLiteral(server), sqliteLiteral(database)));
}

Status LabSeeder::createDatabase(const QString& server, const QString& database,
                                 const QStringList& scripts) const
{
    const QString file = LabConnector(m_root).databaseFile(server, database);
    Result<QSqlDatabase> db =
        ThreadConnections::get(QStringLiteral("labseed|") + file, QStringLiteral("QSQLITE"),
                               [&](QSqlDatabase& c) -> Status {
                                   c.setDatabaseName(file);
                                   if (!c.open())
                                       return seedError(file, c.lastError().text());
                                   return success();
                               });
    if (!db)
        return db.error();
    QStringList statements = {QStringLiteral("PRAGMA journal_mode=WAL")};
    for (const QString& script : scripts)
        statements += splitStatements(readResourceText(script));
    if (database == LabTopology::ManagementDatabase)
        statements += managementViewStatements(server, database);
    for (const QString& statement : std::as_const(statements)) {
        QSqlQuery query(db.value());
        if (!query.exec(statement))
            return seedError(file, query.lastError().text());
    }
    return success();
}

Status LabSeeder::seedMaster(const QString& server, const QDateTime& startUtc,
                             int utcOffsetSeconds) const
{
    LabConnector connector(m_root);
    QStringList names = {QStringLiteral("master"), QStringLiteral("msdb")};
    QStringList models = {QStringLiteral("SIMPLE"), QStringLiteral("SIMPLE")};
    for (const LabTopology::SeedDatabase& db : LabTopology::seedDatabases()) {
        if (db.server == server) {
            names.append(db.name);
            models.append(db.recoveryModel);
        }
    }
    for (int i = 0; i < names.size(); ++i) {
        Result<QSqlQuery> insert = connector.run(
            server, QStringLiteral("master"),
            QStringLiteral("INSERT INTO databases (name, recovery_model_desc) VALUES (?, ?)"),
            {names.at(i), models.at(i)});
        if (!insert)
            return insert.error();
    }
    Result<QSqlQuery> clock = connector.run(
        server, QStringLiteral("master"),
        QStringLiteral("INSERT INTO lab_Clock (UtcNow, UtcOffsetSeconds) VALUES (?, ?)"),
        {labDateTimeText(startUtc), utcOffsetSeconds});
    if (!clock)
        return clock.error();
    return success();
}

Status LabSeeder::seedBackupObjects(const QString& server, const QString& database) const
{
    // What Backup_Setup_All_Procs.sql and Backup_Setup_All_Tables.sql create (facts §1.7).
    const QVector<QPair<QString, QString>> objects = {
        {QStringLiteral("sp_SetMark"), QStringLiteral("P")},
        {QStringLiteral("sp_SetMarkRemote"), QStringLiteral("P")},
        {QStringLiteral("sp_GetServerVersion"), QStringLiteral("P")},
        {QStringLiteral("sp_BackupBizTalk"), QStringLiteral("P")},
        {QStringLiteral("sp_BackupBizTalkLog"), QStringLiteral("P")},
        {QStringLiteral("sp_BackupBizTalkFull"), QStringLiteral("P")},
        {QStringLiteral("sp_CleanUpMarkLog"), QStringLiteral("P")},
        {QStringLiteral("sp_GetServerName"), QStringLiteral("P")},
        {QStringLiteral("MarkLog"), QStringLiteral("U")},
        {QStringLiteral("BTS_BACKUP_USERS"), QStringLiteral("R")},
    };
    LabConnector connector(m_root);
    for (const auto& [name, type] : objects) {
        Result<QSqlQuery> r = connector.run(
            server, database, QStringLiteral("INSERT INTO lab_Objects (name, type) VALUES (?, ?)"),
            {name, type});
        if (!r)
            return r.error();
    }
    return success();
}

Status LabSeeder::seedManagement() const
{
    LabConnector connector(m_root);
    const QString s1 = LabTopology::SourceServer;
    const QString mgmt = LabTopology::ManagementDatabase;
    const QString& bizTalkServer = LabTopology::BizTalkServer;
    struct Insert {
        QString sql;
        QVariantList values;
    };
    const QVector<Insert> inserts = {
        {QStringLiteral("INSERT INTO adm_Group (TrackingDBServerName, TrackingDBName, "
                        "SubscriptionDBServerName, SubscriptionDBName, BamDBServerName, BamDBName, "
                        "RuleEngineDBServerName, RuleEngineDBName, TrackAnalysisServerName, "
                        "TrackAnalysisDBName, SSOServerName) VALUES (?,?,?,?,?,?,?,?,?,?,?)"),
         {s1, LabTopology::TrackingDatabase, s1, LabTopology::MessageBoxDatabase, s1,
          LabTopology::BamPrimaryImportDatabase, s1, QStringLiteral("BizTalkRuleEngineDb"),
          LabTopology::AnalysisServer, QStringLiteral("BizTalkAnalysisDb"), s1}},
        {QStringLiteral("INSERT INTO adm_BackupSettings (UseCompression, ForceFull) VALUES (0, 0)"),
         {}},
        {QStringLiteral("INSERT INTO adm_BackupSetId (NextBackupSetId) VALUES (1)"), {}},
    };
    for (const Insert& insert : inserts) {
        if (Result<QSqlQuery> r = connector.run(s1, mgmt, insert.sql, insert.values); !r)
            return r.error();
    }
    for (const LabTopology::SeedLocation& box : LabTopology::messageBoxes()) {
        Result<QSqlQuery> r = connector.run(
            s1, mgmt,
            QStringLiteral("INSERT INTO adm_MessageBox (DBServerName, DBName) VALUES (?, ?)"),
            {box.server, box.name});
        if (!r)
            return r.error();
    }
    const QVector<QPair<QString, QString>> others = {
        {QStringLiteral("SSO"), QStringLiteral("SSODB")},
        {QStringLiteral("BAM Alerts Application DB"), QStringLiteral("BAMAlertsApplication")},
        {QStringLiteral("BAM Alerts Instance DB"), QStringLiteral("BAMAlertsNSMain")},
        {LabTopology::CustomDatabase, LabTopology::CustomDatabase},
    };
    // sys.parameters of the BizTalk 2020 procedures (facts §1.4).
    const QVector<QPair<QString, QStringList>> signatures = {
        {QStringLiteral("sp_SetBackupCompression"), {QStringLiteral("@bCompression")}},
        {QStringLiteral("sp_BackupAllFull_Schedule"),
         {QStringLiteral("@Frequency"), QStringLiteral("@MarkName"), QStringLiteral("@BackupPath"),
          QStringLiteral("@ForceFullBackupAfterPartialSetFailure"), QStringLiteral("@BackupHour"),
          QStringLiteral("@UseLocalTime")}},
        {QStringLiteral("sp_MarkAll"),
         {QStringLiteral("@MarkName"), QStringLiteral("@BackupPath"),
          QStringLiteral("@UseLocalTime")}},
        {QStringLiteral("sp_DeleteBackupHistory"),
         {QStringLiteral("@DaysToKeep"), QStringLiteral("@UseLocalTime")}},
    };
    for (const auto& [procedure, parameters] : signatures) {
        for (int i = 0; i < parameters.size(); ++i) {
            Result<QSqlQuery> r = connector.run(
                s1, mgmt,
                QStringLiteral("INSERT INTO lab_ProcedureParameters (procedure_name, name, "
                               "parameter_id) VALUES (?, ?, ?)"),
                {procedure, parameters.at(i), i + 1});
            if (!r)
                return r.error();
        }
    }
    for (const auto& [defaultName, name] : others) {
        Result<QSqlQuery> r = connector.run(
            s1, mgmt,
            QStringLiteral("INSERT INTO adm_OtherBackupDatabases (DefaultDatabaseName, "
                           "DatabaseName, ServerName, BTSServerName) VALUES (?, ?, ?, ?)"),
            {defaultName, name, s1, bizTalkServer});
        if (!r)
            return r.error();
    }
    return success();
}

Status LabSeeder::seedBackupJob(const QDateTime& startUtc, int utcOffsetSeconds) const
{
    LabConnector connector(m_root);
    const QString server = LabTopology::SourceServer;
    const QString msdb = QStringLiteral("msdb");
    const QString jobId = QUuid::createUuid().toString(QUuid::WithoutBraces).toUpper();
    const QString created = labDateTimeText(startUtc.addSecs(utcOffsetSeconds));

    Result<QSqlQuery> job = connector.run(
        server, msdb,
        QStringLiteral("INSERT INTO sysjobs (job_id, name, enabled, description, category_name, "
                       "owner_login_name, notify_level_eventlog, date_created, date_modified) "
                       "VALUES (?, ?, 0, ?, ?, '', 2, ?, ?)"),
        {jobId, backupJobName(LabTopology::ManagementDatabase),
         QStringLiteral("This job performs full database backups (step 2) and log backups (step 3) "
                        "of BizTalk Server databases."),
         QStringLiteral("Database Maintenance"), created, created});
    if (!job)
        return job.error();

    int stepId = 0;
    for (const JobStepSeed& step : backupJobSteps()) {
        Result<QSqlQuery> r = connector.run(
            server, msdb,
            QStringLiteral(
                "INSERT INTO sysjobsteps (job_id, step_id, step_name, subsystem, command, "
                "database_name, on_success_action, on_fail_action) "
                "VALUES (?, ?, ?, 'TSQL', ?, ?, ?, ?)"),
            {jobId, ++stepId, step.name, step.command, LabTopology::ManagementDatabase,
             step.onSuccess, step.onFail});
        if (!r)
            return r.error();
    }

    // MarkAndBackupLogSched: daily, every 15 minutes, all day (facts §1.2).
    Result<QSqlQuery> schedule = connector.run(
        server, msdb,
        QStringLiteral(
            "INSERT INTO sysschedules (name, enabled, freq_type, freq_interval, "
            "freq_subday_type, freq_subday_interval, active_start_date, active_end_date, "
            "active_start_time, active_end_time) "
            "VALUES (?, 1, 4, 1, 4, 15, 20031110, 99991231, 0, 235959)"),
        {BackupScheduleName});
    if (!schedule)
        return schedule.error();
    Result<QSqlQuery> link =
        connector.run(server, msdb,
                      QStringLiteral("INSERT INTO sysjobschedules (schedule_id, job_id) "
                                     "SELECT schedule_id, ? FROM sysschedules WHERE name = ?"),
                      {jobId, BackupScheduleName});
    if (!link)
        return link.error();
    return success();
}

} // namespace bts
