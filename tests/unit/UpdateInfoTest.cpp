#include "restore/UpdateInfo.h"
#include "group/GroupSnapshot.h"
#include "restore/UpdateInfoXml.h"

#include <QXmlStreamReader>

#include <gtest/gtest.h>

using namespace bts;

namespace {

const QString Old = QStringLiteral("LABSQL01");
const QString New = QStringLiteral("LABSQL02");

GroupDatabase database(DatabaseRole role, const QString& server, const QString& name,
                       const QString& defaultName = QString())
{
    GroupDatabase db;
    db.role = role;
    db.server = server;
    db.actualName = name;
    db.defaultName = defaultName.isEmpty() ? defaultDatabaseName(role) : defaultName;
    return db;
}

// A group as GroupReader lays it out: BAM Star Schema and Archive are always guessed on the BAM
// (or management) server, BAM Analysis is never seen over SQL.
GroupSnapshot group(int messageBoxes, bool bam)
{
    GroupSnapshot s;
    s.managementServer = Old;
    s.managementDatabase = QStringLiteral("BizTalkMgmtDb");
    s.databases.append(database(DatabaseRole::Management, Old, s.managementDatabase));
    for (int i = 0; i < messageBoxes; ++i) {
        GroupDatabase box = database(DatabaseRole::MessageBox, Old,
                                     i == 0 ? QStringLiteral("BizTalkMsgBoxDb")
                                            : QStringLiteral("BizTalkMsgBoxDb%1").arg(i + 1));
        box.isMasterMessageBox = i == 0;
        s.databases.append(box);
    }
    s.databases.append(database(DatabaseRole::Tracking, Old, QStringLiteral("BizTalkDTADb")));
    if (bam) {
        s.databases.append(
            database(DatabaseRole::BamPrimaryImport, Old, QStringLiteral("BAMPrimaryImport")));
    }
    s.databases.append(database(DatabaseRole::SingleSignOn, Old, QStringLiteral("SSODB")));
    GroupDatabase star =
        database(DatabaseRole::BamStarSchema, Old, QStringLiteral("BAMStarSchema"));
    GroupDatabase archive = database(DatabaseRole::BamArchive, Old, QStringLiteral("BAMArchive"));
    star.serverChecked = archive.serverChecked = true;
    star.existsOnServer = archive.existsOnServer = bam;
    s.databases.append(star);
    s.databases.append(archive);
    s.databases.append(database(DatabaseRole::BamAnalysis, QString(), QString()));
    s.databases.append(database(DatabaseRole::TrackingAnalysis, QString(), QString()));
    return s;
}

const QHash<QString, QString> LabMap = {{QStringLiteral("labsql01"), New}};

std::string describe(const UpdateInfo& info)
{
    QString text;
    for (const DatabaseMapping& m : info.mappings) {
        text += QStringLiteral("%1|%2|%3/%4 -> %5/%6%7\n")
                    .arg(static_cast<int>(m.role))
                    .arg(m.name, m.oldServer, m.oldDatabase, m.newServer, m.newDatabase,
                         m.isMaster ? QStringLiteral(" master") : QString());
    }
    return text.toStdString();
}

std::string problemsOf(const QString& xml)
{
    const Result<UpdateInfo> r = readUpdateInfoXml(xml);
    return r ? std::string("(read fine)") : r.error().summary.toStdString();
}

// What a read gives back: the file has no old location for BAM Archive, Analysis, Star Schema.
UpdateInfo asKeptByTheFile(UpdateInfo info)
{
    for (DatabaseMapping& m : info.mappings) {
        if (!fileKeepsOldLocation(m.role))
            m.oldServer = m.oldDatabase = QString();
    }
    return info;
}

void expectRoundTrip(const UpdateInfo& info)
{
    const QString xml = writeUpdateInfoXml(info);
    const Result<UpdateInfo> back = readUpdateInfoXml(xml);
    ASSERT_TRUE(back.ok()) << back.error().summary.toStdString() << "\n" << xml.toStdString();
    EXPECT_EQ(describe(back.value()), describe(asKeptByTheFile(info)));
    EXPECT_TRUE(back.value() == asKeptByTheFile(info));
    EXPECT_EQ(writeUpdateInfoXml(back.value()), xml);
}

// The small group of the golden test: one MessageBox, BAM, SSO, everything moving.
const char* const GoldenXml = R"(<?xml version="1.0" encoding="UTF-8"?>
<UpdateConfiguration>
  <MessageBoxDB oldDBName="BizTalkMsgBoxDb" oldDBServer="LABSQL01" newDBName="BizTalkMsgBoxDb" newDBServer="LABSQL02" IsMaster="1"/>
  <TrackingDB oldDBName="BizTalkDTADb" oldDBServer="LABSQL01" newDBName="BizTalkDTADb" newDBServer="LABSQL02"/>
  <ManagementDB oldDBName="BizTalkMgmtDb" oldDBServer="LABSQL01" newDBName="BizTalkMgmtDb" newDBServer="LABSQL02"/>
  <BAM>
    <DeploymentUnit Name="OldPrimaryImportDatabase">
      <Property Name="ServerName">LABSQL01</Property>
      <Property Name="DatabaseName">BAMPrimaryImport</Property>
    </DeploymentUnit>
    <DeploymentUnit Name="PrimaryImportDatabase">
      <Property Name="ServerName">LABSQL02</Property>
      <Property Name="DatabaseName">BAMPrimaryImport</Property>
    </DeploymentUnit>
    <DeploymentUnit Name="ArchivingDatabase">
      <Property Name="ServerName">LABSQL02</Property>
      <Property Name="DatabaseName">BAMArchive</Property>
    </DeploymentUnit>
    <DeploymentUnit Name="StarSchemaDatabase">
      <Property Name="ServerName">LABSQL02</Property>
      <Property Name="DatabaseName">BAMStarSchema</Property>
    </DeploymentUnit>
  </BAM>
  <OtherDatabases>
    <Database Name="SSO" oldDBName="SSODB" oldDBServer="LABSQL01" newDBName="SSODB" newDBServer="LABSQL02"/>
  </OtherDatabases>
</UpdateConfiguration>
)";

// The documented sample (facts §3.3) after an operator's edit, comments and all.
QString documentedSample(const QString& alertsApplicationName)
{
    return QStringLiteral(R"(<?xml version="1.0" encoding="utf-8"?>
<UpdateConfiguration>
  <!-- one line per MessageBox -->
  <MessageBoxDB oldDBName="BizTalkMsgBoxDb" oldDBServer="SourceServer" newDBName="BizTalkMsgBoxDb" newDBServer="DestinationServer" IsMaster="1"/>
  <TrackingDB oldDBName="BizTalkDTADb" oldDBServer="SourceServer" newDBName="BizTalkDTADb" newDBServer="DestinationServer"/>
  <!--
  <RuleEngineDB oldDBName="BizTalkRuleEngineDb" oldDBServer="SourceServer" newDBName="BizTalkRuleEngineDb" newDBServer="DestinationServer"/>
  -->
  <OtherDatabases>
    <Database Name="SSO" oldDBName="SSODB" oldDBServer="SourceServer" newDBName="SSODB" newDBServer="DestinationServer"/>
    <Database Name="BAM Alerts Application DB" oldDBName="BAMAlertsApplication" oldDBServer="SourceServer" newDBName="%1" newDBServer="DestinationServer"/>
    <Database Name="BAM Alerts Instance DB" oldDBName="BAMAlertsNSMain" oldDBServer="SourceServer" newDBName="BAMAlertsNSMain" newDBServer="DestinationServer"/>
  </OtherDatabases>
</UpdateConfiguration>
)")
        .arg(alertsApplicationName);
}

// Every element of a file as "path[@Name='..'] attr attr", the way the script's XPaths see it.
QStringList shapeOf(const QString& xml)
{
    QStringList shape;
    QStringList path;
    QXmlStreamReader reader(xml);
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement()) {
            QString step = reader.name().toString();
            QStringList attributes;
            for (const QXmlStreamAttribute& a : reader.attributes()) {
                if (a.name() == QLatin1String("Name"))
                    step += QStringLiteral("[@Name='%1']").arg(a.value().toString());
                else
                    attributes.append(a.name().toString());
            }
            path.append(step);
            shape.append((QStringList{path.join(QLatin1Char('/'))} + attributes).join(' '));
        } else if (reader.isEndElement()) {
            path.removeLast();
        }
    }
    EXPECT_FALSE(reader.hasError()) << reader.errorString().toStdString();
    return shape;
}

} // namespace

// ---- the mapping from the discovered topology --------------------------------------------------

TEST(UpdateInfoTopology, OneMessageBoxWithoutBam)
{
    const UpdateInfo info = updateInfoFromTopology(group(1, false), LabMap);
    EXPECT_EQ(describe(info), "1||LABSQL01/BizTalkMsgBoxDb -> LABSQL02/BizTalkMsgBoxDb master\n"
                              "2||LABSQL01/BizTalkDTADb -> LABSQL02/BizTalkDTADb\n"
                              "0||LABSQL01/BizTalkMgmtDb -> LABSQL02/BizTalkMgmtDb\n"
                              "4|SSO|LABSQL01/SSODB -> LABSQL02/SSODB\n");
    EXPECT_TRUE(validateUpdateInfo(info).isEmpty());
}

TEST(UpdateInfoTopology, ThreeMessageBoxesKeepOneMaster)
{
    GroupSnapshot s = group(3, false);
    // The master is not always the first one BizTalk lists.
    s.databases[1].isMasterMessageBox = false;
    s.databases[2].isMasterMessageBox = true;
    const UpdateInfo info = updateInfoFromTopology(s, LabMap);
    ASSERT_GE(info.mappings.size(), 3);
    EXPECT_EQ(info.mappings[0].oldDatabase, QStringLiteral("BizTalkMsgBoxDb"));
    EXPECT_FALSE(info.mappings[0].isMaster);
    EXPECT_TRUE(info.mappings[1].isMaster);
    EXPECT_FALSE(info.mappings[2].isMaster);
    EXPECT_EQ(info.mappings[2].newDatabase, QStringLiteral("BizTalkMsgBoxDb3"));
    EXPECT_TRUE(validateUpdateInfo(info).isEmpty());
    expectRoundTrip(info);
}

TEST(UpdateInfoTopology, BamUnitsOnlyWhenKnownWithAServer)
{
    GroupSnapshot s = group(1, true);
    const UpdateInfo withoutAnalysis = updateInfoFromTopology(s, LabMap);
    QVector<DatabaseRole> roles;
    for (const DatabaseMapping& m : withoutAnalysis.mappings)
        roles.append(m.role);
    EXPECT_TRUE(roles.contains(DatabaseRole::BamPrimaryImport));
    EXPECT_TRUE(roles.contains(DatabaseRole::BamArchive));
    EXPECT_TRUE(roles.contains(DatabaseRole::BamStarSchema));
    EXPECT_FALSE(roles.contains(DatabaseRole::BamAnalysis)); // no server: SSAS is not seen

    for (GroupDatabase& db : s.databases) {
        if (db.role == DatabaseRole::BamAnalysis) {
            db.server = QStringLiteral("LABSSAS01");
            db.actualName = QStringLiteral("BAMAnalysis");
        }
        if (db.role == DatabaseRole::BamArchive)
            db.existsOnServer = false; // the guess was denied by the server
    }
    const UpdateInfo info = updateInfoFromTopology(s, LabMap);
    roles.clear();
    for (const DatabaseMapping& m : info.mappings)
        roles.append(m.role);
    EXPECT_FALSE(roles.contains(DatabaseRole::BamArchive));
    ASSERT_TRUE(roles.contains(DatabaseRole::BamAnalysis));
    const DatabaseMapping& analysis = info.mappings[roles.indexOf(DatabaseRole::BamAnalysis)];
    EXPECT_EQ(analysis.newServer, QStringLiteral("LABSSAS01")); // not in the map: stays
    EXPECT_EQ(roles.indexOf(DatabaseRole::BamPrimaryImport) + 1,
              roles.indexOf(DatabaseRole::BamAnalysis));
    expectRoundTrip(info);
}

TEST(UpdateInfoTopology, BamExtrasNeedThePrimaryImport)
{
    GroupSnapshot s = group(1, false);
    for (GroupDatabase& db : s.databases)
        db.existsOnServer = true; // Star Schema and Archive exist, Primary Import is not configured
    const UpdateInfo info = updateInfoFromTopology(s, LabMap);
    for (const DatabaseMapping& m : info.mappings) {
        EXPECT_NE(m.role, DatabaseRole::BamArchive);
        EXPECT_NE(m.role, DatabaseRole::BamStarSchema);
    }
    EXPECT_EQ(writeUpdateInfoXml(info).indexOf(QStringLiteral("<BAM")), -1);
}

TEST(UpdateInfoTopology, RuleEngineTrackingAnalysisAlertsAndCustomDatabases)
{
    GroupSnapshot s = group(1, true);
    s.databases.append(
        database(DatabaseRole::RuleEngine, Old, QStringLiteral("BizTalkRuleEngineDb")));
    s.databases.append(database(DatabaseRole::BamAlertsInstance, QStringLiteral("LABSQL01\\BAM"),
                                QStringLiteral("BAMAlertsNSMain")));
    s.databases.append(database(DatabaseRole::BamAlertsApplication, QStringLiteral("LABSQL01\\BAM"),
                                QStringLiteral("BAMAlertsApplication")));
    s.databases.append(
        database(DatabaseRole::Custom, Old, QStringLiteral("Orders"), QStringLiteral("Orders DB")));
    // A second row of the same DefaultDatabaseName (another BTSServerName) is one line only.
    s.databases.append(database(DatabaseRole::Custom, Old, QStringLiteral("Orders2"),
                                QStringLiteral("orders db")));
    for (GroupDatabase& db : s.databases) {
        if (db.role == DatabaseRole::TrackingAnalysis) {
            db.server = QStringLiteral("LABSSAS01");
            db.actualName = QStringLiteral("BizTalkAnalysisDb");
        }
    }
    const QHash<QString, QString> map = {
        {QStringLiteral("labsql01"), New},
        {QStringLiteral("LABSQL01\\BAM"), QStringLiteral("LABSQL02\\BAM")}};
    const UpdateInfo info = updateInfoFromTopology(s, map);
    EXPECT_EQ(describe(info), "1||LABSQL01/BizTalkMsgBoxDb -> LABSQL02/BizTalkMsgBoxDb master\n"
                              "2||LABSQL01/BizTalkDTADb -> LABSQL02/BizTalkDTADb\n"
                              "0||LABSQL01/BizTalkMgmtDb -> LABSQL02/BizTalkMgmtDb\n"
                              "3||LABSQL01/BizTalkRuleEngineDb -> LABSQL02/BizTalkRuleEngineDb\n"
                              "11||LABSSAS01/BizTalkAnalysisDb -> LABSSAS01/BizTalkAnalysisDb\n"
                              "5||LABSQL01/BAMPrimaryImport -> LABSQL02/BAMPrimaryImport\n"
                              "9||LABSQL01/BAMArchive -> LABSQL02/BAMArchive\n"
                              "8||LABSQL01/BAMStarSchema -> LABSQL02/BAMStarSchema\n"
                              "4|SSO|LABSQL01/SSODB -> LABSQL02/SSODB\n"
                              "6|BAM Alerts Application DB|LABSQL01\\BAM/BAMAlertsApplication -> "
                              "LABSQL02\\BAM/BAMAlertsApplication\n"
                              "7|BAM Alerts Instance DB|LABSQL01\\BAM/BAMAlertsNSMain -> "
                              "LABSQL02\\BAM/BAMAlertsNSMain\n"
                              "12|Orders DB|LABSQL01/Orders -> LABSQL02/Orders\n");
    EXPECT_TRUE(validateUpdateInfo(info).isEmpty());
    expectRoundTrip(info);

    const QString xml = writeUpdateInfoXml(info);
    EXPECT_NE(xml.indexOf(QStringLiteral(
                  "<RuleEngineDB oldDBName=\"BizTalkRuleEngineDb\" oldDBServer=\"LABSQL01\" "
                  "newDBName=\"BizTalkRuleEngineDb\" newDBServer=\"LABSQL02\"/>")),
              -1);
    EXPECT_NE(xml.indexOf(QStringLiteral(
                  "<AnalysisDB oldDBName=\"BizTalkAnalysisDb\" oldDBServer=\"LABSSAS01\"")),
              -1);
    EXPECT_NE(xml.indexOf(QStringLiteral(
                  "<Database Name=\"BAM Alerts Application DB\" oldDBName=\"BAMAlertsApplication\" "
                  "oldDBServer=\"LABSQL01\\BAM\" newDBName=\"BAMAlertsApplication\" "
                  "newDBServer=\"LABSQL02\\BAM\"/>")),
              -1);
}

TEST(UpdateInfoTopology, UnmappedServersStayAndTheManagementDatabaseIsAlwaysThere)
{
    GroupSnapshot s = group(1, false);
    s.databases.removeFirst(); // an older snapshot without the management row
    const UpdateInfo info = updateInfoFromTopology(s, {{QStringLiteral("LabSql01"), New}});
    EXPECT_EQ(describe(info), "1||LABSQL01/BizTalkMsgBoxDb -> LABSQL02/BizTalkMsgBoxDb master\n"
                              "2||LABSQL01/BizTalkDTADb -> LABSQL02/BizTalkDTADb\n"
                              "0||LABSQL01/BizTalkMgmtDb -> LABSQL02/BizTalkMgmtDb\n"
                              "4|SSO|LABSQL01/SSODB -> LABSQL02/SSODB\n");
    const UpdateInfo unchanged = updateInfoFromTopology(s, {});
    for (const DatabaseMapping& m : unchanged.mappings)
        EXPECT_EQ(m.newServer, m.oldServer);
}

// ---- the file ----------------------------------------------------------------------------------

TEST(UpdateInfoXml, GoldenSmallGroup)
{
    const UpdateInfo info = updateInfoFromTopology(group(1, true), LabMap);
    EXPECT_EQ(writeUpdateInfoXml(info).toStdString(), std::string(GoldenXml));
    expectRoundTrip(info);
}

TEST(UpdateInfoXml, NamesAreThoseTheScriptsXPathsRead)
{
    GroupSnapshot s = group(3, true);
    s.databases.append(
        database(DatabaseRole::RuleEngine, Old, QStringLiteral("BizTalkRuleEngineDb")));
    s.databases.append(
        database(DatabaseRole::Custom, Old, QStringLiteral("Orders"), QStringLiteral("Orders DB")));
    for (GroupDatabase& db : s.databases) {
        if (db.role == DatabaseRole::TrackingAnalysis || db.role == DatabaseRole::BamAnalysis) {
            db.server = QStringLiteral("LABSSAS01");
            db.actualName = db.defaultName;
        }
    }
    const QStringList shape = shapeOf(writeUpdateInfoXml(updateInfoFromTopology(s, LabMap)));
    const QString boxes =
        QStringLiteral("UpdateConfiguration/MessageBoxDB oldDBName oldDBServer newDBName "
                       "newDBServer IsMaster");
    const QString bam = QStringLiteral("UpdateConfiguration/BAM/DeploymentUnit[@Name='%1']");
    const QStringList expected = {
        QStringLiteral("UpdateConfiguration"),
        boxes,
        boxes,
        boxes,
        QStringLiteral(
            "UpdateConfiguration/TrackingDB oldDBName oldDBServer newDBName newDBServer"),
        QStringLiteral(
            "UpdateConfiguration/ManagementDB oldDBName oldDBServer newDBName newDBServer"),
        QStringLiteral(
            "UpdateConfiguration/RuleEngineDB oldDBName oldDBServer newDBName newDBServer"),
        QStringLiteral(
            "UpdateConfiguration/AnalysisDB oldDBName oldDBServer newDBName newDBServer"),
        QStringLiteral("UpdateConfiguration/BAM"),
        bam.arg(QStringLiteral("OldPrimaryImportDatabase")),
        bam.arg(QStringLiteral("OldPrimaryImportDatabase")) + "/Property[@Name='ServerName']",
        bam.arg(QStringLiteral("OldPrimaryImportDatabase")) + "/Property[@Name='DatabaseName']",
        bam.arg(QStringLiteral("PrimaryImportDatabase")),
        bam.arg(QStringLiteral("PrimaryImportDatabase")) + "/Property[@Name='ServerName']",
        bam.arg(QStringLiteral("PrimaryImportDatabase")) + "/Property[@Name='DatabaseName']",
        bam.arg(QStringLiteral("ArchivingDatabase")),
        bam.arg(QStringLiteral("ArchivingDatabase")) + "/Property[@Name='ServerName']",
        bam.arg(QStringLiteral("ArchivingDatabase")) + "/Property[@Name='DatabaseName']",
        bam.arg(QStringLiteral("AnalysisDatabase")),
        bam.arg(QStringLiteral("AnalysisDatabase")) + "/Property[@Name='ServerName']",
        bam.arg(QStringLiteral("AnalysisDatabase")) + "/Property[@Name='DatabaseName']",
        bam.arg(QStringLiteral("StarSchemaDatabase")),
        bam.arg(QStringLiteral("StarSchemaDatabase")) + "/Property[@Name='ServerName']",
        bam.arg(QStringLiteral("StarSchemaDatabase")) + "/Property[@Name='DatabaseName']",
        QStringLiteral("UpdateConfiguration/OtherDatabases"),
        QStringLiteral("UpdateConfiguration/OtherDatabases/Database[@Name='SSO'] oldDBName "
                       "oldDBServer newDBName newDBServer"),
        QStringLiteral("UpdateConfiguration/OtherDatabases/Database[@Name='Orders DB'] oldDBName "
                       "oldDBServer newDBName newDBServer"),
    };
    EXPECT_EQ(shape.join('\n').toStdString(), expected.join('\n').toStdString());
}

TEST(UpdateInfoXml, AwkwardNamesSurviveTheRoundTrip)
{
    UpdateInfo info = updateInfoFromTopology(group(3, true), LabMap);
    info.mappings[0].newServer = QStringLiteral("DRSQL\\BIZTALK");
    info.mappings[1].newServer = QStringLiteral("drsql.contoso.com,1433");
    info.mappings[2].newDatabase = QStringLiteral("Box <3> & \"friends\" 'n' co");
    DatabaseMapping custom;
    custom.role = DatabaseRole::Custom;
    custom.name = QStringLiteral("R&D \"Orders\" <EU>");
    custom.oldServer = QStringLiteral("LABSQL01\\INST1");
    custom.oldDatabase = QStringLiteral("O'Brien & Co");
    custom.newServer = QStringLiteral("10.0.0.5,14330");
    custom.newDatabase = QStringLiteral("Ünïcødé_名前");
    info.mappings.append(custom);
    ASSERT_TRUE(validateUpdateInfo(info).isEmpty());

    const QString xml = writeUpdateInfoXml(info);
    EXPECT_NE(xml.indexOf(QStringLiteral("newDBServer=\"DRSQL\\BIZTALK\"")), -1);
    EXPECT_NE(xml.indexOf(QStringLiteral("newDBServer=\"drsql.contoso.com,1433\"")), -1);
    EXPECT_NE(
        xml.indexOf(QStringLiteral("newDBName=\"Box &lt;3&gt; &amp; &quot;friends&quot; 'n' co\"")),
        -1);
    EXPECT_NE(xml.indexOf(QStringLiteral("Name=\"R&amp;D &quot;Orders&quot; &lt;EU&gt;\"")), -1);
    expectRoundTrip(info);
}

TEST(UpdateInfoXml, ReadsTheDocumentedSampleWithComments)
{
    const Result<UpdateInfo> r =
        readUpdateInfoXml(documentedSample(QStringLiteral("BAMAlertsApplication")));
    ASSERT_TRUE(r.ok()) << r.error().summary.toStdString();
    EXPECT_EQ(describe(r.value()),
              "1||SourceServer/BizTalkMsgBoxDb -> DestinationServer/BizTalkMsgBoxDb master\n"
              "2||SourceServer/BizTalkDTADb -> DestinationServer/BizTalkDTADb\n"
              "4|SSO|SourceServer/SSODB -> DestinationServer/SSODB\n"
              "6|BAM Alerts Application DB|SourceServer/BAMAlertsApplication -> "
              "DestinationServer/BAMAlertsApplication\n"
              "7|BAM Alerts Instance DB|SourceServer/BAMAlertsNSMain -> "
              "DestinationServer/BAMAlertsNSMain\n");
}

// ---- what the checks say -----------------------------------------------------------------------

TEST(UpdateInfoXmlErrors, TheDocumentedStraySpace)
{
    EXPECT_EQ(problemsOf(documentedSample(QStringLiteral(" BAMAlertsApplication"))),
              "line 11: newDBName of BAM Alerts Application DB starts with a space: "
              "UpdateDatabase.vbs would look for ' BAMAlertsApplication'");
}

TEST(UpdateInfoXmlErrors, UnknownRoot)
{
    EXPECT_EQ(problemsOf(QStringLiteral("<?xml version=\"1.0\"?>\n<BAMConfiguration/>")),
              "line 2: the root element is <BAMConfiguration>, not <UpdateConfiguration>: this "
              "is not an update file for UpdateDatabase.vbs");
}

TEST(UpdateInfoXmlErrors, NotXmlAtAll)
{
    const std::string problems = problemsOf(QStringLiteral("<UpdateConfiguration>\n"
                                                           "  <TrackingDB oldDBName=\"a\"\n"
                                                           "</UpdateConfiguration>\n"));
    EXPECT_EQ(problems.rfind("line 3: ", 0), 0u) << problems;
    EXPECT_NE(problemsOf(QString()).find("line 1: "), std::string::npos);
}

TEST(UpdateInfoXmlErrors, MessageBoxWithoutOldDBName)
{
    EXPECT_EQ(problemsOf(QStringLiteral(
                  "<UpdateConfiguration>\n"
                  "  <MessageBoxDB oldDBServer=\"A\" newDBName=\"M\" newDBServer=\"B\" "
                  "IsMaster=\"1\"/>\n"
                  "</UpdateConfiguration>")),
              "line 2: MessageBoxDB without oldDBName");
}

TEST(UpdateInfoXmlErrors, NoMasterAndTwoMasters)
{
    const QString box = QStringLiteral("  <MessageBoxDB oldDBName=\"%1\" oldDBServer=\"A\" "
                                       "newDBName=\"%1\" newDBServer=\"B\" IsMaster=\"%2\"/>\n");
    const QString none = QStringLiteral("<UpdateConfiguration>\n") + box.arg("M1", "0") +
                         box.arg("M2", "0") + QStringLiteral("</UpdateConfiguration>");
    EXPECT_EQ(problemsOf(none), "No MessageBoxDB has IsMaster=\"1\": UpdateDatabase.vbs would not "
                                "move the master MessageBox in adm_Group");
    const QString two = QStringLiteral("<UpdateConfiguration>\n") + box.arg("M1", "1") +
                        box.arg("M2", "0") + box.arg("M3", "1") +
                        QStringLiteral("</UpdateConfiguration>");
    EXPECT_EQ(problemsOf(two), "line 4: MessageBoxDB 'M3' is a second master (IsMaster=\"1\", as "
                               "is MessageBoxDB 'M1'): a BizTalk group has exactly one master "
                               "MessageBox");
    EXPECT_EQ(problemsOf(QStringLiteral("<UpdateConfiguration/>")),
              "No MessageBoxDB: UpdateDatabase.vbs needs the master MessageBox (IsMaster=\"1\") "
              "even when it does not move, to update the jobs that point at the other databases");
}

TEST(UpdateInfoXmlErrors, EmptyServerNames)
{
    QString xml = QString::fromUtf8(GoldenXml);
    xml.replace(QStringLiteral("<TrackingDB oldDBName=\"BizTalkDTADb\" oldDBServer=\"LABSQL01\" "
                               "newDBName=\"BizTalkDTADb\" newDBServer=\"LABSQL02\""),
                QStringLiteral("<TrackingDB oldDBName=\"BizTalkDTADb\" oldDBServer=\"LABSQL01\" "
                               "newDBName=\"BizTalkDTADb\" newDBServer=\"\""));
    xml.replace(QStringLiteral("<Property Name=\"ServerName\">LABSQL01</Property>"),
                QStringLiteral("<Property Name=\"ServerName\"/>"));
    EXPECT_EQ(problemsOf(xml), "line 4: newDBServer of TrackingDB is empty\n"
                               "line 8: ServerName of BAM OldPrimaryImportDatabase is empty");
}

TEST(UpdateInfoXmlErrors, TrailingSpaceInABamProperty)
{
    QString xml = QString::fromUtf8(GoldenXml);
    xml.replace(QStringLiteral("<Property Name=\"DatabaseName\">BAMArchive</Property>"),
                QStringLiteral("<Property Name=\"DatabaseName\">BAMArchive\n      </Property>"));
    EXPECT_EQ(problemsOf(xml), "line 17: DatabaseName of BAM ArchivingDatabase ends with a "
                               "space: UpdateDatabase.vbs would look for 'BAMArchive\n      '");
}

TEST(UpdateInfoXmlErrors, MisspeltNamesTheScriptWouldSkip)
{
    QString xml = QString::fromUtf8(GoldenXml);
    xml.replace(QStringLiteral("IsMaster=\"1\""), QStringLiteral("isMaster=\"1\""));
    xml.replace(QStringLiteral("<TrackingDB "), QStringLiteral("<TrackingDb "));
    xml.replace(QStringLiteral("Name=\"StarSchemaDatabase\""), QStringLiteral("Name=\"Alert\""));
    xml.replace(QStringLiteral("</OtherDatabases>"),
                QStringLiteral("  <DataBase Name=\"X\"/>\n  </OtherDatabases>"));
    EXPECT_EQ(problemsOf(xml),
              "line 3: attribute isMaster of MessageBoxDB must be written IsMaster: "
              "UpdateDatabase.vbs reads it case-sensitively\n"
              "line 4: <TrackingDb> in <UpdateConfiguration> must be written <TrackingDB>: "
              "UpdateDatabase.vbs reads element names case-sensitively\n"
              "line 19: DeploymentUnit Alert is not handled by this console: list the BAM alerts "
              "databases under <OtherDatabases> instead\n"
              "line 26: <DataBase> in <OtherDatabases> must be written <Database>: "
              "UpdateDatabase.vbs reads element names case-sensitively");
}

TEST(UpdateInfoXmlErrors, IsMasterMustBeOneOrZero)
{
    QString xml = QString::fromUtf8(GoldenXml);
    xml.replace(QStringLiteral("IsMaster=\"1\""), QStringLiteral("IsMaster=\"true\""));
    EXPECT_EQ(problemsOf(xml), "line 3: IsMaster=\"true\" on MessageBoxDB: UpdateDatabase.vbs "
                               "only knows \"1\" (the master) and \"0\"");
}

TEST(UpdateInfoXmlErrors, HalfAPrimaryImportAndAnEmptyBam)
{
    QString xml = QString::fromUtf8(GoldenXml);
    xml.replace(QStringLiteral("Name=\"OldPrimaryImportDatabase\""),
                QStringLiteral("Name=\"ArchivingDatabase\""));
    EXPECT_EQ(problemsOf(xml), "line 15: a second DeploymentUnit ArchivingDatabase (the first is "
                               "on line 7)\n"
                               "line 6: <BAM> needs both OldPrimaryImportDatabase and "
                               "PrimaryImportDatabase");

    const int from = xml.indexOf(QStringLiteral("<BAM>")) + 5;
    xml.remove(from, xml.indexOf(QStringLiteral("</BAM>")) - from);
    EXPECT_EQ(problemsOf(xml), "line 6: an empty <BAM> section: UpdateDatabase.vbs would still "
                               "try to restore the BAM configuration; remove it when BAM is not "
                               "used");
}

TEST(UpdateInfoXmlErrors, OtherDatabasesNames)
{
    QString xml = QString::fromUtf8(GoldenXml);
    xml.replace(
        QStringLiteral("</OtherDatabases>"),
        QStringLiteral("  <Database Name=\"sso\" oldDBName=\"S\" oldDBServer=\"A\" newDBName=\"S\" "
                       "newDBServer=\"B\"/>\n  </OtherDatabases>"));
    EXPECT_EQ(problemsOf(xml),
              "line 26: Name 'sso' must be written 'SSO': UpdateDatabase.vbs finds the SSO server "
              "with the case-sensitive XPath Database[@Name='SSO']\n"
              "line 26: OtherDatabases lists sso twice: UpdateDatabase.vbs updates every "
              "adm_OtherBackupDatabases row of that name, so the last line wins");
}

TEST(UpdateInfoValidation, TheSameChecksOnTheModel)
{
    UpdateInfo info = updateInfoFromTopology(group(3, true), LabMap);
    ASSERT_TRUE(validateUpdateInfo(info).isEmpty());
    info.mappings[1].isMaster = true;
    info.mappings[2].newServer.clear();
    for (DatabaseMapping& m : info.mappings) {
        if (m.role == DatabaseRole::SingleSignOn)
            m.newDatabase = QStringLiteral("SSODB ");
        if (m.role == DatabaseRole::BamPrimaryImport)
            m.oldDatabase = QStringLiteral(" BAMPrimaryImport");
    }
    DatabaseMapping tracking = info.mappings[3];
    ASSERT_EQ(tracking.role, DatabaseRole::Tracking);
    info.mappings.append(tracking);
    EXPECT_EQ(validateUpdateInfo(info),
              QVector<QString>(
                  {QStringLiteral("newDBServer of MessageBoxDB 'BizTalkMsgBoxDb3' is empty"),
                   QStringLiteral("DatabaseName of BAM OldPrimaryImportDatabase starts with a "
                                  "space: UpdateDatabase.vbs would look for ' BAMPrimaryImport'"),
                   QStringLiteral("newDBName of SSO ends with a space: UpdateDatabase.vbs would "
                                  "look for 'SSODB '"),
                   QStringLiteral("MessageBoxDB 'BizTalkMsgBoxDb2' is a second master "
                                  "(IsMaster=\"1\", as is MessageBoxDB 'BizTalkMsgBoxDb'): a "
                                  "BizTalk group has exactly one master MessageBox"),
                   QStringLiteral("TrackingDB appears more than once: UpdateDatabase.vbs reads "
                                  "only the first")}));

    UpdateInfo orphan;
    orphan.mappings = {updateInfoFromTopology(group(1, true), LabMap).mappings[0]};
    DatabaseMapping star;
    star.role = DatabaseRole::BamStarSchema;
    star.newServer = New;
    star.newDatabase = QStringLiteral("BAMStarSchema");
    orphan.mappings.append(star);
    EXPECT_EQ(validateUpdateInfo(orphan),
              QVector<QString>({QStringLiteral(
                  "BAM StarSchemaDatabase without PrimaryImportDatabase: the BAM section must "
                  "say where BAMPrimaryImport was and where it is now")}));
}
