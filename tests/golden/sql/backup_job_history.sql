-- The job's history since a day (yyyymmdd), newest first (run in msdb).
SELECT h.instance_id, h.step_id, h.step_name, h.run_status, h.run_date, h.run_time,
       h.run_duration, h.message
FROM dbo.sysjobhistory AS h
INNER JOIN dbo.sysjobs AS j ON j.job_id = h.job_id
WHERE j.name = ? AND h.run_date >= ?
ORDER BY h.instance_id DESC
