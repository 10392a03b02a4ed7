#include "DatabaseRole.h"

#include <QCoreApplication>

namespace bts {

QString roleName(DatabaseRole role)
{
    switch (role) {
    case DatabaseRole::Management:
        return QCoreApplication::translate("bts", "Management");
    case DatabaseRole::MessageBox:
        return QCoreApplication::translate("bts", "MessageBox");
    case DatabaseRole::Tracking:
        return QCoreApplication::translate("bts", "Tracking");
    case DatabaseRole::RuleEngine:
        return QCoreApplication::translate("bts", "Rule Engine");
    case DatabaseRole::SingleSignOn:
        return QCoreApplication::translate("bts", "Enterprise SSO");
    case DatabaseRole::BamPrimaryImport:
        return QCoreApplication::translate("bts", "BAM Primary Import");
    case DatabaseRole::BamAlertsApplication:
        return QCoreApplication::translate("bts", "BAM Alerts Application");
    case DatabaseRole::BamAlertsInstance:
        return QCoreApplication::translate("bts", "BAM Alerts Instance");
    case DatabaseRole::BamStarSchema:
        return QCoreApplication::translate("bts", "BAM Star Schema");
    case DatabaseRole::BamArchive:
        return QCoreApplication::translate("bts", "BAM Archive");
    case DatabaseRole::BamAnalysis:
        return QCoreApplication::translate("bts", "BAM Analysis");
    case DatabaseRole::TrackingAnalysis:
        return QCoreApplication::translate("bts", "Tracking Analysis");
    case DatabaseRole::Custom:
        return QCoreApplication::translate("bts", "Custom");
    }
    return QString();
}

QString defaultDatabaseName(DatabaseRole role)
{
    switch (role) {
    case DatabaseRole::Management:
        return QStringLiteral("BizTalkMgmtDb");
    case DatabaseRole::MessageBox:
        return QStringLiteral("BizTalkMsgBoxDb");
    case DatabaseRole::Tracking:
        return QStringLiteral("BizTalkDTADb");
    case DatabaseRole::RuleEngine:
        return QStringLiteral("BizTalkRuleEngineDb");
    case DatabaseRole::SingleSignOn:
        return QStringLiteral("SSODB");
    case DatabaseRole::BamPrimaryImport:
        return QStringLiteral("BAMPrimaryImport");
    case DatabaseRole::BamAlertsApplication:
        return QStringLiteral("BAMAlertsApplication");
    case DatabaseRole::BamAlertsInstance:
        return QStringLiteral("BAMAlertsNSMain");
    case DatabaseRole::BamStarSchema:
        return QStringLiteral("BAMStarSchema");
    case DatabaseRole::BamArchive:
        return QStringLiteral("BAMArchive");
    case DatabaseRole::BamAnalysis:
        return QStringLiteral("BAMAnalysis");
    case DatabaseRole::TrackingAnalysis:
        return QStringLiteral("BizTalkAnalysisDb");
    case DatabaseRole::Custom:
        return QString();
    }
    return QString();
}

QString backupMethodName(BackupMethod method)
{
    switch (method) {
    case BackupMethod::BackupJob:
        return QCoreApplication::translate("bts", "Backup BizTalk Server job");
    case BackupMethod::BamMaintenance:
        return QCoreApplication::translate("bts", "BAM package + SQL backup");
    case BackupMethod::AnalysisServices:
        return QCoreApplication::translate("bts", "Analysis Services backup");
    }
    return QString();
}

} // namespace bts
