-- The lab lists each simulated database's objects in a table.
SELECT name, type
FROM dbo.lab_Objects
WHERE type = ? OR type = ?
