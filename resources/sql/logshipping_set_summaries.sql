-- Type, completeness, time, mark and restore time of two sets a destination imported, its
-- newest imported and its last restored set, one row per set (run in master on a destination).
SELECT BackupSetId, MAX(BackupType) AS BackupType, MIN(CAST(SetComplete AS int)) AS SetComplete,
       MAX(BackupDateTime) AS BackupDateTime, MAX(MarkName) AS MarkName,
       MAX(RestoredDateTime) AS RestoredDateTime
FROM dbo.bts_LogShippingHistory
WHERE BackupSetId IN (?, ?)
GROUP BY BackupSetId
