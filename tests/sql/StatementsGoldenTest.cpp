#include "sql/SqlStatements.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>

#include "TempDir.h"

#include <gtest/gtest.h>

using namespace bts;

namespace {

QString golden(const QString& name)
{
    QFile file(QStringLiteral(BTS_TEST_SOURCE_DIR "/golden/sql/%1.sql").arg(name));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return QString();
    return QString::fromUtf8(file.readAll()).trimmed();
}

// Every object a statement may touch: the BizTalk objects of the facts file and the SQL Server
// catalogue views and msdb tables that hold jobs.
const QSet<QString>& knownObjects()
{
    static const QSet<QString> objects = {
        QStringLiteral("dbo.adm_group"),
        QStringLiteral("dbo.adm_messagebox"),
        QStringLiteral("dbo.adm_otherbackupdatabases"),
        QStringLiteral("dbo.admv_backupdatabases"),
        QStringLiteral("dbo.adm_backupsettings"),
        QStringLiteral("dbo.adm_backuphistory"),
        QStringLiteral("dbo.adm_otherdatabases"),
        QStringLiteral("dbo.adm_server"),
        QStringLiteral("dbo.tdds_sources"),
        QStringLiteral("dbo.tdds_destinations"),
        QStringLiteral("sys.databases"),
        QStringLiteral("dbo.sysjobs"),
        QStringLiteral("dbo.sysjobsteps"),
        QStringLiteral("dbo.sysjobschedules"),
        QStringLiteral("dbo.sysschedules"),
        QStringLiteral("dbo.sysjobhistory"),
        QStringLiteral("sys.parameters"),
        QStringLiteral("sys.objects"),
        QStringLiteral("sys.database_principals"),
        QStringLiteral("sys.configurations"),
        QStringLiteral("sys.dm_server_services"),
        QStringLiteral("sys.servers"),
        QStringLiteral("sys.master_files"),
        QStringLiteral("sys.dm_os_file_exists"),
        QStringLiteral("dbo.bts_logshippingdatabases"),
        QStringLiteral("dbo.bts_logshippinghistory"),
        QStringLiteral("dbo.bts_logshippinglastrestoreset"),
    };
    return objects;
}

QString withoutComments(const QString& sql)
{
    QString text = sql;
    text.remove(QRegularExpression(QStringLiteral("--[^\n]*")));
    return text;
}

} // namespace

class StatementTest : public ::testing::TestWithParam<QString> {};

TEST(Statements, EveryStatementHasAnApprovedText)
{
    QStringList goldens = QDir(QStringLiteral(BTS_TEST_SOURCE_DIR "/golden/sql"))
                              .entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (QString& g : goldens)
        g.chop(4);
    EXPECT_GE(SqlStatements::names().size(), 14);
    EXPECT_EQ(SqlStatements::names(), goldens);
}

TEST_P(StatementTest, MatchesItsApprovedText)
{
    const QString name = GetParam();
    const QString expected = golden(name);
    ASSERT_FALSE(expected.isEmpty()) << "no golden file for " << name.toStdString()
                                     << ": add tests/golden/sql/" << name.toStdString() << ".sql";
    EXPECT_EQ(SqlStatements::text(name).toStdString(), expected.toStdString());
}

TEST_P(StatementTest, ReferencesOnlyDocumentedObjects)
{
    const QString sql = withoutComments(SqlStatements::text(GetParam()));
    static const QRegularExpression objectName(QStringLiteral("\\b(dbo|sys)\\.([A-Za-z_]+)"));
    auto it = objectName.globalMatch(sql);
    int found = 0;
    while (it.hasNext()) {
        const QString object = it.next().captured(0).toLower();
        EXPECT_TRUE(knownObjects().contains(object)) << object.toStdString();
        ++found;
    }
    // These read server functions or INFORMATION_SCHEMA rather than a dbo or sys object.
    static const QStringList noObject = {
        QStringLiteral("server_clock"), QStringLiteral("server_property"),
        QStringLiteral("reconfigure"), QStringLiteral("logshipping_tables"),
        QStringLiteral("table_columns")};
    if (!noObject.contains(GetParam())) {
        EXPECT_GT(found, 0) << "every statement reads a named object";
    }
}

TEST_P(StatementTest, BindsValuesNeverConcatenates)
{
    const QString sql = withoutComments(SqlStatements::text(GetParam()));
    // Literals in reading statements would mean a value was pasted in: only ? markers allowed.
    EXPECT_FALSE(sql.contains(QLatin1Char('\''))) << sql.toStdString();
    EXPECT_FALSE(sql.contains(QLatin1Char(';'))) << "one statement per file";
}

TEST_P(StatementTest, NeverReadsAWholeHistoryTable)
{
    // adm_BackupHistory and bts_LogShippingHistory grow to millions of rows (facts §4): a
    // statement reading them filters or aggregates in SQL, never in the console.
    const QString sql = withoutComments(SqlStatements::text(GetParam())).simplified();
    if (!sql.startsWith(QLatin1String("SELECT"), Qt::CaseInsensitive) ||
        (!sql.contains(QLatin1String("adm_BackupHistory"), Qt::CaseInsensitive) &&
         !sql.contains(QLatin1String("bts_LogShippingHistory"), Qt::CaseInsensitive)))
        return;
    static const QRegularExpression bounded(
        QStringLiteral("\\b(WHERE|GROUP BY|MAX\\(|MIN\\(|COUNT\\()"),
        QRegularExpression::CaseInsensitiveOption);
    EXPECT_TRUE(bounded.match(sql).hasMatch()) << sql.toStdString();
}

TEST(Statements, JobStatementsFindTheJobByName)
{
    for (const QString& name :
         {QStringLiteral("backup_job"), QStringLiteral("backup_job_steps"),
          QStringLiteral("backup_job_schedules"), QStringLiteral("backup_job_last_run")}) {
        const QString sql = SqlStatements::text(name);
        EXPECT_TRUE(sql.contains(QStringLiteral("name = ?"))) << name.toStdString();
        EXPECT_FALSE(sql.contains(QStringLiteral("step_id = 1"))) << "steps are found by name";
    }
}

TEST(Statements, LabOverridesExistOnlyWhereDialectsDiffer)
{
    const QStringList overrides = QDir(QStringLiteral(":/sql/lab")).entryList(QDir::Files);
    // The lab has no sys catalogue views, INFORMATION_SCHEMA or server functions: these read
    // lab tables instead (file_exists: lab_Files, the lab's record of its backup files).
    // logshipping_restored_by_database lists the databases with a recursive common table
    // expression, which SQL Server does not allow with a subquery in it.
    EXPECT_EQ(
        overrides,
        QStringList({QStringLiteral("agent_service.sql"),
                     QStringLiteral("backup_procedure_parameters.sql"),
                     QStringLiteral("database_files.sql"), QStringLiteral("database_objects.sql"),
                     QStringLiteral("database_roles.sql"), QStringLiteral("file_exists.sql"),
                     QStringLiteral("folder_exists.sql"), QStringLiteral("linked_servers.sql"),
                     QStringLiteral("logshipping_restored_by_database.sql"),
                     QStringLiteral("logshipping_tables.sql"), QStringLiteral("server_clock.sql"),
                     QStringLiteral("server_configuration.sql"),
                     QStringLiteral("server_property.sql"), QStringLiteral("table_columns.sql")}));
    EXPECT_NE(SqlStatements::text(QStringLiteral("server_clock"), SqlDialect::Lab),
              SqlStatements::text(QStringLiteral("server_clock")));
    EXPECT_EQ(SqlStatements::text(QStringLiteral("last_backups"), SqlDialect::Lab),
              SqlStatements::text(QStringLiteral("last_backups")));
    // SQL Server asks the operating system; the lab answers from its record of its files.
    EXPECT_TRUE(SqlStatements::text(QStringLiteral("file_exists"))
                    .contains(QStringLiteral("sys.dm_os_file_exists(?)")));
    EXPECT_TRUE(SqlStatements::text(QStringLiteral("file_exists"), SqlDialect::Lab)
                    .contains(QStringLiteral("dbo.lab_Files")));
}

INSTANTIATE_TEST_SUITE_P(AllStatements, StatementTest, ::testing::ValuesIn([] {
                             // From the golden folder: resources may not be registered yet
                             // while tests are instantiated.
                             std::vector<QString> names;
                             const QDir dir(QStringLiteral(BTS_TEST_SOURCE_DIR "/golden/sql"));
                             for (const QString& f :
                                  dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name))
                                 names.push_back(f.chopped(4));
                             return names;
                         }()),
                         [](const ::testing::TestParamInfo<QString>& info) {
                             return info.param.toStdString();
                         });
