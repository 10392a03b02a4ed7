-- The job's steps with their commands (run in msdb).
SELECT s.step_id, s.step_name, s.command, s.database_name,
       s.on_success_action, s.on_fail_action
FROM dbo.sysjobsteps AS s
INNER JOIN dbo.sysjobs AS j ON j.job_id = s.job_id
WHERE j.name = ?
ORDER BY s.step_id
