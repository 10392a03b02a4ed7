-- The lab keeps its configuration options in a table.
SELECT value_in_use FROM dbo.lab_Configurations WHERE name = ?
