-- admv_BackupDatabases as BizTalk defines it; %1 and %2 stand for SERVERPROPERTY('servername')
-- and DB_NAME(), which SQLite does not have.
CREATE VIEW admv_BackupDatabases AS
SELECT ServerName, DatabaseName FROM (
    SELECT %1 AS ServerName, %2 AS DatabaseName
    UNION SELECT TrackingDBServerName, TrackingDBName FROM adm_Group
    UNION SELECT BamDBServerName, BamDBName FROM adm_Group
    UNION SELECT RuleEngineDBServerName, RuleEngineDBName FROM adm_Group
    UNION SELECT DBServerName, DBName FROM adm_MessageBox
    UNION SELECT ServerName, DatabaseName FROM adm_OtherBackupDatabases)
WHERE ServerName IS NOT NULL AND ServerName <> ''
GROUP BY ServerName, DatabaseName;
