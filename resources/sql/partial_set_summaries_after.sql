-- The partial sets (SetComplete = 0) after a set, the newest complete full set, oldest first
-- (run in the management database): each stops log shipping until the next full set.
SELECT BackupSetId, BackupType, MIN(BackupDateTime) AS BackupDateTime,
       MAX(MarkName) AS MarkName
FROM dbo.adm_BackupHistory
WHERE SetComplete = 0 AND BackupSetId > ?
GROUP BY BackupSetId, BackupType
ORDER BY BackupSetId
