-- As on SQL Server, but the database names are found by walking the DatabaseName index one name
-- at a time: without statistics SQLite reads the whole index for a DISTINCT, and SQL Server
-- allows no subquery in the recursive part of a common table expression.
WITH RECURSIVE n(DatabaseName) AS (
    SELECT MIN(DatabaseName) FROM dbo.bts_LogShippingHistory
    UNION ALL
    SELECT (SELECT MIN(x.DatabaseName) FROM dbo.bts_LogShippingHistory AS x
            WHERE x.DatabaseName > n.DatabaseName)
    FROM n
    WHERE n.DatabaseName IS NOT NULL)
SELECT d.DatabaseName, d.LastRestoredSetId,
       (SELECT MAX(t.RestoredDateTime) FROM dbo.bts_LogShippingHistory AS t
        WHERE t.DatabaseName = d.DatabaseName AND t.BackupSetId = d.LastRestoredSetId
          AND t.Restored = 1) AS LastRestoredDateTime
FROM (SELECT n.DatabaseName,
             (SELECT MAX(r.BackupSetId) FROM dbo.bts_LogShippingHistory AS r
              WHERE r.DatabaseName = n.DatabaseName AND r.Restored = 1) AS LastRestoredSetId
      FROM n
      WHERE n.DatabaseName IS NOT NULL) AS d
WHERE d.LastRestoredSetId IS NOT NULL
