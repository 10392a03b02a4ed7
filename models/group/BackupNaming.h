#pragma once

#include <QDateTime>
#include <QString>

namespace bts {

// How BizTalk names marks and backup files (facts §1.8).

// sp_BuildFullMarkName: "<MarkName>_" + the style-121 timestamp with every separator made '_':
// BTS_2020_05_04_01_34_11_933.
QString fullMarkName(const QString& markName, const QDateTime& timestamp);

enum class BackupKind { Full, Log };

// <Server>_<Database>_<Full|Log>_<FullMarkName>.bak, the server name cut at 30 characters and
// a named instance's '\' made '_'.
QString backupFileName(const QString& serverName, const QString& databaseName, BackupKind kind,
                       const QString& fullMark);

} // namespace bts
