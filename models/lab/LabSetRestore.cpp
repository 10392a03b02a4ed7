#include "LabSetRestore.h"

#include "LabBackupFiles.h"
#include "LabDestination.h"
#include "LabFaults.h"
#include "sql/SqlValues.h"

#include <QFile>
#include <QFileInfo>

namespace bts {
namespace {

const QString Master = QStringLiteral("master");

QString restoreStatement(bool full)
{
    return full ? QStringLiteral("RESTORE DATABASE") : QStringLiteral("RESTORE LOG");
}

// The folder part of a Windows path: G:\Data\x.mdf -> G:\Data
QString folderOf(const QString& path)
{
    const qsizetype cut = path.lastIndexOf(QLatin1Char('\\'));
    return cut > 0 ? path.left(cut) : path;
}

} // namespace

Result<std::optional<QString>> LabSetRestore::missingFile(const LabBackupSet& set) const
{
    const LabFaults faults(m_connector);
    for (const LabBackupFile& file : set.files) {
        Result<bool> lost = faults.take(LabFault::MissingBackupFile, m_server, file.database);
        if (!lost)
            return lost.error();
        if (lost.value()) {
            QFile::remove(file.path);
            if (Status s = LabBackupFiles(m_connector).removed(file.path); !s)
                return s.error();
        }
        if (!QFileInfo::exists(file.path)) {
            return std::optional<QString>(
                QStringLiteral("Cannot open backup device '%1'. Operating system error 2(The "
                               "system cannot find the file specified.). %2 is terminating "
                               "abnormally.")
                    .arg(file.path, restoreStatement(set.info.full)));
        }
    }
    return std::optional<QString>();
}

Status LabSetRestore::checkTarget(const LabBackupSet& set) const
{
    for (const LabBackupFile& file : set.files) {
        if (!set.info.full) {
            // After Restore To Mark the database is online: no more logs can be applied.
            Result<QVariant> state = m_connector.scalar(
                m_server, Master, QStringLiteral("SELECT state_desc FROM databases WHERE name = ?"),
                {file.database});
            if (!state)
                return state.error();
            if (state.value().toString() == QLatin1String("ONLINE")) {
                return DbError::queryFailed(
                    QStringLiteral("The log or differential backup cannot be restored because no "
                                   "files are ready to rollforward. RESTORE LOG is terminating "
                                   "abnormally. (database %1)")
                        .arg(file.database));
            }
            continue;
        }
        // RESTORE WITH MOVE is not supported: the source's folders must exist here (§2.6).
        Result<QSqlQuery> files = m_connector.run(
            file.server, Master,
            QStringLiteral("SELECT physical_name FROM lab_MasterFiles WHERE database_name = ?"),
            {file.database});
        if (!files)
            return files.error();
        while (files.value().next()) {
            const QString physical = files.value().value(0).toString();
            Result<QVariant> exists = m_connector.scalar(
                m_server, Master, QStringLiteral("SELECT COUNT(*) FROM lab_Folders WHERE path = ?"),
                {folderOf(physical)});
            if (!exists)
                return exists.error();
            if (exists.value().toInt() == 0) {
                return DbError::queryFailed(
                    QStringLiteral("Directory lookup for the file \"%1\" failed with the "
                                   "operating system error 3(The system cannot find the path "
                                   "specified.). RESTORE DATABASE is terminating abnormally.")
                        .arg(physical));
            }
        }
    }
    return success();
}

Result<QString> LabSetRestore::recoveryModel(const LabBackupFile& file) const
{
    const QString key = file.server.toLower() + QLatin1Char('/') + file.database.toLower();
    if (m_recoveryModels.contains(key))
        return m_recoveryModels.value(key);
    Result<QVariant> model = m_connector.scalar(
        file.server, Master,
        QStringLiteral("SELECT recovery_model_desc FROM databases WHERE name = ?"),
        {file.database});
    if (!model)
        return model.error();
    const QString value =
        model.value().isNull() ? QStringLiteral("FULL") : model.value().toString();
    m_recoveryModels.insert(key, value);
    return value;
}

Status LabSetRestore::restoreDatabase(const LabBackupFile& file, bool full) const
{
    Result<QString> model = recoveryModel(file);
    if (!model)
        return model.error();
    Result<QSqlQuery> upsert = m_connector.run(
        m_server, Master,
        QStringLiteral("INSERT INTO databases (name, recovery_model_desc, state_desc) "
                       "VALUES (?, ?, 'RESTORING') ON CONFLICT (name) DO UPDATE SET "
                       "recovery_model_desc = excluded.recovery_model_desc, "
                       "state_desc = 'RESTORING'"),
        {file.database, model.value()});
    if (!upsert)
        return upsert.error();
    if (!full)
        return success();
    // The data and log files are created where the source has them.
    Result<QSqlQuery> clear = m_connector.run(
        m_server, Master, QStringLiteral("DELETE FROM lab_MasterFiles WHERE database_name = ?"),
        {file.database});
    if (!clear)
        return clear.error();
    Result<QSqlQuery> files =
        m_connector.run(file.server, Master,
                        QStringLiteral("SELECT type_desc, physical_name FROM lab_MasterFiles WHERE "
                                       "database_name = ?"),
                        {file.database});
    if (!files)
        return files.error();
    while (files.value().next()) {
        Result<QSqlQuery> add =
            m_connector.run(m_server, Master,
                            QStringLiteral("INSERT INTO lab_MasterFiles (database_name, type_desc, "
                                           "physical_name) VALUES (?, ?, ?)"),
                            {file.database, files.value().value(0), files.value().value(1)});
        if (!add)
            return add.error();
    }
    return success();
}

Status LabSetRestore::restore(const LabShippingSource& source, const LabBackupSet& set) const
{
    const QString now = labDateTimeText(m_localNow);
    return LabDestination(m_connector, m_server).inTransaction([&]() -> Status {
        for (const LabBackupFile& file : set.files) {
            if (Status s = restoreDatabase(file, set.info.full); !s)
                return s;
        }
        const QVector<QPair<QString, QVariantList>> statements = {
            {QStringLiteral("UPDATE bts_LogShippingHistory SET Restored = 1, RestoredDateTime = "
                            "? WHERE BackupSetId = ?"),
             {now, set.info.id}},
            {QStringLiteral("DELETE FROM bts_LogShippingLastRestoreSet WHERE SourceServerName "
                            "IS ?"),
             {source.sourceServer}},
            {QStringLiteral("INSERT INTO bts_LogShippingLastRestoreSet (SourceServerName, "
                            "LastRestoreSetId) VALUES (?, ?)"),
             {source.sourceServer, set.info.id}},
        };
        for (const auto& [sql, values] : statements) {
            Result<QSqlQuery> r = m_connector.run(m_server, Master, sql, values);
            if (!r)
                return r.error();
        }
        return success();
    });
}

} // namespace bts
