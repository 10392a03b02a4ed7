-- Every MessageBox of the group.
SELECT DBServerName, DBName
FROM dbo.adm_MessageBox
ORDER BY DBServerName, DBName
