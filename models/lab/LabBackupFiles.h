#pragma once

#include "LabConnector.h"
#include "core/Result.h"

#include <QString>

namespace bts {

// The lab's record of the backup files on its disk, kept in lab_Files in every lab server's
// master: the lab's file_exists statement reads it where SQL Server calls sys.dm_os_file_exists,
// since SQLite cannot look at the disk. Every server shares the one backup folder, as a UNC share
// would be seen by the source and the destinations alike. Whatever writes or deletes a backup
// file in the lab says so here.
class LabBackupFiles {
public:
    explicit LabBackupFiles(const LabConnector& connector)
        : m_connector(connector)
    {}

    // How lab_Files keeps a path: '/' for every separator, so that a folder joined with '\' (as
    // facts §1.6 joins BackupFileLocation and BackupFileName) names the same file.
    static QString key(const QString& path);

    Status written(const QString& path) const;
    Status removed(const QString& path) const;
    // Records every file `folder` holds: for a lab written before lab_Files existed.
    Status recordFolder(const QString& folder) const;

private:
    Status onEveryServer(const QString& sql, const QString& path) const;

    const LabConnector& m_connector;
};

} // namespace bts
