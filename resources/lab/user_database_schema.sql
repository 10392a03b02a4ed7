-- What Backup_Setup_All_Tables.sql leaves in every backed-up database.
CREATE TABLE MarkLog (MarkName nvarchar(128));
