-- Newest full ('db') and log ('lg') backup of each database.
SELECT ServerName, DatabaseName, BackupType,
       MAX(BackupDateTime) AS LastBackupDateTime,
       MAX(BackupSetId) AS LastBackupSetId
FROM dbo.adm_BackupHistory
GROUP BY ServerName, DatabaseName, BackupType
