-- The backup files of the sets a destination imported but has not restored, in a window of set
-- ids after its last restored set (run in master on a destination). The full path is
-- BackupFileLocation, a separator and BackupFileName (facts §1.6), unless the database's
-- DBFileLocation or LogFileLocation says the files moved (facts §2.5).
SELECT BackupSetId, BackupType, ServerName, DatabaseName, BackupFileLocation, BackupFileName
FROM dbo.bts_LogShippingHistory
WHERE Restored = 0 AND BackupSetId > ? AND BackupSetId <= ?
ORDER BY BackupSetId, DatabaseName
