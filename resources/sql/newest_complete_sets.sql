-- Newest complete full set and newest complete log set.
SELECT BackupType, MAX(BackupSetId) AS NewestSetId
FROM dbo.adm_BackupHistory
WHERE SetComplete = 1
GROUP BY BackupType
