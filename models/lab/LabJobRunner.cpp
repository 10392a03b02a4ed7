#include "LabJobRunner.h"

#include "LabCommandExecutor.h"
#include "sql/SqlValues.h"

namespace bts {
namespace {

const QString Msdb = QStringLiteral("msdb");
const QString RunAs = QStringLiteral("Executed as user: LAB\\svc-btsagent.");

struct Step {
    int id = 0;
    QString name;
    QString command;
    QString database;
    int onSuccess = 1;
    int onSuccessStep = 0;
    int onFail = 2;
    int onFailStep = 0;
};

// sysjobsteps actions: 1 quit reporting success, 2 quit reporting failure, 3 go to the next
// step, 4 go to the step given.
int nextIndex(const QVector<Step>& steps, int index, int action, int targetStep)
{
    if (action == 3)
        return index + 1;
    if (action == 4) {
        for (int i = 0; i < steps.size(); ++i) {
            if (steps.at(i).id == targetStep)
                return i;
        }
    }
    return -1;
}

} // namespace

Status LabJobRunner::run(const QString& server, const QString& jobName, const QDateTime& utcNow,
                         int utcOffsetSeconds, const QString& invokedBy) const
{
    Result<QVariant> jobId = m_connector.scalar(
        server, Msdb, QStringLiteral("SELECT job_id FROM sysjobs WHERE name = ?"), {jobName});
    if (!jobId)
        return jobId.error();
    if (jobId.value().isNull()) {
        DbError error;
        error.kind = DbError::Kind::ObjectMissing;
        error.summary =
            QStringLiteral("The specified @job_name ('%1') does not exist.").arg(jobName);
        return error;
    }
    Result<QSqlQuery> rows = m_connector.run(
        server, Msdb,
        QStringLiteral("SELECT step_id, step_name, command, database_name, on_success_action, "
                       "on_success_step_id, on_fail_action, on_fail_step_id FROM sysjobsteps "
                       "WHERE job_id = ? ORDER BY step_id"),
        {jobId.value()});
    if (!rows)
        return rows.error();
    QVector<Step> steps;
    while (rows.value().next()) {
        const QSqlQuery& q = rows.value();
        steps.append({q.value(0).toInt(), q.value(1).toString(), q.value(2).toString(),
                      q.value(3).toString(), q.value(4).toInt(), q.value(5).toInt(),
                      q.value(6).toInt(), q.value(7).toInt()});
    }

    const QDateTime localStart = utcNow.addSecs(utcOffsetSeconds);
    LabCommandExecutor executor(m_connector, utcNow, utcOffsetSeconds);
    bool jobSucceeded = steps.isEmpty();
    QString lastStep;
    QString failure;
    int index = 0;
    int guard = 0;
    while (index >= 0 && index < steps.size() && ++guard < 100) {
        const Step& step = steps.at(index);
        lastStep = QStringLiteral("step %1 (%2)").arg(step.id).arg(step.name);
        const Status outcome = executor.executeCommand(step.command, server, step.database);
        const QString message =
            outcome ? QStringLiteral("%1 %2 The step succeeded.")
                          .arg(RunAs, executor.messages().join(QLatin1Char(' ')))
                          .simplified()
                    : QStringLiteral("%1 %2 [SQLSTATE 42000] (Error 50000).  The step failed.")
                          .arg(RunAs, outcome.error().summary);
        if (Status s = writeHistory(server, jobId.value().toString(), step.id, step.name,
                                    bool(outcome), message, localStart);
            !s)
            return s;
        const int action = outcome ? step.onSuccess : step.onFail;
        if (!outcome)
            failure = outcome.error().summary;
        jobSucceeded = action == 1 || (action != 2 && index == steps.size() - 1 && bool(outcome));
        if (action == 1 || action == 2)
            break;
        index = nextIndex(steps, index, action, outcome ? step.onSuccessStep : step.onFailStep);
    }

    const QString outcomeText =
        QStringLiteral("The job %1.  The Job was invoked by %2.  The last step to run was %3.")
            .arg(jobSucceeded ? QStringLiteral("succeeded") : QStringLiteral("failed"), invokedBy,
                 lastStep);
    if (Status s =
            writeHistory(server, jobId.value().toString(), 0, QStringLiteral("(Job outcome)"),
                         jobSucceeded, outcomeText, localStart);
        !s)
        return s;
    if (jobSucceeded)
        return success();
    DbError error;
    error.kind = DbError::Kind::QueryFailed;
    error.summary = failure.isEmpty() ? outcomeText : failure;
    error.location = server;
    return error;
}

Status LabJobRunner::writeHistory(const QString& server, const QString& jobId, int stepId,
                                  const QString& stepName, bool succeeded, const QString& message,
                                  const QDateTime& localTime) const
{
    Result<QSqlQuery> r = m_connector.run(
        server, Msdb,
        QStringLiteral(
            "INSERT INTO sysjobhistory (job_id, step_id, step_name, sql_message_id, "
            "sql_severity, message, run_status, run_date, run_time, run_duration, server) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?)"),
        {jobId, stepId, stepName, succeeded ? 0 : 50000, succeeded ? 0 : 16, message,
         succeeded ? 1 : 0, msdbDate(localTime.date()), msdbTime(localTime.time()), server});
    return r ? success() : Status(r.error());
}

} // namespace bts
