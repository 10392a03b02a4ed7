#include "LabMsdbProcedures.h"

#include "sql/SqlValues.h"

#include <QUuid>

namespace bts {
namespace {

const QString Msdb = QStringLiteral("msdb");

} // namespace

QString LabMsdbProcedures::location() const
{
    return m_server + QStringLiteral("/msdb");
}

Result<QString> LabMsdbProcedures::jobId(const QString& jobName) const
{
    Result<QVariant> id = m_connector.scalar(
        m_server, Msdb, QStringLiteral("SELECT job_id FROM sysjobs WHERE name = ?"), {jobName});
    if (!id)
        return id.error();
    if (id.value().isNull())
        return DbError::queryFailed(
            QStringLiteral("The specified @job_name ('%1') does not exist.").arg(jobName),
            location());
    return id.value().toString();
}

Status LabMsdbProcedures::updateJob(const QString& jobName, std::optional<int> enabled) const
{
    Result<QString> id = jobId(jobName);
    if (!id)
        return id.error();
    if (enabled) {
        Result<QSqlQuery> r = m_connector.run(
            m_server, Msdb, QStringLiteral("UPDATE sysjobs SET enabled = ? WHERE job_id = ?"),
            {*enabled != 0 ? 1 : 0, id.value()});
        if (!r)
            return r.error();
    }
    return success();
}

Status LabMsdbProcedures::updateJobStep(const QString& jobName, int stepId,
                                        const std::optional<QString>& command) const
{
    Result<QString> id = jobId(jobName);
    if (!id)
        return id.error();
    Result<QVariant> exists = m_connector.scalar(
        m_server, Msdb,
        QStringLiteral("SELECT COUNT(*) FROM sysjobsteps WHERE job_id = ? AND step_id = ?"),
        {id.value(), stepId});
    if (!exists)
        return exists.error();
    if (exists.value().toInt() == 0)
        return DbError::queryFailed(
            QStringLiteral("The specified @step_id ('%1') does not exist.").arg(stepId),
            location());
    if (command) {
        Result<QSqlQuery> r = m_connector.run(
            m_server, Msdb,
            QStringLiteral("UPDATE sysjobsteps SET command = ? WHERE job_id = ? AND step_id = ?"),
            {*command, id.value(), stepId});
        if (!r)
            return r.error();
    }
    return success();
}

Status LabMsdbProcedures::updateSchedule(const QString& scheduleName, std::optional<int> enabled,
                                         std::optional<int> subdayType,
                                         std::optional<int> subdayInterval) const
{
    Result<QVariant> exists = m_connector.scalar(
        m_server, Msdb, QStringLiteral("SELECT COUNT(*) FROM sysschedules WHERE name = ?"),
        {scheduleName});
    if (!exists)
        return exists.error();
    if (exists.value().toInt() == 0)
        return DbError::queryFailed(
            QStringLiteral("The specified @name ('%1') does not exist.").arg(scheduleName),
            location());
    if (enabled) {
        Result<QSqlQuery> r = m_connector.run(
            m_server, Msdb, QStringLiteral("UPDATE sysschedules SET enabled = ? WHERE name = ?"),
            {*enabled != 0 ? 1 : 0, scheduleName});
        if (!r)
            return r.error();
    }
    if (subdayType) {
        Result<QSqlQuery> r = m_connector.run(
            m_server, Msdb,
            QStringLiteral("UPDATE sysschedules SET freq_subday_type = ? WHERE name = ?"),
            {*subdayType, scheduleName});
        if (!r)
            return r.error();
    }
    if (subdayInterval) {
        Result<QSqlQuery> r = m_connector.run(
            m_server, Msdb,
            QStringLiteral("UPDATE sysschedules SET freq_subday_interval = ? WHERE name = ?"),
            {*subdayInterval, scheduleName});
        if (!r)
            return r.error();
    }
    return success();
}

Status LabMsdbProcedures::createJob(const LabJobDefinition& job,
                                    const QDateTime& createdLocal) const
{
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces).toUpper();
    const QString created = labDateTimeText(createdLocal);
    Result<QSqlQuery> add = m_connector.run(
        m_server, Msdb,
        QStringLiteral("INSERT INTO sysjobs (job_id, name, enabled, description, category_name, "
                       "owner_login_name, notify_level_eventlog, date_created, date_modified) "
                       "VALUES (?, ?, ?, ?, ?, 'sa', 2, ?, ?)"),
        {id, job.name, job.enabled ? 1 : 0, job.description, job.category, created, created});
    if (!add)
        return add.error();
    for (int i = 0; i < job.steps.size(); ++i) {
        const LabJobDefinition::Step& step = job.steps.at(i);
        Result<QSqlQuery> r = m_connector.run(
            m_server, Msdb,
            QStringLiteral("INSERT INTO sysjobsteps (job_id, step_id, step_name, subsystem, "
                           "command, database_name, on_success_action, on_success_step_id, "
                           "on_fail_action, on_fail_step_id) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {id, step.id > 0 ? step.id : i + 1, step.name, step.subsystem, step.command,
             step.database, step.onSuccessAction, step.onSuccessStepId, step.onFailAction,
             step.onFailStepId});
        if (!r)
            return r.error();
    }
    for (const LabJobDefinition::Schedule& schedule : job.schedules) {
        Result<QSqlQuery> r = m_connector.run(
            m_server, Msdb,
            QStringLiteral("INSERT INTO sysschedules (name, enabled, freq_type, freq_interval, "
                           "freq_subday_type, freq_subday_interval, active_start_date, "
                           "active_end_date, active_start_time, active_end_time) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, 99991231, 0, 235959)"),
            {schedule.name, schedule.enabled ? 1 : 0, schedule.freqType, schedule.freqInterval,
             schedule.freqSubdayType, schedule.freqSubdayInterval, msdbDate(createdLocal.date())});
        if (!r)
            return r.error();
        Result<QSqlQuery> link =
            m_connector.run(m_server, Msdb,
                            QStringLiteral("INSERT INTO sysjobschedules (schedule_id, job_id) "
                                           "VALUES (last_insert_rowid(), ?)"),
                            {id});
        if (!link)
            return link.error();
    }
    return success();
}

Status LabMsdbProcedures::deleteJob(const QString& jobName) const
{
    Result<QVariant> id = m_connector.scalar(
        m_server, Msdb, QStringLiteral("SELECT job_id FROM sysjobs WHERE name = ?"), {jobName});
    if (!id)
        return id.error();
    if (id.value().isNull())
        return success();
    const QString jobIdValue = id.value().toString();
    const QVector<QPair<QString, QVariantList>> statements = {
        {QStringLiteral("DELETE FROM sysschedules WHERE schedule_id IN (SELECT schedule_id FROM "
                        "sysjobschedules WHERE job_id = ?) AND schedule_id NOT IN (SELECT "
                        "schedule_id FROM sysjobschedules WHERE job_id <> ?)"),
         {jobIdValue, jobIdValue}},
        {QStringLiteral("DELETE FROM sysjobschedules WHERE job_id = ?"), {jobIdValue}},
        {QStringLiteral("DELETE FROM sysjobhistory WHERE job_id = ?"), {jobIdValue}},
        {QStringLiteral("DELETE FROM sysjobsteps WHERE job_id = ?"), {jobIdValue}},
        {QStringLiteral("DELETE FROM sysjobs WHERE job_id = ?"), {jobIdValue}},
    };
    for (const auto& [sql, values] : statements) {
        Result<QSqlQuery> r = m_connector.run(m_server, Msdb, sql, values);
        if (!r)
            return r.error();
    }
    return success();
}

} // namespace bts
