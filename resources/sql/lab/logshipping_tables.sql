-- SQLite lists tables in sqlite_master.
SELECT name AS TABLE_NAME FROM dbo.sqlite_master WHERE type = 'table' AND name LIKE ?
