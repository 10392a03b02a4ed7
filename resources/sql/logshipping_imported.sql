-- The newest backup set a destination has imported from the source's history.
SELECT MAX(BackupSetId) AS NewestImportedSetId
FROM dbo.bts_LogShippingHistory
