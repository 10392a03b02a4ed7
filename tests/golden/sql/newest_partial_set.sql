-- The rows of the newest set that did not complete (SetComplete = 0).
SELECT BackupSetId, BackupType, ServerName, DatabaseName, BackupDateTime
FROM dbo.adm_BackupHistory
WHERE BackupSetId = (SELECT MAX(BackupSetId) FROM dbo.adm_BackupHistory WHERE SetComplete = 0)
