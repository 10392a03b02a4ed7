#pragma once

#include "LabConnector.h"
#include "core/Result.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace bts {

// The lab's versions of the BizTalkMgmtDb backup procedures (facts §1.4, §1.5, §1.8): the same
// decisions, the same history rows, the same mark and file names, and small real files.
// A procedure's failure comes back as a DbError whose summary is the message SQL Server would
// print into the job history. They run in the management database `database` on `server`:
// wherever the Backup BizTalk Server job is, the source or, after a failover, the destination.
class LabBackupProcedures {
public:
    LabBackupProcedures(const LabConnector& connector, QString server, QString database,
                        QDateTime utcNow, int utcOffsetSeconds);

    // "Could not find stored procedure" unless `database` is a management database.
    Status requireManagementDatabase(const QString& procedure) const;

    Status setBackupCompression(bool compression) const;
    Status forceFullBackup() const;
    Status backupAllFullSchedule(QChar frequency, const QString& markName,
                                 const QString& backupPath, bool forceFullAfterPartialSet,
                                 std::optional<int> backupHour, bool useLocalTime) const;
    Status markAll(const QString& markName, const QString& backupPath, bool useLocalTime) const;
    Status deleteBackupHistory(std::optional<int> daysToKeep, bool useLocalTime) const;

    // Informational messages printed along the way (e.g. why no full backup was taken).
    QStringList messages() const { return m_messages; }

private:
    struct BackupTarget {
        QString server;
        QString database;
    };
    enum class Kind { Full, Log };

    Status backupAllFull(const QString& markName, const QString& backupPath,
                         const QDateTime& timestamp) const;
    // One set: a new set id, every database of admv_BackupDatabases, SetComplete when all worked.
    Status backupSet(Kind kind, const QString& markName, const QString& backupPath,
                     const QDateTime& timestamp) const;
    Result<bool> fullBackupDue(QChar frequency, std::optional<int> backupHour,
                               bool forceFullAfterPartialSet, const QDateTime& now) const;
    Result<qint64> nextBackupSetId() const;
    Result<QVector<BackupTarget>> backupTargets() const;
    // Backs one database up: checks what SQL Server would refuse, writes the file, or says why not.
    Status backupDatabase(const BackupTarget& target, Kind kind, const QString& fullMark,
                          const QString& backupPath, QString& fileName) const;
    // Whether BACKUP LOG has a full backup to follow (SQL Server's "current database backup").
    Result<bool> hasLogChain(const BackupTarget& target) const;
    DbError lostServer(const QString& server) const;
    QDateTime now(bool useLocalTime) const;

    const LabConnector& m_connector;
    QString m_server;
    QString m_database;
    QDateTime m_utcNow;
    int m_utcOffsetSeconds;
    mutable QStringList m_messages;
};

} // namespace bts
