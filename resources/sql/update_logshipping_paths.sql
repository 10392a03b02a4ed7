-- Where a destination reads one database's full and log backups from (NULL = as written).
UPDATE dbo.bts_LogShippingDatabases
SET DBFileLocation = ?, LogFileLocation = ?
WHERE DatabaseName = ?
