-- BizTalk Log Shipping Console lab: the lab's own stand-in for LogShipping_Destination_Schema.sql
-- from the BizTalk Server Schema folder. It is not Microsoft's script: it creates tables with the
-- names the lab's simulated destination uses, in T-SQL that SQLite also accepts. Like the real
-- script it is run in master on each destination server, and running it again drops the tables
-- (and the log-shipping state in them).
DROP TABLE IF EXISTS [dbo].[bts_LogShippingDatabases]
GO
CREATE TABLE [dbo].[bts_LogShippingDatabases] (
    [DatabaseName] nvarchar(128) NOT NULL,
    [ServerName] nvarchar(128) NOT NULL,
    [SourceServerName] nvarchar(128) NOT NULL,
    [DBFileLocation] nvarchar(500) NULL,
    [LogFileLocation] nvarchar(500) NULL
)
GO
DROP TABLE IF EXISTS [dbo].[bts_LogShippingHistory]
GO
CREATE TABLE [dbo].[bts_LogShippingHistory] (
    [BackupId] bigint NOT NULL,
    [BackupSetId] bigint NOT NULL,
    [MarkName] nvarchar(32) NULL,
    [DatabaseName] nvarchar(128) NOT NULL,
    [ServerName] nvarchar(128) NULL,
    [BackupFileName] nvarchar(500) NOT NULL,
    [BackupFileLocation] nvarchar(3000) NOT NULL,
    [BackupType] char(2) NOT NULL,
    [BackupDateTime] datetime NOT NULL,
    [SetComplete] bit NOT NULL,
    [Restored] bit NOT NULL DEFAULT 0,
    [RestoredDateTime] datetime NULL
)
GO
DROP TABLE IF EXISTS [dbo].[bts_LogShippingLastRestoreSet]
GO
CREATE TABLE [dbo].[bts_LogShippingLastRestoreSet] (
    [SourceServerName] nvarchar(128) NULL,
    [LastRestoreSetId] bigint NOT NULL
)
GO
DROP TABLE IF EXISTS [dbo].[bts_LogShippingSource]
GO
CREATE TABLE [dbo].[bts_LogShippingSource] (
    [Description] nvarchar(500) NOT NULL,
    [MgmtDatabaseName] nvarchar(128) NOT NULL,
    [MgmtServerName] nvarchar(128) NOT NULL,
    [SourceServerName] nvarchar(128) NULL
)
GO
DROP TABLE IF EXISTS [dbo].[bts_LogShippingJobs]
GO
CREATE TABLE [dbo].[bts_LogShippingJobs] (
    [JobName] nvarchar(128) NOT NULL,
    [SourceServerName] nvarchar(128) NULL,
    [Enabled] bit NOT NULL DEFAULT 0,
    [Description] nvarchar(512) NULL,
    [CategoryName] nvarchar(128) NULL
)
GO
DROP TABLE IF EXISTS [dbo].[bts_LogShippingJobSteps]
GO
CREATE TABLE [dbo].[bts_LogShippingJobSteps] (
    [JobName] nvarchar(128) NOT NULL,
    [StepId] int NOT NULL,
    [StepName] nvarchar(128) NOT NULL,
    [Subsystem] nvarchar(40) NULL,
    [DatabaseName] nvarchar(128) NULL,
    [Command] nvarchar(4000) NULL,
    [OnSuccessAction] tinyint NOT NULL DEFAULT 1,
    [OnSuccessStepId] int NOT NULL DEFAULT 0,
    [OnFailAction] tinyint NOT NULL DEFAULT 2,
    [OnFailStepId] int NOT NULL DEFAULT 0
)
GO
DROP TABLE IF EXISTS [dbo].[bts_LogShippingJobSchedules]
GO
CREATE TABLE [dbo].[bts_LogShippingJobSchedules] (
    [JobName] nvarchar(128) NOT NULL,
    [ScheduleName] nvarchar(128) NOT NULL,
    [Enabled] bit NOT NULL DEFAULT 0,
    [FreqType] int NOT NULL,
    [FreqInterval] int NOT NULL,
    [FreqSubdayType] int NOT NULL,
    [FreqSubdayInterval] int NOT NULL
)
GO
