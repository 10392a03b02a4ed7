#pragma once

#include "GroupSnapshot.h"
#include "actions/ServerCommand.h"
#include "core/Result.h"
#include "sql/SqlConnector.h"

#include <QString>

#include <memory>

namespace bts {

// What the console reads from and does to one BizTalk group. Two implementations: SQL Server
// over ODBC, and the embedded lab on SQLite. Every method blocks and is meant to be called on a
// database thread (see runAsync); implementations are safe to call from several threads at once.
class GroupBackend {
public:
    virtual ~GroupBackend() = default;

    // "Lab (LABSQL01)", "SQL Server PROD-SQL01\BTS": for title and status bar.
    virtual QString displayName() const = 0;
    virtual bool isLab() const = 0;
    virtual QString managementServer() const = 0;
    virtual QString managementDatabase() const = 0;
    // The destination SQL Servers that restore this group's backups.
    virtual QStringList destinationServers() const = 0;

    // Connections to the group's servers, for the readers shared by both backends.
    virtual const SqlConnector& connector() const = 0;
    virtual Result<GroupSnapshot> readSnapshot() const = 0;
    // Runs one call that changes a server; the caller has shown the preview and asked.
    virtual Status execute(const ServerCommand& call) const = 0;

    // The group whose management database is `database` on `server`, reached the same way (same
    // driver and login, or the same lab): the group a failover made on the destination. It has
    // no destinations until one is set up for it.
    virtual std::shared_ptr<GroupBackend> groupAt(const QString& server,
                                                  const QString& database) const = 0;
};

} // namespace bts
