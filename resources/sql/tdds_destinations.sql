-- Where the tracking service writes (run in the management database).
SELECT ConnectionString
FROM dbo.TDDS_Destinations
