-- The log-shipping jobs on a destination, found by their common prefix (run in msdb).
SELECT j.name, j.enabled
FROM dbo.sysjobs AS j
WHERE j.name LIKE ?
ORDER BY j.name
