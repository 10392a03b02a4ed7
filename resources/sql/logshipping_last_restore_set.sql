-- The last fully restored set (its columns are undocumented: read them all).
SELECT *
FROM dbo.bts_LogShippingLastRestoreSet
