#include "LabSeeder.h"

#include "Lab.h"
#include "LabBackupFiles.h"
#include "LabConnector.h"
#include "LabRuntimeSeeder.h"
#include "LabServerSeeder.h"
#include "LabTopology.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>

namespace bts {

Status LabSeeder::upgrade() const
{
    LabConnector connector(m_root);
    const LabServerSeeder servers(connector, m_root);
    // lab_Files came later than the other tables of master: a lab without it records the backup
    // files its folder holds, once every server has the table.
    bool lackedFiles = false;
    for (const QString& server : LabTopology::servers()) {
        Result<bool> lacked = ensureTables(server, QStringLiteral("master"), MasterSchema,
                                           QStringLiteral("lab_ServerProperties"));
        if (!lacked)
            return lacked.error();
        if (lacked.value()) {
            lackedFiles = true; // created with the rest, just now
            if (Status s = servers.seedServer(server); !s)
                return s;
        }
        if (Status s = upgradeJobStepCopies(server); !s)
            return s;
    }
    for (const QString& server : LabTopology::servers()) {
        Result<bool> lacked = ensureTables(server, QStringLiteral("master"), MasterSchema,
                                           QStringLiteral("lab_Files"));
        if (!lacked)
            return lacked.error();
        lackedFiles = lackedFiles || lacked.value();
    }
    if (lackedFiles) {
        if (Status s = LabBackupFiles(connector).recordFolder(Lab(m_root).backupFolder()); !s)
            return s;
    }
    if (Status s = upgradeRuntime(); !s)
        return s;
    // The stand-ins are the lab's own files: rewritten when missing or older than the tables
    // the lab's procedures use.
    QFile schema(QDir(Lab(m_root).schemaFolder())
                     .filePath(QStringLiteral("LogShipping_Destination_Schema.sql")));
    if (schema.open(QIODevice::ReadOnly) && schema.readAll().contains("OnSuccessAction"))
        return success();
    return servers.seedSchemaFolder();
}

Result<bool> LabSeeder::ensureTables(const QString& server, const QString& database,
                                     const QString& resource, const QString& probe) const
{
    LabConnector connector(m_root);
    Result<QVariant> present = connector.scalar(
        server, database,
        QStringLiteral("SELECT COUNT(*) FROM dbo.sqlite_master WHERE type = 'table' AND name = ?"),
        {probe});
    if (!present)
        return present.error();
    if (present.value().toInt() > 0)
        return false;
    for (QString statement : scriptStatements(resource)) {
        if (!statement.startsWith(QLatin1String("CREATE TABLE ")))
            continue;
        statement.replace(QStringLiteral("CREATE TABLE "),
                          QStringLiteral("CREATE TABLE IF NOT EXISTS dbo."));
        if (Result<QSqlQuery> r = connector.run(server, database, statement); !r)
            return r.error();
    }
    return true;
}

Status LabSeeder::upgradeRuntime() const
{
    LabConnector connector(m_root);
    const LabRuntimeSeeder runtime(connector);
    Result<bool> lacked = ensureTables(LabTopology::SourceServer, LabTopology::ManagementDatabase,
                                       ManagementSchema, QStringLiteral("TDDS_Sources"));
    if (!lacked)
        return lacked.error();
    if (lacked.value()) {
        if (Status s = runtime.seedManagement(); !s)
            return s;
    }
    for (const LabTopology::SeedLocation& box : LabTopology::messageBoxes()) {
        lacked =
            ensureTables(box.server, box.name, MessageBoxSchema, QStringLiteral("lab_JobTargets"));
        if (!lacked)
            return lacked.error();
        if (lacked.value()) {
            if (Status s = runtime.seedMessageBox(box.server, box.name); !s)
                return s;
        }
    }
    return success();
}

Status LabSeeder::upgradeJobStepCopies(const QString& server) const
{
    // Destinations configured by an earlier version copied the source's job steps without the
    // actions that chain them, which Restore To Mark needs to recreate the jobs.
    LabConnector connector(m_root);
    Result<QVariant> columns = connector.scalar(
        server, QStringLiteral("master"),
        QStringLiteral("SELECT COUNT(*) FROM pragma_table_info('bts_LogShippingJobSteps', 'dbo')"));
    if (!columns)
        return columns.error();
    Result<QVariant> current = connector.scalar(
        server, QStringLiteral("master"),
        QStringLiteral("SELECT COUNT(*) FROM pragma_table_info('bts_LogShippingJobSteps', 'dbo') "
                       "WHERE name = 'OnSuccessAction'"));
    if (!current)
        return current.error();
    if (columns.value().toInt() == 0 || current.value().toInt() > 0)
        return success();
    for (const QString& column : {QStringLiteral("OnSuccessAction tinyint NOT NULL DEFAULT 1"),
                                  QStringLiteral("OnSuccessStepId int NOT NULL DEFAULT 0"),
                                  QStringLiteral("OnFailAction tinyint NOT NULL DEFAULT 2"),
                                  QStringLiteral("OnFailStepId int NOT NULL DEFAULT 0")}) {
        Result<QSqlQuery> r = connector.run(
            server, QStringLiteral("master"),
            QStringLiteral("ALTER TABLE dbo.bts_LogShippingJobSteps ADD COLUMN %1").arg(column));
        if (!r)
            return r.error();
    }
    return success();
}

} // namespace bts
