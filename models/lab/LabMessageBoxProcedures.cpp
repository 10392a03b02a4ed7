#include "LabMessageBoxProcedures.h"

namespace bts {
namespace {

// Parameter names from UpdateDatabase.vbs's calls (facts §3.4), in signature order.
const QStringList CopyTrackedMessagesSignature = {QStringLiteral("trackingDBServer"),
                                                  QStringLiteral("trackingDBName")};
const QStringList OperateOnMasterSignature = {QStringLiteral("nvcMasterMsgBoxDBServer"),
                                              QStringLiteral("nvcMasterMsgBoxDBName")};

} // namespace

QString LabMessageBox::copyTrackedMessagesJob(const QString& messageBox)
{
    return QStringLiteral("TrackedMessages_Copy_") + messageBox;
}

QString LabMessageBox::operateOnMasterJob(const QString& messageBox)
{
    return QStringLiteral("Operations_OperateOnInstances_OnMaster_") + messageBox;
}

std::optional<Status> LabMessageBoxProcedures::dispatch(const ExecCall& call) const
{
    const QString name = call.procedure();
    if (name.compare(LabMessageBox::CopyTrackedMessagesProcedure, Qt::CaseInsensitive) == 0)
        return retarget(call, CopyTrackedMessagesSignature,
                        LabMessageBox::copyTrackedMessagesJob(m_database));
    if (name.compare(LabMessageBox::OperateOnMasterProcedure, Qt::CaseInsensitive) == 0)
        return retarget(call, OperateOnMasterSignature,
                        LabMessageBox::operateOnMasterJob(m_database));
    return std::nullopt;
}

Status LabMessageBoxProcedures::requireProcedure(const QString& name) const
{
    Result<QVariant> count = m_connector.scalar(
        m_server, m_database,
        QStringLiteral("SELECT COUNT(*) FROM lab_Objects WHERE name = ? COLLATE NOCASE AND "
                       "type = 'P'"),
        {name});
    if (!count)
        return count.error();
    if (count.value().toInt() > 0)
        return success();
    return DbError::queryFailed(QStringLiteral("Could not find stored procedure '%1'.").arg(name),
                                location());
}

Status LabMessageBoxProcedures::retarget(const ExecCall& call, const QStringList& signature,
                                         const QString& jobName) const
{
    if (Status s = requireProcedure(call.procedure()); !s)
        return s;
    const BoundArguments bound = bindArguments(call, signature);
    if (!bound.ok())
        return DbError::queryFailed(bound.error, location());
    QVariantList values;
    for (int i = 0; i < signature.size(); ++i) {
        const std::optional<SqlLiteral> value = bound.value(i);
        // Neither parameter has a default.
        if (!value) {
            return DbError::queryFailed(QStringLiteral("Procedure or function '%1' expects "
                                                       "parameter '@%2', which was not supplied.")
                                            .arg(call.procedure(), signature.at(i)),
                                        location());
        }
        values.append(value->isNull() ? QVariant() : QVariant(value->text));
    }
    values.append(jobName);
    Result<QSqlQuery> update =
        m_connector.run(m_server, m_database,
                        QStringLiteral("UPDATE lab_JobTargets SET ServerName = ?, DatabaseName = ? "
                                       "WHERE JobName = ? COLLATE NOCASE"),
                        values);
    if (!update)
        return update.error();
    if (update.value().numRowsAffected() > 0)
        return success();
    // What sp_update_jobstep, which the real procedure calls, says of a missing job.
    return DbError::queryFailed(
        QStringLiteral("The specified @job_name ('%1') does not exist.").arg(jobName), location());
}

} // namespace bts
