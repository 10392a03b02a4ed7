-- How many sets did not complete after the given set (the newest complete full set).
SELECT COUNT(DISTINCT BackupSetId) AS PartialSets
FROM dbo.adm_BackupHistory
WHERE SetComplete = 0 AND BackupSetId > ?
