-- The newest complete full set and the newest complete log set with their time and mark, one
-- row per backup type (run in the management database). Full sets carry no mark.
SELECT h.BackupSetId, h.BackupType, MAX(h.BackupDateTime) AS BackupDateTime,
       MAX(h.MarkName) AS MarkName
FROM dbo.adm_BackupHistory AS h
WHERE h.BackupSetId IN (SELECT MAX(n.BackupSetId) FROM dbo.adm_BackupHistory AS n
                        WHERE n.SetComplete = 1 GROUP BY n.BackupType)
GROUP BY h.BackupSetId, h.BackupType
