-- Procedures and tables of one database (run in that database): are the backup objects there?
SELECT name, type
FROM sys.objects
WHERE type = ? OR type = ?
