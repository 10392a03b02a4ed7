-- Takes a custom database out of the Backup BizTalk Server job (run in the management database).
DELETE FROM dbo.adm_OtherBackupDatabases
WHERE DefaultDatabaseName = ? AND BTSServerName = ?
