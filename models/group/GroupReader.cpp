#include "GroupReader.h"

#include "BackupJobSettings.h"
#include "destination/DestinationReader.h"
#include "sql/SqlRunner.h"
#include "sql/SqlValues.h"

#include <QHash>
#include <QSet>

namespace bts {
namespace {

QString field(const QSqlQuery& q, const char* name)
{
    return q.value(QLatin1String(name)).toString().trimmed();
}

QString lower(const QString& server, const QString& database)
{
    return server.toLower() + QLatin1Char('/') + database.toLower();
}

DatabaseRole roleForOtherDatabase(const QString& defaultName)
{
    // DefaultDatabaseName values that BizTalk itself writes (facts §1.6).
    if (defaultName.compare(QLatin1String("SSO"), Qt::CaseInsensitive) == 0)
        return DatabaseRole::SingleSignOn;
    if (defaultName.compare(QLatin1String("BAM Alerts Application DB"), Qt::CaseInsensitive) == 0)
        return DatabaseRole::BamAlertsApplication;
    if (defaultName.compare(QLatin1String("BAM Alerts Instance DB"), Qt::CaseInsensitive) == 0)
        return DatabaseRole::BamAlertsInstance;
    if (defaultName.compare(QLatin1String("RuleEngine DB"), Qt::CaseInsensitive) == 0)
        return DatabaseRole::RuleEngine;
    return DatabaseRole::Custom;
}

bool isAnalysisServices(DatabaseRole role)
{
    return role == DatabaseRole::BamAnalysis || role == DatabaseRole::TrackingAnalysis;
}

GroupDatabase makeDatabase(DatabaseRole role, const QString& server, const QString& name)
{
    GroupDatabase db;
    db.role = role;
    db.defaultName = defaultDatabaseName(role);
    db.server = server;
    db.actualName = name;
    db.method = isAnalysisServices(role) ? BackupMethod::AnalysisServices
                : (role == DatabaseRole::BamStarSchema || role == DatabaseRole::BamArchive)
                    ? BackupMethod::BamMaintenance
                    : BackupMethod::BackupJob;
    return db;
}

// Finds the database a (server, database) pair of history or admv names, tolerating the
// management database being listed under SERVERPROPERTY('servername') instead of its alias.
GroupDatabase* findDatabase(QVector<GroupDatabase>& databases, const QString& server,
                            const QString& database)
{
    GroupDatabase* byNameOnly = nullptr;
    int nameMatches = 0;
    for (GroupDatabase& db : databases) {
        if (db.actualName.compare(database, Qt::CaseInsensitive) != 0 ||
            isAnalysisServices(db.role))
            continue;
        if (db.server.compare(server, Qt::CaseInsensitive) == 0)
            return &db;
        byNameOnly = &db;
        ++nameMatches;
    }
    return nameMatches == 1 ? byNameOnly : nullptr;
}

} // namespace

GroupReader::GroupReader(const SqlConnector& connector, QString managementServer,
                         QString managementDatabase, QStringList destinationServers)
    : m_connector(connector)
    , m_server(std::move(managementServer))
    , m_database(std::move(managementDatabase))
    , m_destinations(std::move(destinationServers))
{}

Result<GroupSnapshot> GroupReader::read() const
{
    GroupSnapshot snapshot;
    snapshot.managementServer = m_server;
    snapshot.managementDatabase = m_database;
    if (Status s = readTopology(snapshot); !s)
        return s.error();
    if (Status s = readClock(snapshot); !s)
        return s.error();
    readBackupJob(snapshot);
    if (Status s = readBackupHistory(snapshot); !s)
        return s.error();
    readRecoveryModels(snapshot);
    for (const QString& destination : m_destinations)
        snapshot.destinations.append(readDestination(m_connector, destination));
    return snapshot;
}

Status GroupReader::readTopology(GroupSnapshot& snapshot) const
{
    SqlRunner run(m_connector);
    auto& dbs = snapshot.databases;

    Result<QSqlQuery> group = run.query(m_server, m_database, QStringLiteral("group_settings"));
    if (!group)
        return group.error();
    QSqlQuery& g = group.value();
    if (!g.next()) {
        DbError error;
        error.kind = DbError::Kind::ObjectMissing;
        error.summary = QStringLiteral("adm_Group has no row: this is not a configured BizTalk "
                                       "management database");
        error.location = m_server + QLatin1Char('/') + m_database;
        error.advice = QStringLiteral("Check the management database name of the environment.");
        return error;
    }
    const QString masterServer = field(g, "SubscriptionDBServerName");
    const QString masterName = field(g, "SubscriptionDBName");
    const QString bamServer = field(g, "BamDBServerName");

    dbs.append(makeDatabase(DatabaseRole::Management, m_server, m_database));

    Result<QSqlQuery> boxes = run.query(m_server, m_database, QStringLiteral("message_boxes"));
    if (!boxes)
        return boxes.error();
    while (boxes.value().next()) {
        GroupDatabase db =
            makeDatabase(DatabaseRole::MessageBox, field(boxes.value(), "DBServerName"),
                         field(boxes.value(), "DBName"));
        db.isMasterMessageBox = db.server.compare(masterServer, Qt::CaseInsensitive) == 0 &&
                                db.actualName.compare(masterName, Qt::CaseInsensitive) == 0;
        dbs.append(db);
    }

    const auto addFromGroup = [&](DatabaseRole role, const char* serverColumn,
                                  const char* nameColumn) {
        const QString server = field(g, serverColumn);
        const QString name = field(g, nameColumn);
        if (!server.isEmpty() && !name.isEmpty())
            dbs.append(makeDatabase(role, server, name));
    };
    addFromGroup(DatabaseRole::Tracking, "TrackingDBServerName", "TrackingDBName");
    addFromGroup(DatabaseRole::RuleEngine, "RuleEngineDBServerName", "RuleEngineDBName");
    addFromGroup(DatabaseRole::BamPrimaryImport, "BamDBServerName", "BamDBName");

    Result<QSqlQuery> others =
        run.query(m_server, m_database, QStringLiteral("other_backup_databases"));
    if (!others)
        return others.error();
    while (others.value().next()) {
        const QString defaultName = field(others.value(), "DefaultDatabaseName");
        const QString server = field(others.value(), "ServerName");
        const QString name = field(others.value(), "DatabaseName");
        if (findDatabase(dbs, server, name))
            continue; // e.g. the rule engine, listed both in adm_Group and here
        GroupDatabase db = makeDatabase(roleForOtherDatabase(defaultName), server, name);
        if (db.role == DatabaseRole::Custom)
            db.defaultName = defaultName;
        dbs.append(db);
    }

    // BAM's SQL databases outside the job are looked for under their default names on the BAM
    // server; the SSAS databases cannot be seen over SQL at all.
    const QString bamSqlServer = bamServer.isEmpty() ? m_server : bamServer;
    dbs.append(makeDatabase(DatabaseRole::BamStarSchema, bamSqlServer,
                            defaultDatabaseName(DatabaseRole::BamStarSchema)));
    dbs.append(makeDatabase(DatabaseRole::BamArchive, bamSqlServer,
                            defaultDatabaseName(DatabaseRole::BamArchive)));
    dbs.append(makeDatabase(DatabaseRole::BamAnalysis, QString(), QString()));
    dbs.append(makeDatabase(DatabaseRole::TrackingAnalysis, field(g, "TrackAnalysisServerName"),
                            field(g, "TrackAnalysisDBName")));

    Result<QSqlQuery> inJob = run.query(m_server, m_database, QStringLiteral("backup_databases"));
    if (!inJob)
        return inJob.error();
    while (inJob.value().next()) {
        const QString server = field(inJob.value(), "ServerName");
        const QString name = field(inJob.value(), "DatabaseName");
        GroupDatabase* db = findDatabase(dbs, server, name);
        if (!db) {
            dbs.append(makeDatabase(DatabaseRole::Custom, server, name));
            db = &dbs.last();
            db->defaultName = name;
        }
        db->inBackupJob = true;
        db->method = BackupMethod::BackupJob;
    }
    return success();
}

void GroupReader::readRecoveryModels(GroupSnapshot& snapshot) const
{
    SqlRunner run(m_connector);
    QSet<QString> servers;
    for (const GroupDatabase& db : std::as_const(snapshot.databases)) {
        if (!isAnalysisServices(db.role) && !db.server.isEmpty())
            servers.insert(db.server.toLower());
    }
    for (const QString& serverKey : std::as_const(servers)) {
        QString server;
        for (const GroupDatabase& db : std::as_const(snapshot.databases)) {
            if (db.server.toLower() == serverKey)
                server = db.server;
        }
        Result<QSqlQuery> rows =
            run.query(server, QStringLiteral("master"), QStringLiteral("recovery_models"));
        if (!rows) {
            snapshot.warnings.append(rows.error());
            continue;
        }
        QHash<QString, QPair<QString, QString>> found;
        while (rows.value().next()) {
            found.insert(
                field(rows.value(), "name").toLower(),
                {field(rows.value(), "recovery_model_desc"), field(rows.value(), "state_desc")});
        }
        for (GroupDatabase& db : snapshot.databases) {
            if (db.server.toLower() != serverKey || isAnalysisServices(db.role))
                continue;
            db.serverChecked = true;
            const auto it = found.constFind(db.actualName.toLower());
            db.existsOnServer = it != found.constEnd();
            if (db.existsOnServer) {
                db.recoveryModel = it->first;
                db.state = it->second;
            }
        }
    }
}

Status GroupReader::readBackupHistory(GroupSnapshot& snapshot) const
{
    SqlRunner run(m_connector);
    Result<QSqlQuery> last = run.query(m_server, m_database, QStringLiteral("last_backups"));
    if (!last)
        return last.error();
    QSqlQuery& q = last.value();
    while (q.next()) {
        GroupDatabase* db =
            findDatabase(snapshot.databases, field(q, "ServerName"), field(q, "DatabaseName"));
        if (!db)
            continue; // history of a database no longer in the job
        const auto when = sqlDateTime(q.value(QStringLiteral("LastBackupDateTime")));
        const qint64 setId = q.value(QStringLiteral("LastBackupSetId")).toLongLong();
        if (field(q, "BackupType") == QLatin1String("db")) {
            db->lastFullBackup = when;
            db->lastFullSetId = setId;
        } else {
            db->lastLogBackup = when;
            db->lastLogSetId = setId;
        }
    }

    Result<QSqlQuery> sets =
        run.query(m_server, m_database, QStringLiteral("newest_complete_sets"));
    if (!sets)
        return sets.error();
    while (sets.value().next()) {
        const qint64 id = sets.value().value(QStringLiteral("NewestSetId")).toLongLong();
        if (field(sets.value(), "BackupType") == QLatin1String("db"))
            snapshot.newestCompleteFullSet = id;
        else
            snapshot.newestCompleteLogSet = id;
    }

    Result<QSqlQuery> partial =
        run.query(m_server, m_database, QStringLiteral("newest_partial_set"));
    if (!partial)
        return partial.error();
    while (partial.value().next()) {
        QSqlQuery& p = partial.value();
        if (!snapshot.newestPartialSet) {
            PartialSet set;
            set.setId = p.value(QStringLiteral("BackupSetId")).toLongLong();
            set.backupType = field(p, "BackupType");
            set.startedAt =
                sqlDateTime(p.value(QStringLiteral("BackupDateTime"))).value_or(QDateTime());
            snapshot.newestPartialSet = set;
        }
        snapshot.newestPartialSet->databasesInSet.append(
            lower(field(p, "ServerName"), field(p, "DatabaseName")));
    }

    Result<QSqlQuery> count = run.query(m_server, m_database, QStringLiteral("partial_sets_after"),
                                        {snapshot.newestCompleteFullSet});
    if (!count)
        return count.error();
    if (count.value().next())
        snapshot.partialSetsSinceLastFull = count.value().value(0).toInt();
    return success();
}

void GroupReader::readBackupJob(GroupSnapshot& snapshot) const
{
    SqlRunner run(m_connector);
    const QString msdb = QStringLiteral("msdb");
    BackupJobState& job = snapshot.job;
    job.name = backupJobName(m_database);

    Result<QSqlQuery> found = run.query(m_server, msdb, QStringLiteral("backup_job"), {job.name});
    if (!found) {
        snapshot.warnings.append(found.error());
        return;
    }
    if (!found.value().next())
        return;
    job.found = true;
    job.enabled = found.value().value(QStringLiteral("enabled")).toInt() != 0;

    if (Result<QSqlQuery> steps =
            run.query(m_server, msdb, QStringLiteral("backup_job_steps"), {job.name})) {
        QSqlQuery& s = steps.value();
        while (s.next()) {
            JobStep step;
            step.id = s.value(QStringLiteral("step_id")).toInt();
            step.name = field(s, "step_name");
            step.command = s.value(QStringLiteral("command")).toString();
            step.databaseName = field(s, "database_name");
            step.onSuccessAction = s.value(QStringLiteral("on_success_action")).toInt();
            step.onFailAction = s.value(QStringLiteral("on_fail_action")).toInt();
            job.steps.append(step);
        }
    } else {
        snapshot.warnings.append(steps.error());
    }

    if (Result<QSqlQuery> schedules =
            run.query(m_server, msdb, QStringLiteral("backup_job_schedules"), {job.name})) {
        QSqlQuery& s = schedules.value();
        while (s.next()) {
            JobSchedule schedule;
            schedule.name = field(s, "name");
            schedule.enabled = s.value(QStringLiteral("enabled")).toInt() != 0;
            schedule.freqType = s.value(QStringLiteral("freq_type")).toInt();
            schedule.freqInterval = s.value(QStringLiteral("freq_interval")).toInt();
            schedule.freqSubdayType = s.value(QStringLiteral("freq_subday_type")).toInt();
            schedule.freqSubdayInterval = s.value(QStringLiteral("freq_subday_interval")).toInt();
            job.schedules.append(schedule);
        }
    } else {
        snapshot.warnings.append(schedules.error());
    }

    if (Result<QSqlQuery> last =
            run.query(m_server, msdb, QStringLiteral("backup_job_last_run"), {job.name})) {
        QSqlQuery& h = last.value();
        if (h.next()) {
            JobRun run;
            run.runStatus = h.value(QStringLiteral("run_status")).toInt();
            run.startedAt = msdbDateTime(h.value(QStringLiteral("run_date")).toInt(),
                                         h.value(QStringLiteral("run_time")).toInt());
            run.durationSeconds =
                msdbDurationSeconds(h.value(QStringLiteral("run_duration")).toInt());
            run.message = h.value(QStringLiteral("message")).toString();
            job.lastRun = run;
        }
    } else {
        snapshot.warnings.append(last.error());
    }

    if (job.lastRun && !job.lastRun->succeeded()) {
        if (Result<QSqlQuery> failed = run.query(
                m_server, msdb, QStringLiteral("backup_job_last_failed_step"), {job.name})) {
            QSqlQuery& f = failed.value();
            if (f.next()) {
                FailedStep step;
                step.stepId = f.value(QStringLiteral("step_id")).toInt();
                step.stepName = field(f, "step_name");
                step.message = f.value(QStringLiteral("message")).toString();
                step.startedAt = msdbDateTime(f.value(QStringLiteral("run_date")).toInt(),
                                              f.value(QStringLiteral("run_time")).toInt());
                job.lastFailedStep = step;
            }
        } else {
            snapshot.warnings.append(failed.error());
        }
    }

    const BackupJobSettings settings = BackupJobSettings::fromJob(job);
    snapshot.historyTimesAreLocal = settings.log ? settings.log->useLocalTime : false;
}

Status GroupReader::readClock(GroupSnapshot& snapshot) const
{
    SqlRunner run(m_connector);
    Result<QSqlQuery> clock =
        run.query(m_server, QStringLiteral("master"), QStringLiteral("server_clock"));
    if (!clock)
        return clock.error();
    if (clock.value().next()) {
        snapshot.serverUtcNow =
            sqlDateTime(clock.value().value(QStringLiteral("UtcNow"))).value_or(QDateTime());
        snapshot.serverUtcOffsetSeconds =
            clock.value().value(QStringLiteral("UtcOffsetSeconds")).toInt();
    }
    return success();
}

} // namespace bts
