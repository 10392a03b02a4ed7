-- The lab lists each simulated database's roles with its objects.
SELECT name
FROM dbo.lab_Objects
WHERE type = ?
