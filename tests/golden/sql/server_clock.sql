-- The server's UTC time and its offset to local time (msdb and @BackupHour use local time).
SELECT SYSUTCDATETIME() AS UtcNow,
       DATEDIFF(minute, GETUTCDATE(), GETDATE()) * 60 AS UtcOffsetSeconds
