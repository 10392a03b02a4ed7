-- Where the tracking service reads each MessageBox (run in the management database).
SELECT SourceName, ConnectionString
FROM dbo.TDDS_Sources
