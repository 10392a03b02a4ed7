#include "LabMsdbProcedures.h"

#include "LabTopology.h"

namespace bts {
namespace {

const QString Msdb = QStringLiteral("msdb");

QString msdbLocation()
{
    return LabTopology::SourceServer + QStringLiteral("/msdb");
}

} // namespace

Result<QString> LabMsdbProcedures::jobId(const QString& jobName) const
{
    Result<QVariant> id =
        m_connector.scalar(LabTopology::SourceServer, Msdb,
                           QStringLiteral("SELECT job_id FROM sysjobs WHERE name = ?"), {jobName});
    if (!id)
        return id.error();
    if (id.value().isNull())
        return DbError::queryFailed(
            QStringLiteral("The specified @job_name ('%1') does not exist.").arg(jobName),
            msdbLocation());
    return id.value().toString();
}

Status LabMsdbProcedures::updateJob(const QString& jobName, std::optional<int> enabled) const
{
    Result<QString> id = jobId(jobName);
    if (!id)
        return id.error();
    if (enabled) {
        Result<QSqlQuery> r =
            m_connector.run(LabTopology::SourceServer, Msdb,
                            QStringLiteral("UPDATE sysjobs SET enabled = ? WHERE job_id = ?"),
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
        LabTopology::SourceServer, Msdb,
        QStringLiteral("SELECT COUNT(*) FROM sysjobsteps WHERE job_id = ? AND step_id = ?"),
        {id.value(), stepId});
    if (!exists)
        return exists.error();
    if (exists.value().toInt() == 0)
        return DbError::queryFailed(
            QStringLiteral("The specified @step_id ('%1') does not exist.").arg(stepId),
            msdbLocation());
    if (command) {
        Result<QSqlQuery> r = m_connector.run(
            LabTopology::SourceServer, Msdb,
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
        LabTopology::SourceServer, Msdb,
        QStringLiteral("SELECT COUNT(*) FROM sysschedules WHERE name = ?"), {scheduleName});
    if (!exists)
        return exists.error();
    if (exists.value().toInt() == 0)
        return DbError::queryFailed(
            QStringLiteral("The specified @name ('%1') does not exist.").arg(scheduleName),
            msdbLocation());
    if (enabled) {
        Result<QSqlQuery> r =
            m_connector.run(LabTopology::SourceServer, Msdb,
                            QStringLiteral("UPDATE sysschedules SET enabled = ? WHERE name = ?"),
                            {*enabled != 0 ? 1 : 0, scheduleName});
        if (!r)
            return r.error();
    }
    if (subdayType) {
        Result<QSqlQuery> r = m_connector.run(
            LabTopology::SourceServer, Msdb,
            QStringLiteral("UPDATE sysschedules SET freq_subday_type = ? WHERE name = ?"),
            {*subdayType, scheduleName});
        if (!r)
            return r.error();
    }
    if (subdayInterval) {
        Result<QSqlQuery> r = m_connector.run(
            LabTopology::SourceServer, Msdb,
            QStringLiteral("UPDATE sysschedules SET freq_subday_interval = ? WHERE name = ?"),
            {*subdayInterval, scheduleName});
        if (!r)
            return r.error();
    }
    return success();
}

} // namespace bts
