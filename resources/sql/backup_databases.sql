-- What the Backup BizTalk Server job really backs up.
SELECT ServerName, DatabaseName
FROM dbo.admv_BackupDatabases
