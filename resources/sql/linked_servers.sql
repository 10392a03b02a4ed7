-- The server's linked servers (the destination needs one to the management server).
SELECT name
FROM sys.servers
WHERE is_linked = 1
