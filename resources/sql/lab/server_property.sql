-- The lab keeps its servers' properties in a table.
SELECT value FROM dbo.lab_ServerProperties WHERE name = ?
