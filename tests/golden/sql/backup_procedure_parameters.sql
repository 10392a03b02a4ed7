-- The parameters each backup procedure has on this server: they differ between BizTalk builds.
SELECT OBJECT_NAME(p.object_id) AS procedure_name, p.name, p.parameter_id
FROM sys.parameters AS p
WHERE p.object_id IN (OBJECT_ID(?), OBJECT_ID(?), OBJECT_ID(?), OBJECT_ID(?))
ORDER BY procedure_name, p.parameter_id
