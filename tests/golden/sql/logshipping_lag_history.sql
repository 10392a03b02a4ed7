-- When each set restored since a moment (bound twice: the destination's clock) was taken and
-- restored, oldest first: the lag chart (run in master on a destination). The sets are found
-- by their restore time first, so that only the window's rows are read, not the whole history.
SELECT BackupSetId, MAX(BackupDateTime) AS BackupDateTime,
       MAX(RestoredDateTime) AS RestoredDateTime
FROM dbo.bts_LogShippingHistory
WHERE Restored = 1 AND RestoredDateTime >= ?
  AND BackupSetId IN (SELECT w.BackupSetId FROM dbo.bts_LogShippingHistory AS w
                      WHERE w.Restored = 1 AND w.RestoredDateTime >= ?)
GROUP BY BackupSetId
ORDER BY BackupSetId
