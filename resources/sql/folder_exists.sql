-- Whether a folder exists as the server sees it (SQL Server 2017 and later).
SELECT CAST(file_is_a_directory AS int) AS file_is_a_directory
FROM sys.dm_os_file_exists(?)
