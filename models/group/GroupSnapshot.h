#pragma once

#include "BackupJob.h"
#include "DatabaseRole.h"
#include "core/DbError.h"
#include "destination/DestinationState.h"

#include <QDateTime>
#include <QString>
#include <QVector>

#include <optional>

namespace bts {

// One database of the BizTalk group, as discovered, with what its server and the backup history
// say about it. Times are as the server stores them (see GroupSnapshot::historyTimesAreLocal).
struct GroupDatabase {
    DatabaseRole role = DatabaseRole::Custom;
    QString defaultName; // the seed page's name, or adm_OtherBackupDatabases.DefaultDatabaseName
    QString actualName;  // empty when not discovered (e.g. BAM Analysis, an SSAS database)
    QString server;      // as stored in the BizTalk configuration; may be an alias or srv,port
    BackupMethod method = BackupMethod::BackupJob;
    bool inBackupJob = false; // listed by admv_BackupDatabases
    bool isMasterMessageBox = false;

    // From sys.databases on its server; empty when not read (server unreachable, SSAS).
    QString recoveryModel;
    QString state;
    bool existsOnServer = false;
    bool serverChecked = false;

    // From adm_BackupHistory.
    std::optional<QDateTime> lastFullBackup;
    std::optional<QDateTime> lastLogBackup;
    qint64 lastFullSetId = -1;
    qint64 lastLogSetId = -1;

    QString key() const
    {
        return server.toLower() + QLatin1Char('/') + actualName.toLower() + QLatin1Char('/') +
               defaultName.toLower();
    }
};

// The newest set with SetComplete = 0 and the databases it holds.
struct PartialSet {
    qint64 setId = -1;
    QString backupType; // "db" or "lg"
    QDateTime startedAt;
    QStringList databasesInSet; // "server/database", lower case
};

struct GroupSnapshot {
    QString managementServer;
    QString managementDatabase;
    QVector<GroupDatabase> databases;
    BackupJobState job;

    qint64 newestCompleteFullSet = -1;
    qint64 newestCompleteLogSet = -1;
    std::optional<PartialSet> newestPartialSet;
    int partialSetsSinceLastFull = 0;

    // The management server's clock when the snapshot was read.
    QDateTime serverUtcNow;
    int serverUtcOffsetSeconds = 0;
    // adm_BackupHistory.BackupDateTime is UTC unless the job uses @UseLocalTime = 1.
    bool historyTimesAreLocal = false;

    // Every destination of the group, as read (unreachable or unconfigured ones included).
    QVector<DestinationState> destinations;

    // Problems that did not stop the read (one server unreachable, an object missing).
    QVector<DbError> warnings;

    QDateTime serverLocalNow() const { return serverUtcNow.addSecs(serverUtcOffsetSeconds); }
    // The server's "now" in the frame that backup history is stored in.
    QDateTime historyNow() const { return historyTimesAreLocal ? serverLocalNow() : serverUtcNow; }
};

} // namespace bts
