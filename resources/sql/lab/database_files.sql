-- The lab keeps its servers' file lists in a table.
SELECT database_name, type_desc, physical_name FROM dbo.lab_MasterFiles
