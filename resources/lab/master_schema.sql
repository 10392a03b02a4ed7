-- The lab server's catalogue (read as sys.databases) and its simulated clock and faults.
CREATE TABLE databases (
    database_id INTEGER PRIMARY KEY AUTOINCREMENT, name sysname NOT NULL UNIQUE,
    recovery_model_desc nvarchar(60) NOT NULL, state_desc nvarchar(60) NOT NULL DEFAULT 'ONLINE');
CREATE TABLE lab_Clock (UtcNow datetime NOT NULL, UtcOffsetSeconds int NOT NULL);
CREATE TABLE lab_Faults (Kind nvarchar(40) NOT NULL, ServerName sysname NOT NULL,
    DatabaseName sysname NOT NULL);
