-- Adds a custom database to the Backup BizTalk Server job (run in the management database).
INSERT INTO dbo.adm_OtherBackupDatabases (DefaultDatabaseName, DatabaseName, ServerName, BTSServerName)
VALUES (?, ?, ?, ?)
