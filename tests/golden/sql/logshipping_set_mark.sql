-- The mark and backup time of one backup set as a destination imported it (one value per set).
SELECT MAX(MarkName) AS MarkName, MAX(BackupDateTime) AS BackupDateTime
FROM dbo.bts_LogShippingHistory
WHERE BackupSetId = ?
