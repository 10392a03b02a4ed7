#include "LabServerSeeder.h"

#include "Lab.h"
#include "LabTopology.h"
#include "core/ResourceText.h"

#include <QDir>
#include <QFile>

namespace bts {
namespace {

const QString Master = QStringLiteral("master");
// Where the lab's source servers keep their data and log files: drive letters as on a real
// BizTalk SQL Server, which the destination must have too (RESTORE WITH MOVE is not supported).
const QString DataFolder = QStringLiteral("G:\\Data");
const QString LogFolder = QStringLiteral("L:\\Logs");

const QStringList SchemaScripts = {QStringLiteral("LogShipping_Destination_Schema.sql"),
                                   QStringLiteral("LogShipping_Destination_Logic.sql")};

DbError seedError(const QString& what)
{
    DbError error;
    error.kind = DbError::Kind::Internal;
    error.summary = QStringLiteral("Could not create the lab: %1").arg(what);
    error.advice = QStringLiteral("Check that the lab folder is writable, then reset the lab.");
    return error;
}

} // namespace

Status LabServerSeeder::seedServer(const QString& server) const
{
    // SQL Server 2019 CU: the same version on every server, as log shipping requires.
    if (Status s = insertAll(server,
                             QStringLiteral("INSERT INTO lab_ServerProperties (name, value) "
                                            "VALUES (?, ?)"),
                             {{QStringLiteral("ProductVersion"), QStringLiteral("15.0.4153.1")},
                              {QStringLiteral("ServerName"), server}});
        !s)
        return s;
    if (Status s = insertAll(
            server,
            QStringLiteral("INSERT INTO lab_Configurations (name, value_in_use) VALUES (?, ?)"),
            {{QStringLiteral("show advanced options"), 0},
             {QStringLiteral("Ad Hoc Distributed Queries"), 0}});
        !s)
        return s;
    if (Status s = insertAll(
            server,
            QStringLiteral("INSERT INTO lab_Services (servicename, status_desc) VALUES (?, ?)"),
            {{QStringLiteral("SQL Server Agent (MSSQLSERVER)"), QStringLiteral("Running")}});
        !s)
        return s;
    if (Status s = insertAll(server,
                             QStringLiteral("INSERT INTO lab_MasterFiles (database_name, "
                                            "type_desc, physical_name) VALUES (?, ?, ?)"),
                             masterFiles(server));
        !s)
        return s;
    return insertAll(server, QStringLiteral("INSERT INTO lab_Folders (path) VALUES (?)"),
                     folders());
}

QVector<QVariantList> LabServerSeeder::masterFiles(const QString& server) const
{
    QVector<QVariantList> rows;
    for (const LabTopology::SeedDatabase& db : LabTopology::seedDatabases()) {
        if (db.server != server)
            continue;
        rows.append({db.name, QStringLiteral("ROWS"),
                     DataFolder + QLatin1Char('\\') + db.name + QStringLiteral(".mdf")});
        rows.append({db.name, QStringLiteral("LOG"),
                     LogFolder + QLatin1Char('\\') + db.name + QStringLiteral("_log.ldf")});
    }
    return rows;
}

QVector<QVariantList> LabServerSeeder::folders() const
{
    // Every lab server has the same disks (a test deletes a folder to break one). The
    // destination reads the very backup files the source writes: the lab's backup folder is
    // "shared" by every server, spelled as the backup job's path is.
    return {{DataFolder}, {LogFolder}, {QDir::toNativeSeparators(Lab(m_root).backupFolder())}};
}

Status LabServerSeeder::insertAll(const QString& server, const QString& sql,
                                  const QVector<QVariantList>& rows) const
{
    for (const QVariantList& row : rows) {
        Result<QSqlQuery> r = m_connector.run(server, Master, sql, row);
        if (!r)
            return r.error();
    }
    return success();
}

Status LabServerSeeder::seedSchemaFolder() const
{
    const QString folder = Lab(m_root).schemaFolder();
    if (!QDir().mkpath(folder))
        return seedError(QStringLiteral("folder %1").arg(folder));
    for (const QString& name : SchemaScripts) {
        QFile file(QDir(folder).filePath(name));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return seedError(file.fileName());
        file.write(readResourceText(QStringLiteral(":/lab/schema/") + name).toUtf8());
    }
    return success();
}

} // namespace bts
