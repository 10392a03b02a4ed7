-- The newest restored set of each database on a destination.
SELECT DatabaseName, MAX(BackupSetId) AS LastRestoredSetId,
       MAX(RestoredDateTime) AS LastRestoredDateTime
FROM dbo.bts_LogShippingHistory
WHERE Restored = 1
GROUP BY DatabaseName
