-- One SERVERPROPERTY of the server, e.g. ProductVersion (source and destination must match).
SELECT CAST(SERVERPROPERTY(?) AS nvarchar(128)) AS value
