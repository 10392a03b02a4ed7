-- Lab only, in each MessageBox: the server and database the MessageBox's SQL Agent jobs work
-- on. BizTalk's bts_UpdateCopyTrackedMessagesJob and ops_UpdateOperationsOperateOnInstancesOnMasterJob
-- rewrite those jobs' steps, whose text the facts do not give, so the lab keeps the target here.
CREATE TABLE lab_JobTargets (JobName nvarchar(128) NOT NULL, ServerName nvarchar(80),
    DatabaseName nvarchar(128));
