#include "LabTopology.h"

namespace bts::LabTopology {

QVector<SeedDatabase> seedDatabases()
{
    const QString full = QStringLiteral("FULL");
    const QString simple = QStringLiteral("SIMPLE");
    return {
        {SourceServer, ManagementDatabase, full, true},
        {SourceServer, QStringLiteral("BizTalkMsgBoxDb"), full, true},
        {SecondMessageBoxServer, QStringLiteral("BizTalkMsgBoxDb2"), full, true},
        {SourceServer, QStringLiteral("BizTalkDTADb"), full, true},
        {SourceServer, QStringLiteral("BizTalkRuleEngineDb"), full, true},
        {SourceServer, QStringLiteral("SSODB"), full, true},
        {SourceServer, QStringLiteral("BAMPrimaryImport"), full, true},
        {SourceServer, QStringLiteral("BAMAlertsApplication"), full, true},
        {SourceServer, QStringLiteral("BAMAlertsNSMain"), full, true},
        // Deliberately SIMPLE: the job cannot take its log backups, and the grid must say so.
        {SourceServer, CustomDatabase, simple, true},
        {SourceServer, QStringLiteral("BAMStarSchema"), simple, false},
        {SourceServer, QStringLiteral("BAMArchive"), simple, false},
    };
}

QVector<QString> servers()
{
    return {SourceServer, DestinationServer, SecondMessageBoxServer};
}

} // namespace bts::LabTopology
