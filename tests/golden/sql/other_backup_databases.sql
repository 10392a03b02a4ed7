-- Databases added to the Backup BizTalk Server job: SSO, BAM alerts and custom databases.
SELECT DefaultDatabaseName, DatabaseName, ServerName, BTSServerName
FROM dbo.adm_OtherBackupDatabases
ORDER BY DefaultDatabaseName
