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
// print into the job history.
class LabBackupProcedures {
public:
    LabBackupProcedures(const LabConnector& connector, QDateTime utcNow, int utcOffsetSeconds);

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
    QDateTime now(bool useLocalTime) const;

    const LabConnector& m_connector;
    QDateTime m_utcNow;
    int m_utcOffsetSeconds;
    mutable QStringList m_messages;
};

} // namespace bts
