-- Renames every BizTalk server of the group, as UpdateDatabase.vbs does (run in the new
-- management database).
UPDATE dbo.adm_Server
SET Name = ?
