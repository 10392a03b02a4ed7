-- Points the tracking service at the moved tracking database (run in the new management database).
UPDATE dbo.TDDS_Destinations
SET ConnectionString = ?
WHERE ConnectionString = ?
