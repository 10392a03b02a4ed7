#include "LabTopology.h"

namespace bts::LabTopology {

QVector<SeedDatabase> seedDatabases()
{
    const QString full = QStringLiteral("FULL");
    const QString simple = QStringLiteral("SIMPLE");
    return {
        {SourceServer, ManagementDatabase, full, true, true},
        {SourceServer, MessageBoxDatabase, full, true, true},
        {SecondMessageBoxServer, SecondMessageBoxDatabase, full, true, true},
        {SourceServer, TrackingDatabase, full, true, true},
        {SourceServer, QStringLiteral("BizTalkRuleEngineDb"), full, true, true},
        {SourceServer, QStringLiteral("SSODB"), full, true, true},
        {SourceServer, BamPrimaryImportDatabase, full, true, true},
        {SourceServer, QStringLiteral("BAMAlertsApplication"), full, true, true},
        {SourceServer, QStringLiteral("BAMAlertsNSMain"), full, true, true},
        // Deliberately SIMPLE: the job cannot take its log backups, and the grid must say so.
        {SourceServer, CustomDatabase, simple, true, true},
        {SourceServer, CandidateDatabase, full, false, true},
        {SourceServer, QStringLiteral("BAMStarSchema"), simple, false, false},
        {SourceServer, QStringLiteral("BAMArchive"), simple, false, false},
    };
}

QVector<QString> servers()
{
    return {SourceServer, DestinationServer, SecondMessageBoxServer};
}

QVector<SeedLocation> messageBoxes()
{
    return {{SourceServer, MessageBoxDatabase}, {SecondMessageBoxServer, SecondMessageBoxDatabase}};
}

} // namespace bts::LabTopology
