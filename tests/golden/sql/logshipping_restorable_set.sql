-- The newest set Restore To Mark can stop at after the last restored set (run in master on a
-- destination): every row complete, with a mark (only log sets carry one), and no partial set
-- between, since a partial set stops the chain (facts §2.7).
SELECT MAX(h.BackupSetId) AS BackupSetId
FROM dbo.bts_LogShippingHistory AS h
WHERE h.BackupSetId > ? AND h.MarkName IS NOT NULL
  AND NOT EXISTS (SELECT p.BackupSetId FROM dbo.bts_LogShippingHistory AS p
                  WHERE p.SetComplete = 0 AND p.BackupSetId > ? AND p.BackupSetId <= h.BackupSetId)
