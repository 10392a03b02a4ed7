-- Points the tracking service at a moved MessageBox (run in the new management database).
UPDATE dbo.TDDS_Sources
SET SourceName = ?, ConnectionString = ?
WHERE SourceName = ?
