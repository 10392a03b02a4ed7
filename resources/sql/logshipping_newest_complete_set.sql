-- The newest complete set of one type (bound: db) a destination imported: where it starts when
-- nothing is restored yet (run in master on a destination).
SELECT MAX(BackupSetId) AS BackupSetId
FROM dbo.bts_LogShippingHistory
WHERE BackupType = ? AND SetComplete = 1
