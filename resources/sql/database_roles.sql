-- Database roles of one database (run in that database), for BTS_BACKUP_USERS.
SELECT name
FROM sys.database_principals
WHERE type = ?
