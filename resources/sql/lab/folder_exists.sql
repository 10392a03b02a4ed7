-- The lab lists the folders each server has.
SELECT COUNT(*) AS file_is_a_directory FROM dbo.lab_Folders WHERE path = ?
