#pragma once

#include "LabConnector.h"
#include "core/Result.h"

#include <QDateTime>
#include <QVector>

#include <optional>

namespace bts {

// A job as sp_add_job, sp_add_jobstep, sp_add_schedule and sp_attach_schedule create it.
struct LabJobDefinition {
    struct Step {
        QString name;
        QString command;
        QString database;
        int onSuccessAction = 1; // quit reporting success
        int onFailAction = 2;    // quit reporting failure
        int onSuccessStepId = 0; // for action 4, go to that step
        int onFailStepId = 0;
        int id = 0; // 0: its position, from 1
        QString subsystem = QStringLiteral("TSQL");
    };
    struct Schedule {
        QString name;
        int freqSubdayType = 4; // minutes
        int freqSubdayInterval = 1;
        bool enabled = true;
        int freqType = 4; // daily
        int freqInterval = 1;
    };
    QString name;
    QString description;
    QString category;
    bool enabled = false;
    QVector<Step> steps;
    QVector<Schedule> schedules; // all day, from the day the job is created
};

// The lab's msdb job procedures on one lab server, with the parameters the console uses.
class LabMsdbProcedures {
public:
    LabMsdbProcedures(const LabConnector& connector, QString server)
        : m_connector(connector)
        , m_server(std::move(server))
    {}

    Status updateJob(const QString& jobName, std::optional<int> enabled) const;
    Status updateJobStep(const QString& jobName, int stepId,
                         const std::optional<QString>& command) const;
    Status updateSchedule(const QString& scheduleName, std::optional<int> enabled,
                          std::optional<int> subdayType, std::optional<int> subdayInterval) const;

    // The lab's own procedures' way to add and remove jobs (BizTalk's scripts call sp_add_job
    // and sp_delete_job; the console never does). `createdLocal` is the server's local time.
    Status createJob(const LabJobDefinition& job, const QDateTime& createdLocal) const;
    // Deletes the job, its steps, history and the schedules only it used; no job is no error.
    Status deleteJob(const QString& jobName) const;

private:
    Result<QString> jobId(const QString& jobName) const;
    QString location() const;

    const LabConnector& m_connector;
    QString m_server;
};

} // namespace bts
