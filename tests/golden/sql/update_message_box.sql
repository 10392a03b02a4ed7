-- Moves one MessageBox in the group's list (run in the new management database).
UPDATE dbo.adm_MessageBox
SET DBName = ?, DBServerName = ?
WHERE DBName = ? AND DBServerName = ?
