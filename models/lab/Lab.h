#pragma once

#include "LabFaults.h"
#include "core/Result.h"
#include "group/GroupBackend.h"

#include <QDateTime>
#include <QString>
#include <QVector>

#include <memory>

namespace bts {

// The embedded lab: a simulated BizTalk group persisted as SQLite files, one per simulated
// database (<root>/LABSQL01/BizTalkMgmtDb.sqlite ...), with a simulated SQL Server Agent on a
// stored clock. Every method blocks on the files: call them on a database thread (runAsync).
class Lab {
public:
    explicit Lab(QString rootFolder);

    // <user data folder>/lab
    static QString defaultRoot();

    QString root() const { return m_root; }
    QString backupFolder() const;
    // <root>/BizTalk/Schema: the lab's stand-ins for the scripts of BizTalk's Schema folder.
    QString schemaFolder() const;
    bool exists() const;

    // Creates the lab as BizTalk leaves it after configuration (backup job created, disabled and
    // unconfigured), unless it already exists. `startUtc` is where the simulated clock begins.
    Status ensureCreated(const QDateTime& startUtc = QDateTime::currentDateTimeUtc());
    // Deletes every file of the lab and creates it afresh.
    Status reset(const QDateTime& startUtc = QDateTime::currentDateTimeUtc());

    // Moves the simulated clock forward, running every job occurrence that falls due on the way.
    Status advance(qint64 seconds);
    Status advanceTo(const QDateTime& utc);
    Result<QDateTime> utcNow() const;
    Status setUtcOffsetSeconds(int seconds); // the simulated server's time zone

    // BackupFails: `database` on `server` (a source). AgentStopped: `server`'s Agent (database
    // ignored). MissingBackupFile: `server` is the destination, `database` a source database.
    Status setFault(LabFault fault, const QString& server, const QString& database, bool enabled);

    // The calls that point the backup job at the lab's backup folder and enable it: what an
    // operator would otherwise do in the source wizard.
    Result<QVector<ServerCommand>> quickStartCalls() const;

    // The lab seen as a BizTalk group.
    std::shared_ptr<GroupBackend> backend() const;

private:
    QString m_root;
};

} // namespace bts
