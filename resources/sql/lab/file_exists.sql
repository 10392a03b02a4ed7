-- The lab records the backup files on its shared disk in a table, whatever the separators.
SELECT COUNT(*) AS file_exists FROM dbo.lab_Files WHERE path = replace(?, char(92), char(47))
