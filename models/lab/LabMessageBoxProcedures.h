#pragma once

#include "LabConnector.h"
#include "core/Result.h"
#include "tsql/ExecCall.h"

#include <QStringList>

#include <optional>

namespace bts {

// The names around a MessageBox's own SQL Agent jobs, as UpdateDatabase.vbs and BizTalk's
// documentation give them (facts §3.3, §3.4).
namespace LabMessageBox {

inline const QString CopyTrackedMessagesProcedure =
    QStringLiteral("bts_UpdateCopyTrackedMessagesJob");
inline const QString OperateOnMasterProcedure =
    QStringLiteral("ops_UpdateOperationsOperateOnInstancesOnMasterJob");

// TrackedMessages_Copy_<MessageBox>: copies tracked message bodies to the tracking database.
QString copyTrackedMessagesJob(const QString& messageBox);
// Operations_OperateOnInstances_OnMaster_<MessageBox>: works through the master MessageBox.
QString operateOnMasterJob(const QString& messageBox);

} // namespace LabMessageBox

// The two procedures of a MessageBox database that UpdateDatabase.vbs calls after a move, each
// pointing one of the MessageBox's jobs at a moved database. The real procedures rewrite those
// jobs' steps, whose text the facts do not give: the lab keeps each job's target server and
// database in the MessageBox's lab_JobTargets table instead, and updates that row.
class LabMessageBoxProcedures {
public:
    // `database`: the MessageBox the procedure runs in (DB_NAME() of the call).
    LabMessageBoxProcedures(const LabConnector& connector, QString server, QString database)
        : m_connector(connector)
        , m_server(std::move(server))
        , m_database(std::move(database))
    {}

    // Runs `call` when it names one of the two procedures; nothing when it names another.
    std::optional<Status> dispatch(const ExecCall& call) const;

private:
    Status retarget(const ExecCall& call, const QStringList& signature,
                    const QString& jobName) const;
    Status requireProcedure(const QString& name) const;
    QString location() const { return m_server + QLatin1Char('/') + m_database; }

    const LabConnector& m_connector;
    QString m_server;
    QString m_database;
};

} // namespace bts
