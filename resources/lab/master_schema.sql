-- The lab server's catalogue (read as sys.databases) and its simulated clock and faults.
CREATE TABLE databases (
    database_id INTEGER PRIMARY KEY AUTOINCREMENT, name sysname NOT NULL UNIQUE,
    recovery_model_desc nvarchar(60) NOT NULL, state_desc nvarchar(60) NOT NULL DEFAULT 'ONLINE');
CREATE TABLE lab_Clock (UtcNow datetime NOT NULL, UtcOffsetSeconds int NOT NULL);
CREATE TABLE lab_Faults (Kind nvarchar(40) NOT NULL, ServerName sysname NOT NULL,
    DatabaseName sysname NOT NULL);
-- What sys.objects lists in master: procedures a script created (the lab records them instead of
-- running their text) and the tables the destination scripts made.
CREATE TABLE lab_Objects (name sysname NOT NULL, type char(2) NOT NULL);
-- Stand-ins for SERVERPROPERTY(), sys.configurations, sys.dm_server_services, sys.servers,
-- sys.master_files and the folders of the server's disks, read by the console's prerequisite
-- checks. Paths compare as Windows compares them: without regard to case.
CREATE TABLE lab_ServerProperties (name sysname NOT NULL, value nvarchar(256));
CREATE TABLE lab_Configurations (name sysname NOT NULL, value_in_use int NOT NULL);
CREATE TABLE lab_Services (servicename nvarchar(256) NOT NULL, status_desc nvarchar(60) NOT NULL);
CREATE TABLE lab_LinkedServers (name sysname NOT NULL COLLATE NOCASE);
CREATE TABLE lab_MasterFiles (database_name sysname NOT NULL, type_desc nvarchar(60) NOT NULL,
    physical_name nvarchar(260) NOT NULL COLLATE NOCASE);
CREATE TABLE lab_Folders (path nvarchar(260) NOT NULL COLLATE NOCASE);
-- The backup files on the lab's disk, which every lab server shares (written by the backup
-- procedures, deleted by the MissingBackupFile fault): what sys.dm_os_file_exists answers from.
-- Separators are kept as '/', so that a path joined with '\' finds the same file.
CREATE TABLE lab_Files (path nvarchar(4000) NOT NULL COLLATE NOCASE PRIMARY KEY);
