-- The outcome (step 0) of the job's last completed run (run in msdb).
SELECT h.run_status, h.run_date, h.run_time, h.run_duration, h.message
FROM dbo.sysjobhistory AS h
WHERE h.instance_id = (SELECT MAX(h2.instance_id)
                       FROM dbo.sysjobhistory AS h2
                       INNER JOIN dbo.sysjobs AS j ON j.job_id = h2.job_id
                       WHERE j.name = ? AND h2.step_id = 0)
