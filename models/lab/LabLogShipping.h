#pragma once

#include <QString>
#include <QStringList>

// The names the lab's simulated log-shipping destination uses (facts §2): the jobs
// bts_ConfigureBizTalkLogShipping creates, the lab-internal procedures their steps call (named
// lab_* so that nobody takes them for Microsoft's) and the tables of the Schema stand-in.
namespace bts::LabLogShipping {

inline const QString ConfigureProcedure = QStringLiteral("bts_ConfigureBizTalkLogShipping");
inline const QString CleanProcedure = QStringLiteral("sp_LogShippingClean");

inline const QString GetBackupHistoryJob = QStringLiteral("BTS Log Shipping - Get Backup History");
inline const QString RestoreDatabasesJob = QStringLiteral("BTS Log Shipping - Restore Databases");
inline const QString RestoreToMarkJob = QStringLiteral("BTS Log Shipping - Restore To Mark");
inline const QString JobCategory = QStringLiteral("Database Maintenance");

inline const QString GetBackupHistoryProcedure = QStringLiteral("lab_GetBackupHistory");
inline const QString RestoreDatabasesProcedure = QStringLiteral("lab_RestoreDatabases");
inline const QString RestoreToMarkProcedure = QStringLiteral("lab_RestoreToMark");

inline const QString DatabasesTable = QStringLiteral("bts_LogShippingDatabases");
inline const QString HistoryTable = QStringLiteral("bts_LogShippingHistory");
inline const QString LastRestoreSetTable = QStringLiteral("bts_LogShippingLastRestoreSet");
inline const QString SourceTable = QStringLiteral("bts_LogShippingSource");
inline const QString JobsTable = QStringLiteral("bts_LogShippingJobs");
inline const QString JobStepsTable = QStringLiteral("bts_LogShippingJobSteps");
inline const QString JobSchedulesTable = QStringLiteral("bts_LogShippingJobSchedules");

inline QStringList tables()
{
    return {DatabasesTable, HistoryTable,  LastRestoreSetTable, SourceTable,
            JobsTable,      JobStepsTable, JobSchedulesTable};
}

} // namespace bts::LabLogShipping
