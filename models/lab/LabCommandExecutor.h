#pragma once

#include "LabConnector.h"
#include "actions/ServerCommand.h"
#include "core/Result.h"
#include "tsql/ExecCall.h"

#include <QDateTime>

namespace bts {

// Runs, in the lab, the procedure calls a SQL Server would run: job-step commands as text and
// the console's own ServerCommands. Arguments are bound to each procedure's signature and cut to
// its declared length (nvarchar(8), nvarchar(128)) exactly as SQL Server silently does.
class LabCommandExecutor {
public:
    LabCommandExecutor(const LabConnector& connector, QDateTime utcNow, int utcOffsetSeconds);

    // One job-step command, e.g. "exec [dbo].[sp_MarkAll] 'BTS', 'C:\Backups'".
    Status executeCommand(const QString& command) const;
    Status execute(const ServerCommand& call) const;

    // Messages the last command printed (informational).
    QStringList messages() const { return m_messages; }

private:
    Status dispatch(const ExecCall& call) const;

    const LabConnector& m_connector;
    QDateTime m_utcNow;
    int m_utcOffsetSeconds;
    mutable QStringList m_messages;
};

} // namespace bts
