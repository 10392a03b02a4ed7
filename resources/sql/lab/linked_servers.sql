-- The lab keeps its linked servers in a table.
SELECT name FROM dbo.lab_LinkedServers
