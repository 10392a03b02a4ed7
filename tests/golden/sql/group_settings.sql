-- The databases the BizTalk group points to (BizTalkMgmtDb.dbo.adm_Group).
SELECT TrackingDBServerName, TrackingDBName,
       SubscriptionDBServerName, SubscriptionDBName,
       BamDBServerName, BamDBName,
       RuleEngineDBServerName, RuleEngineDBName,
       TrackAnalysisServerName, TrackAnalysisDBName,
       SSOServerName
FROM dbo.adm_Group
