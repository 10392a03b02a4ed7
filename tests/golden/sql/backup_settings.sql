-- Compression and the pending forced full backup (single-row table).
SELECT UseCompression, ForceFull
FROM dbo.adm_BackupSettings
