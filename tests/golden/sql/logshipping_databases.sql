-- The databases a destination restores, with whatever columns this BizTalk build has.
SELECT *
FROM dbo.bts_LogShippingDatabases
