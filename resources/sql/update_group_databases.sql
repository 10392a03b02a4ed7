-- Points the group at its databases' new servers, as UpdateDatabase.vbs does (run in the new
-- management database). A NULL keeps the column as it is.
UPDATE dbo.adm_Group
SET TrackAnalysisServerName = COALESCE(?, TrackAnalysisServerName),
    TrackAnalysisDBName = COALESCE(?, TrackAnalysisDBName),
    TrackingDBServerName = COALESCE(?, TrackingDBServerName),
    TrackingDBName = COALESCE(?, TrackingDBName),
    SubscriptionDBServerName = COALESCE(?, SubscriptionDBServerName),
    SubscriptionDBName = COALESCE(?, SubscriptionDBName),
    RuleEngineDBServerName = COALESCE(?, RuleEngineDBServerName),
    RuleEngineDBName = COALESCE(?, RuleEngineDBName),
    BamDBServerName = COALESCE(?, BamDBServerName),
    BamDBName = COALESCE(?, BamDBName),
    SSOServerName = COALESCE(?, SSOServerName)
