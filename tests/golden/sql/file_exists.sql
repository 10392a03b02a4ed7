-- Whether a file exists as the server sees it, e.g. a backup file a destination must restore
-- (SQL Server 2017 and later; run in master).
SELECT CAST(file_exists AS int) AS file_exists
FROM sys.dm_os_file_exists(?)
