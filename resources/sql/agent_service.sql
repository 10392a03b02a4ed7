-- Whether SQL Server Agent runs (the log-shipping jobs need it).
SELECT status_desc
FROM sys.dm_server_services
WHERE servicename LIKE ?
