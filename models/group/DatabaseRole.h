#pragma once

#include <QString>

namespace bts {

// What a database is for in a BizTalk group (the roles of the seed page, plus custom ones).
enum class DatabaseRole {
    Management,
    MessageBox,
    Tracking,
    RuleEngine,
    SingleSignOn,
    BamPrimaryImport,
    BamAlertsApplication,
    BamAlertsInstance,
    BamStarSchema,
    BamArchive,
    BamAnalysis,
    TrackingAnalysis,
    Custom,
};

// How a database is backed up.
enum class BackupMethod {
    BackupJob,        // the Backup BizTalk Server job (marked full and log backups)
    BamMaintenance,   // BAM data maintenance package, then a standard SQL Server backup
    AnalysisServices, // an SSAS database: SSAS backup, outside SQL Server
};

QString roleName(DatabaseRole role);
QString defaultDatabaseName(DatabaseRole role);
QString backupMethodName(BackupMethod method);

} // namespace bts
