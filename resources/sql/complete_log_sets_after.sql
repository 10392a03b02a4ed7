-- How many complete sets of one type (bound: lg) the source took after a set, a destination's
-- last restored set (run in the management database).
SELECT COUNT(DISTINCT BackupSetId) AS CompleteSets
FROM dbo.adm_BackupHistory
WHERE BackupType = ? AND SetComplete = 1 AND BackupSetId > ?
