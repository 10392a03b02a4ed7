-- The newest restored set of each database on a destination and when it was restored, one row
-- per database with a restored set. The databases are few and the history is long: a seek per
-- database (MAX over DatabaseName, BackupSetId) rather than grouping every row of the table.
SELECT d.DatabaseName, d.LastRestoredSetId,
       (SELECT MAX(t.RestoredDateTime) FROM dbo.bts_LogShippingHistory AS t
        WHERE t.DatabaseName = d.DatabaseName AND t.BackupSetId = d.LastRestoredSetId
          AND t.Restored = 1) AS LastRestoredDateTime
FROM (SELECT n.DatabaseName,
             (SELECT MAX(r.BackupSetId) FROM dbo.bts_LogShippingHistory AS r
              WHERE r.DatabaseName = n.DatabaseName AND r.Restored = 1) AS LastRestoredSetId
      FROM (SELECT DISTINCT DatabaseName FROM dbo.bts_LogShippingHistory) AS n) AS d
WHERE d.LastRestoredSetId IS NOT NULL
