-- Every data and log file of the server: the destination needs the same folders.
SELECT DB_NAME(database_id) AS database_name, type_desc, physical_name
FROM sys.master_files
