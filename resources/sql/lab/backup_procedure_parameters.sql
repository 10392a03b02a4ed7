-- The lab keeps the parameters of its simulated procedures in a table.
SELECT procedure_name, name, parameter_id
FROM dbo.lab_ProcedureParameters
WHERE 'dbo.' || procedure_name IN (?, ?, ?, ?)
ORDER BY procedure_name, parameter_id
