-- The msdb tables SQL Server Agent keeps jobs in, with the columns the console reads.
CREATE TABLE sysjobs (
    job_id uniqueidentifier PRIMARY KEY, name sysname NOT NULL UNIQUE, enabled tinyint NOT NULL,
    description nvarchar(512), category_name sysname, owner_login_name sysname,
    notify_level_eventlog int NOT NULL DEFAULT 2, date_created datetime, date_modified datetime);
CREATE TABLE sysjobsteps (
    job_id uniqueidentifier NOT NULL, step_id int NOT NULL, step_name sysname NOT NULL,
    subsystem nvarchar(40) NOT NULL, command nvarchar(4000), database_name sysname,
    on_success_action tinyint NOT NULL, on_success_step_id int NOT NULL DEFAULT 0,
    on_fail_action tinyint NOT NULL, on_fail_step_id int NOT NULL DEFAULT 0,
    last_run_outcome int NOT NULL DEFAULT 0, last_run_date int NOT NULL DEFAULT 0,
    last_run_time int NOT NULL DEFAULT 0,
    PRIMARY KEY (job_id, step_id));
CREATE TABLE sysschedules (
    schedule_id INTEGER PRIMARY KEY AUTOINCREMENT, name sysname NOT NULL, enabled int NOT NULL,
    freq_type int NOT NULL, freq_interval int NOT NULL, freq_subday_type int NOT NULL,
    freq_subday_interval int NOT NULL, freq_relative_interval int NOT NULL DEFAULT 0,
    freq_recurrence_factor int NOT NULL DEFAULT 0, active_start_date int NOT NULL,
    active_end_date int NOT NULL, active_start_time int NOT NULL, active_end_time int NOT NULL);
CREATE TABLE sysjobschedules (
    schedule_id int NOT NULL, job_id uniqueidentifier NOT NULL,
    next_run_date int NOT NULL DEFAULT 0, next_run_time int NOT NULL DEFAULT 0);
CREATE TABLE sysjobhistory (
    instance_id INTEGER PRIMARY KEY AUTOINCREMENT, job_id uniqueidentifier NOT NULL,
    step_id int NOT NULL, step_name sysname NOT NULL, sql_message_id int NOT NULL DEFAULT 0,
    sql_severity int NOT NULL DEFAULT 0, message nvarchar(4000), run_status int NOT NULL,
    run_date int NOT NULL, run_time int NOT NULL, run_duration int NOT NULL,
    server sysname NOT NULL);
-- A job's history, newest first, out of years of runs of every job.
CREATE INDEX IX_sysjobhistory_job ON sysjobhistory (job_id, instance_id);
