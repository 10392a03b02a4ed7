-- BizTalkMgmtDb tables of the lab: same names and columns as BizTalk's (facts §1.6).
CREATE TABLE adm_Group (
    TrackingDBServerName nvarchar(80), TrackingDBName nvarchar(128),
    SubscriptionDBServerName nvarchar(80), SubscriptionDBName nvarchar(128),
    BamDBServerName nvarchar(80), BamDBName nvarchar(128),
    RuleEngineDBServerName nvarchar(80), RuleEngineDBName nvarchar(128),
    TrackAnalysisServerName nvarchar(80), TrackAnalysisDBName nvarchar(128),
    SSOServerName nvarchar(80));
CREATE TABLE adm_MessageBox (
    DBServerName nvarchar(80) NOT NULL, DBName nvarchar(128) NOT NULL,
    CONSTRAINT adm_MessageBox_unique_key UNIQUE (DBServerName, DBName));
CREATE TABLE adm_OtherBackupDatabases (
    DefaultDatabaseName nvarchar(128) NOT NULL, DatabaseName nvarchar(128) NOT NULL,
    ServerName nvarchar(80) NOT NULL, BTSServerName nvarchar(80) NOT NULL,
    CONSTRAINT adm_OtherBackupDatabases_PK PRIMARY KEY (DefaultDatabaseName, BTSServerName));
CREATE TABLE adm_OtherDatabases (
    DefaultDatabaseName nvarchar(128) NOT NULL, DatabaseName nvarchar(128) NOT NULL,
    ServerName nvarchar(80) NOT NULL, BTSServerName nvarchar(80) NOT NULL,
    CONSTRAINT adm_OtherDatabases_PK PRIMARY KEY (DefaultDatabaseName, BTSServerName));
-- Where the tracking service (TDDS) reads each MessageBox and writes tracking and BAM data, and
-- the group's BizTalk servers: the columns UpdateDatabase.vbs rewrites (facts §3.4).
CREATE TABLE TDDS_Sources (SourceName nvarchar(256), ConnectionString nvarchar(1024));
CREATE TABLE TDDS_Destinations (ConnectionString nvarchar(1024));
CREATE TABLE adm_Server (Name nvarchar(63) NOT NULL);
CREATE TABLE adm_BackupSettings (UseCompression bit NOT NULL, ForceFull bit NOT NULL);
CREATE TABLE adm_BackupSetId (NextBackupSetId bigint NULL);
CREATE TABLE adm_BackupHistory (
    BackupId INTEGER PRIMARY KEY AUTOINCREMENT,
    BackupSetId bigint NOT NULL,
    MarkName nvarchar(32) NULL,
    DatabaseName nvarchar(128) NOT NULL,
    BackupFileName nvarchar(500) NOT NULL,
    BackupFileLocation nvarchar(3000) NOT NULL,
    BackupType char(2) NOT NULL,
    BackupDateTime datetime NOT NULL,
    SetComplete bit NOT NULL DEFAULT 0,
    ServerName nvarchar(128) NULL);
CREATE UNIQUE INDEX IX_BackupHistory ON adm_BackupHistory (BackupSetId, DatabaseName, ServerName);
-- The history grids and monitoring filter and sort by database and time, on years of history.
CREATE INDEX IX_BackupHistory_Database ON adm_BackupHistory (DatabaseName, BackupSetId);
CREATE INDEX IX_BackupHistory_DateTime ON adm_BackupHistory (BackupDateTime);
-- Partial sets are few: the newest is found without reading a complete history (on SQL Server a
-- filtered index WHERE SetComplete = 0 does the same).
CREATE INDEX IX_BackupHistory_Partial ON adm_BackupHistory (BackupSetId) WHERE SetComplete = 0;
CREATE TABLE MarkLog (MarkName nvarchar(128));
-- What sys.parameters says of the backup procedures on a BizTalk 2020 management database.
CREATE TABLE lab_ProcedureParameters (procedure_name sysname NOT NULL, name sysname NOT NULL,
    parameter_id int NOT NULL);
