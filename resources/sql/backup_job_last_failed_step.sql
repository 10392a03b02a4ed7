-- The newest failed step of the job, with the message SQL Server Agent recorded (run in msdb).
SELECT h.step_id, h.step_name, h.message, h.run_date, h.run_time
FROM dbo.sysjobhistory AS h
WHERE h.instance_id = (SELECT MAX(h2.instance_id)
                       FROM dbo.sysjobhistory AS h2
                       INNER JOIN dbo.sysjobs AS j ON j.job_id = h2.job_id
                       WHERE j.name = ? AND h2.step_id > 0 AND h2.run_status = 0)
