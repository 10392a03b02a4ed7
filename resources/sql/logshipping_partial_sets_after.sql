-- The partial sets a destination imported after a set, its last restored set, oldest first (run
-- in master on a destination): it cannot restore past them until a full set.
SELECT BackupSetId, MAX(BackupType) AS BackupType, MIN(BackupDateTime) AS BackupDateTime,
       MAX(MarkName) AS MarkName
FROM dbo.bts_LogShippingHistory
WHERE SetComplete = 0 AND BackupSetId > ?
GROUP BY BackupSetId
ORDER BY BackupSetId
