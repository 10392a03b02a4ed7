-- Newest complete full set and newest complete log set. Both are at or after the newest complete
-- set of the kind other than the newest complete set's, so only those sets are read (a range
-- seek on IX_BackupHistory); with no complete set of one kind yet, the whole history is read.
SELECT h.BackupType, MAX(h.BackupSetId) AS NewestSetId
FROM dbo.adm_BackupHistory AS h
WHERE h.SetComplete = 1
  AND h.BackupSetId >= COALESCE(
          (SELECT MAX(o.BackupSetId)
           FROM dbo.adm_BackupHistory AS o
           WHERE o.SetComplete = 1
             AND o.BackupType <> (SELECT MAX(n.BackupType)
                                  FROM dbo.adm_BackupHistory AS n
                                  WHERE n.BackupSetId = (SELECT MAX(c.BackupSetId)
                                                         FROM dbo.adm_BackupHistory AS c
                                                         WHERE c.SetComplete = 1))), 0)
GROUP BY h.BackupType
