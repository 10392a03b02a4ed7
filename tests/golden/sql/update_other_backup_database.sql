-- Moves one other database (SSO, rule engine, BAM alerts, custom) in the backup job's list.
UPDATE dbo.adm_OtherBackupDatabases
SET DatabaseName = ?, ServerName = ?
WHERE DefaultDatabaseName = ?
