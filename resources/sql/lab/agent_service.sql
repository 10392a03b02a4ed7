-- The lab keeps its services in a table.
SELECT status_desc FROM dbo.lab_Services WHERE servicename LIKE ?
