-- Moves one other database in the list BizTalk uses to install hotfixes.
UPDATE dbo.adm_OtherDatabases
SET DatabaseName = ?, ServerName = ?
WHERE DefaultDatabaseName = ?
