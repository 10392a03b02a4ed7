#pragma once

#include <QString>
#include <QVector>

namespace bts::LabTopology {

// The simulated BizTalk group: where each database lives and how it starts.
inline const QString SourceServer = QStringLiteral("LABSQL01");
inline const QString SecondMessageBoxServer = QStringLiteral("LABSQL03");
inline const QString DestinationServer = QStringLiteral("LABSQL02");
inline const QString AnalysisServer = QStringLiteral("LABSSAS01");
inline const QString ManagementDatabase = QStringLiteral("BizTalkMgmtDb");
inline const QString MessageBoxDatabase = QStringLiteral("BizTalkMsgBoxDb"); // the master one
inline const QString SecondMessageBoxDatabase = QStringLiteral("BizTalkMsgBoxDb2");
inline const QString TrackingDatabase = QStringLiteral("BizTalkDTADb");
inline const QString BamPrimaryImportDatabase = QStringLiteral("BAMPrimaryImport");
// The group's BizTalk runtime servers (adm_Server).
inline const QString BizTalkServer = QStringLiteral("LABBTS01");
inline const QString SecondBizTalkServer = QStringLiteral("LABBTS02");
inline const QString CustomDatabase = QStringLiteral("ContosoOrders");
// Ready to be added to the job: FULL recovery and the backup procedures in place.
inline const QString CandidateDatabase = QStringLiteral("ContosoInvoices");
// The lab server's time zone: one hour east of UTC, so that UTC and local time differ visibly.
inline constexpr int DefaultUtcOffsetSeconds = 3600;

struct SeedDatabase {
    QString server;
    QString name;
    QString recoveryModel;
    bool backedUpByJob;
    bool hasBackupObjects; // Backup_Setup_All_Procs.sql and _Tables.sql were run in it
};

// Every SQL database of the lab, on its server (the SSAS ones are only names in adm_Group).
QVector<SeedDatabase> seedDatabases();
// LABSQL01, LABSQL02, LABSQL03
QVector<QString> servers();

struct SeedLocation {
    QString server;
    QString name;
};
// The MessageBoxes as the lab seeds them, the master first.
QVector<SeedLocation> messageBoxes();

} // namespace bts::LabTopology
