-- The log sets (bound: lg) a destination never restored below its last restored set and above
-- the newest full set (bound: db) it restored: a broken chain no full set repaired (facts §2.7)
-- (run in master on a destination). Full sets in an unbroken chain are never restored.
SELECT MIN(h.BackupSetId) AS FirstSetId, MAX(h.BackupSetId) AS LastSetId,
       COUNT(DISTINCT h.BackupSetId) AS Sets
FROM dbo.bts_LogShippingHistory AS h
WHERE h.BackupType = ? AND h.Restored = 0 AND h.BackupSetId < ?
  AND h.BackupSetId > (SELECT COALESCE(MAX(f.BackupSetId), -1) FROM dbo.bts_LogShippingHistory AS f
                       WHERE f.BackupType = ? AND f.Restored = 1 AND f.BackupSetId < ?)
