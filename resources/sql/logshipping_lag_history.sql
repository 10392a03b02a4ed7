-- When each set restored since a moment (the destination's clock) was taken and restored, oldest
-- first: the lag chart (run in master on a destination).
SELECT BackupSetId, MAX(BackupDateTime) AS BackupDateTime,
       MAX(RestoredDateTime) AS RestoredDateTime
FROM dbo.bts_LogShippingHistory
WHERE Restored = 1 AND RestoredDateTime >= ?
GROUP BY BackupSetId
ORDER BY BackupSetId
