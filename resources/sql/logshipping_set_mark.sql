-- The mark, backup time and completeness of one backup set as a destination imported it (one
-- value per set). SetComplete is 0 on every row of a partial set, which cannot be restored.
SELECT MAX(MarkName) AS MarkName, MAX(BackupDateTime) AS BackupDateTime,
       MIN(CAST(SetComplete AS int)) AS SetComplete
FROM dbo.bts_LogShippingHistory
WHERE BackupSetId = ?
