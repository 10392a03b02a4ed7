#include "LabRuntimeSeeder.h"

#include "LabMessageBoxProcedures.h"
#include "LabTopology.h"

namespace bts {

QString LabRuntimeSeeder::trackingSourceName(const QString& server, const QString& database)
{
    return server + QLatin1Char('_') + database;
}

QString LabRuntimeSeeder::trackingSourceConnection(const QString& server, const QString& database)
{
    return QStringLiteral("Pooling=false;Current Language=us_english;Integrated Security=SSPI;"
                          "Data Source=%1;Initial Catalog=%2")
        .arg(server, database);
}

QString LabRuntimeSeeder::trackingDestinationConnection(const QString& server,
                                                        const QString& database)
{
    return QStringLiteral("Pooling=false;Current Language=us_english;Integrated Security=SSPI;"
                          "server=%1;database=%2")
        .arg(server, database);
}

Status LabRuntimeSeeder::insertAll(const QString& server, const QString& database,
                                   const QString& sql, const QVector<QVariantList>& rows) const
{
    for (const QVariantList& row : rows) {
        if (Result<QSqlQuery> r = m_connector.run(server, database, sql, row); !r)
            return r.error();
    }
    return success();
}

Status LabRuntimeSeeder::seedManagement() const
{
    const QString& s1 = LabTopology::SourceServer;
    const QString& mgmt = LabTopology::ManagementDatabase;
    QVector<QVariantList> sources;
    for (const LabTopology::SeedLocation& box : LabTopology::messageBoxes())
        sources.append({trackingSourceName(box.server, box.name),
                        trackingSourceConnection(box.server, box.name)});
    if (Status s = insertAll(
            s1, mgmt,
            QStringLiteral("INSERT INTO TDDS_Sources (SourceName, ConnectionString) VALUES (?, ?)"),
            sources);
        !s)
        return s;
    // TDDS writes tracking data to the tracking database and BAM data to BAM Primary Import.
    if (Status s = insertAll(
            s1, mgmt, QStringLiteral("INSERT INTO TDDS_Destinations (ConnectionString) VALUES (?)"),
            {{trackingDestinationConnection(s1, LabTopology::TrackingDatabase)},
             {trackingDestinationConnection(s1, LabTopology::BamPrimaryImportDatabase)}});
        !s)
        return s;
    if (Status s = insertAll(s1, mgmt, QStringLiteral("INSERT INTO adm_Server (Name) VALUES (?)"),
                             {{LabTopology::BizTalkServer}, {LabTopology::SecondBizTalkServer}});
        !s)
        return s;
    // BizTalk's own databases outside adm_Group's columns (facts §1.6); custom databases are only
    // in the backup job's list. OR IGNORE: a lab being upgraded may have some of them already.
    QVector<QVariantList> others;
    for (const auto& [defaultName, name] : QVector<QPair<QString, QString>>{
             {QStringLiteral("SSO"), QStringLiteral("SSODB")},
             {QStringLiteral("RuleEngine DB"), QStringLiteral("BizTalkRuleEngineDb")},
             {QStringLiteral("BAM Alerts Application DB"), QStringLiteral("BAMAlertsApplication")},
             {QStringLiteral("BAM Alerts Instance DB"), QStringLiteral("BAMAlertsNSMain")}})
        others.append({defaultName, name, s1, LabTopology::BizTalkServer});
    return insertAll(
        s1, mgmt,
        QStringLiteral("INSERT OR IGNORE INTO adm_OtherDatabases (DefaultDatabaseName, "
                       "DatabaseName, ServerName, BTSServerName) VALUES (?, ?, ?, ?)"),
        others);
}

Status LabRuntimeSeeder::seedMessageBox(const QString& server, const QString& database) const
{
    if (Status s = insertAll(server, database,
                             QStringLiteral("INSERT INTO lab_Objects (name, type) VALUES (?, 'P')"),
                             {{LabMessageBox::CopyTrackedMessagesProcedure},
                              {LabMessageBox::OperateOnMasterProcedure}});
        !s)
        return s;
    const LabTopology::SeedLocation master = LabTopology::messageBoxes().first();
    return insertAll(
        server, database,
        QStringLiteral(
            "INSERT INTO lab_JobTargets (JobName, ServerName, DatabaseName) VALUES (?, ?, ?)"),
        {{LabMessageBox::copyTrackedMessagesJob(database), LabTopology::SourceServer,
          LabTopology::TrackingDatabase},
         {LabMessageBox::operateOnMasterJob(database), master.server, master.name}});
}

} // namespace bts
