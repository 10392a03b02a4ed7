-- Newest full ('db') and log ('lg') backup of each database. Every database of the job is in the
-- newest complete set of each kind, so only the sets since the older of those two are read (a
-- range seek on IX_BackupHistory) instead of years of history; with no complete set of one kind
-- yet, the whole history is read.
SELECT h.ServerName, h.DatabaseName, h.BackupType,
       MAX(h.BackupDateTime) AS LastBackupDateTime,
       MAX(h.BackupSetId) AS LastBackupSetId
FROM dbo.adm_BackupHistory AS h
WHERE h.BackupSetId >= COALESCE(
          (SELECT MAX(o.BackupSetId)
           FROM dbo.adm_BackupHistory AS o
           WHERE o.SetComplete = 1
             AND o.BackupType <> (SELECT MAX(n.BackupType)
                                  FROM dbo.adm_BackupHistory AS n
                                  WHERE n.BackupSetId = (SELECT MAX(c.BackupSetId)
                                                         FROM dbo.adm_BackupHistory AS c
                                                         WHERE c.SetComplete = 1))), 0)
GROUP BY h.ServerName, h.DatabaseName, h.BackupType
