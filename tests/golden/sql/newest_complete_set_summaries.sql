-- The newest complete full set (bound: db) and the newest complete log set (bound: lg) with
-- their time and mark, one row per backup type (run in the management database). Full sets
-- carry no mark. Each newest set is a seek back from the highest BackupSetId.
SELECT h.BackupSetId, h.BackupType, MAX(h.BackupDateTime) AS BackupDateTime,
       MAX(h.MarkName) AS MarkName
FROM dbo.adm_BackupHistory AS h
WHERE h.BackupSetId IN ((SELECT MAX(f.BackupSetId) FROM dbo.adm_BackupHistory AS f
                         WHERE f.BackupType = ? AND f.SetComplete = 1),
                        (SELECT MAX(l.BackupSetId) FROM dbo.adm_BackupHistory AS l
                         WHERE l.BackupType = ? AND l.SetComplete = 1))
GROUP BY h.BackupSetId, h.BackupType
