-- The job's schedules (run in msdb).
SELECT sc.name, sc.enabled, sc.freq_type, sc.freq_interval,
       sc.freq_subday_type, sc.freq_subday_interval
FROM dbo.sysjobschedules AS js
INNER JOIN dbo.sysschedules AS sc ON sc.schedule_id = js.schedule_id
INNER JOIN dbo.sysjobs AS j ON j.job_id = js.job_id
WHERE j.name = ?
ORDER BY sc.name
