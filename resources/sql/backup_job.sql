-- The Backup BizTalk Server job, found by its name (run in msdb).
SELECT name, enabled
FROM dbo.sysjobs
WHERE name = ?
