#pragma once

#include "LabConnector.h"
#include "actions/ServerCommand.h"
#include "core/Result.h"
#include "tsql/ExecCall.h"

#include <QDateTime>

#include <optional>

namespace bts {

// Runs, in the lab, the procedure calls a SQL Server would run: job-step commands as text and
// the console's own ServerCommands, on the server and in the database they name. Arguments are
// bound to each procedure's signature and cut to its declared length (nvarchar(8),
// nvarchar(128)) exactly as SQL Server silently does. A statement without bound values is one
// batch of a script (see LabBatch).
class LabCommandExecutor {
public:
    LabCommandExecutor(const LabConnector& connector, QDateTime utcNow, int utcOffsetSeconds);

    // One job-step command run by `server` in `database`, e.g.
    // "exec [dbo].[sp_MarkAll] 'BTS', 'C:\Backups'".
    Status executeCommand(const QString& command, const QString& server,
                          const QString& database) const;
    Status execute(const ServerCommand& call) const;

    // Messages the last command printed (informational).
    QStringList messages() const { return m_messages; }

private:
    struct Where {
        QString server;
        QString database;
    };
    Status dispatch(const ExecCall& call, const Where& where) const;
    // Each returns nothing when the procedure is not one of its kind.
    std::optional<Status> dispatchBackup(const ExecCall& call, const QString& name,
                                         const Where& where) const;
    std::optional<Status> dispatchMsdb(const ExecCall& call, const QString& name,
                                       const Where& where) const;
    std::optional<Status> dispatchServer(const ExecCall& call, const QString& name,
                                         const Where& where) const;
    std::optional<Status> dispatchLogShipping(const ExecCall& call, const QString& name,
                                              const Where& where) const;
    Status startJob(const QString& server, const QString& jobName) const;

    const LabConnector& m_connector;
    QDateTime m_utcNow;
    int m_utcOffsetSeconds;
    mutable QStringList m_messages;
};

} // namespace bts
