#include "LabRestoreEngine.h"

#include "LabDestination.h"
#include "LabFailover.h"
#include "LabSetRestore.h"
#include "sql/SqlValues.h"

namespace bts {
namespace {

const QString Master = QStringLiteral("master");

// The folder and file as SQL Server would join them, keeping the folder's own separators.
QString joinPath(const QString& folder, const QString& file)
{
    if (folder.endsWith(QLatin1Char('/')) || folder.endsWith(QLatin1Char('\\')))
        return folder + file;
    const bool windows = folder.contains(QLatin1Char('\\')) && !folder.contains(QLatin1Char('/'));
    return folder + (windows ? QLatin1Char('\\') : QLatin1Char('/')) + file;
}

} // namespace

LabRestoreEngine::LabRestoreEngine(const LabConnector& connector, QString server, QDateTime utcNow,
                                   int utcOffsetSeconds)
    : m_connector(connector)
    , m_server(std::move(server))
    , m_utcNow(std::move(utcNow))
    , m_utcOffsetSeconds(utcOffsetSeconds)
{}

Result<std::optional<qint64>> LabRestoreEngine::lastRestored(const LabShippingSource& source) const
{
    Result<QVariant> last = m_connector.scalar(
        m_server, Master,
        QStringLiteral("SELECT MAX(LastRestoreSetId) FROM bts_LogShippingLastRestoreSet WHERE "
                       "SourceServerName IS ?"),
        {source.sourceServer});
    if (!last)
        return last.error();
    if (last.value().isNull())
        return std::optional<qint64>();
    return std::optional<qint64>(last.value().toLongLong());
}

Result<QVector<LabBackupSet>> LabRestoreEngine::loadSets(std::optional<qint64> after) const
{
    // A database's DBFileLocation / LogFileLocation, when set, say where its files are now
    // (facts §2.5).
    Result<QSqlQuery> q = m_connector.run(
        m_server, Master,
        QStringLiteral(
            "SELECT h.BackupSetId, h.BackupType, h.SetComplete, h.MarkName, h.DatabaseName, "
            "h.ServerName, h.BackupFileName, h.BackupFileLocation, d.DBFileLocation, "
            "d.LogFileLocation FROM bts_LogShippingHistory h LEFT JOIN bts_LogShippingDatabases "
            "d ON d.DatabaseName = h.DatabaseName COLLATE NOCASE AND d.SourceServerName = "
            "h.ServerName COLLATE NOCASE WHERE h.BackupSetId > ? ORDER BY h.BackupSetId, "
            "h.BackupId"),
        {after.value_or(-1)});
    if (!q)
        return q.error();
    QVector<LabBackupSet> sets;
    QSqlQuery& row = q.value();
    while (row.next()) {
        const qint64 id = row.value(0).toLongLong();
        const bool full = row.value(1).toString().trimmed() == QLatin1String("db");
        if (sets.isEmpty() || sets.last().info.id != id)
            sets.append(LabBackupSet{{id, full, true}, row.value(3).toString(), {}});
        LabBackupSet& set = sets.last();
        set.info.complete = set.info.complete && row.value(2).toInt() != 0;
        const QVariant moved = full ? row.value(8) : row.value(9);
        const QString folder = moved.isNull() || moved.toString().isEmpty()
                                   ? row.value(7).toString()
                                   : moved.toString();
        set.files.append({row.value(4).toString(), row.value(5).toString(),
                          joinPath(folder, row.value(6).toString())});
    }
    return sets;
}

Result<QSet<QString>> LabRestoreEngine::databasesHere() const
{
    Result<QSqlQuery> q =
        m_connector.run(m_server, Master, QStringLiteral("SELECT name FROM databases"));
    if (!q)
        return q.error();
    QSet<QString> names;
    while (q.value().next())
        names.insert(q.value().value(0).toString().toLower());
    return names;
}

Result<LabRestoreEngine::ChainEnd> LabRestoreEngine::restoreChain(const LabShippingSource& source,
                                                                  bool includeNewestLog) const
{
    Result<std::optional<qint64>> last = lastRestored(source);
    if (!last)
        return last.error();
    Result<QVector<LabBackupSet>> loaded = loadSets(last.value());
    if (!loaded)
        return loaded.error();
    const QVector<LabBackupSet>& sets = loaded.value();
    const LabSetRestore restorer(m_connector, m_server, m_utcNow.addSecs(m_utcOffsetSeconds));
    Result<QSet<QString>> here = databasesHere();
    if (!here)
        return here.error();
    QSet<QString>& present = here.value();

    std::optional<qint64> restored = last.value();
    QHash<qint64, QString> unusable;
    QString stopReason;
    int count = 0;
    while (true) {
        QVector<LabImportedSet> infos;
        for (const LabBackupSet& set : sets) {
            LabImportedSet info = set.info;
            for (const LabBackupFile& file : set.files)
                info.bringsNewDatabase |= info.full && !present.contains(file.database.toLower());
            infos.append(info);
        }
        const LabRestoreStep step = planNextRestore(infos, restored, includeNewestLog, unusable);
        if (step.kind == LabRestoreStep::Kind::Blocked)
            return DbError::queryFailed(step.reason);
        if (step.kind == LabRestoreStep::Kind::Idle) {
            stopReason = step.reason;
            break;
        }
        const LabBackupSet& set = sets.at(step.index);
        Result<std::optional<QString>> missing = restorer.missingFile(set);
        if (!missing)
            return missing.error();
        if (missing.value()) {
            unusable.insert(set.info.id, *missing.value());
            continue;
        }
        if (Status s = restorer.checkTarget(set); !s)
            return s.error();
        if (Status s = restorer.restore(source, set); !s)
            return s.error();
        for (const LabBackupFile& file : set.files)
            present.insert(file.database.toLower());
        restored = set.info.id;
        ++count;
    }
    if (count > 0)
        m_messages.append(QStringLiteral("Restored %1 backup sets; the last restored set is %2.")
                              .arg(count)
                              .arg(*restored));
    return ChainEnd{restored, stopReason};
}

Status LabRestoreEngine::restoreDatabases() const
{
    Result<LabShippingSource> source = LabDestination(m_connector, m_server).requireSource();
    if (!source)
        return source.error();
    Result<ChainEnd> end = restoreChain(source.value(), false);
    if (!end)
        return end.error();
    if (!end.value().stopReason.isEmpty())
        m_messages.append(end.value().stopReason);
    return success();
}

Result<std::optional<qint64>> LabRestoreEngine::newestCompleteLogSet() const
{
    Result<QVariant> newest = m_connector.scalar(
        m_server, Master,
        QStringLiteral("SELECT MAX(BackupSetId) FROM (SELECT BackupSetId FROM "
                       "bts_LogShippingHistory WHERE BackupType = 'lg' GROUP BY BackupSetId "
                       "HAVING MIN(SetComplete) = 1)"));
    if (!newest)
        return newest.error();
    return newest.value().isNull() ? std::optional<qint64>()
                                   : std::optional<qint64>(newest.value().toLongLong());
}

Status LabRestoreEngine::restoreToMark() const
{
    const LabDestination destination(m_connector, m_server);
    Result<LabShippingSource> source = destination.requireSource();
    if (!source)
        return source.error();
    Result<ChainEnd> end = restoreChain(source.value(), true);
    if (!end)
        return end.error();
    Result<std::optional<qint64>> newest = newestCompleteLogSet();
    if (!newest)
        return newest.error();
    if (!newest.value() || !end.value().lastRestored) {
        return DbError::queryFailed(
            QStringLiteral("No complete log backup set can be restored on this server: there is "
                           "no mark to restore to. %1")
                .arg(end.value().stopReason)
                .trimmed(),
            destination.location());
    }
    Result<QVariant> mark = m_connector.scalar(
        m_server, Master,
        QStringLiteral("SELECT MAX(MarkName) FROM bts_LogShippingHistory WHERE BackupSetId = ?"),
        {*newest.value()});
    if (!mark)
        return mark.error();
    // STOPATMARK needs the newest mark itself: the databases stay restoring when it cannot be
    // reached, as the job's RESTORE LOG would fail.
    if (*end.value().lastRestored < *newest.value()) {
        return DbError::queryFailed(
            QStringLiteral("The newest mark, %1 (backup set %2), cannot be reached from backup "
                           "set %3: %4")
                .arg(mark.value().toString(), QString::number(*newest.value()),
                     QString::number(*end.value().lastRestored), end.value().stopReason),
            destination.location());
    }
    // The files first: when one cannot be written the databases stay RESTORING, and the job can
    // be run again.
    const LabFailover failover(m_connector, m_server, m_utcNow.addSecs(m_utcOffsetSeconds));
    Result<QVector<LabFailover::Database>> restoring = failover.restoringDatabases();
    if (!restoring)
        return restoring.error();
    if (Status s =
            failover.materialise(restoring.value(), *newest.value(), mark.value().toString());
        !s)
        return s;
    Result<QSqlQuery> online = m_connector.run(
        m_server, Master,
        QStringLiteral("UPDATE databases SET state_desc = 'ONLINE' WHERE state_desc = "
                       "'RESTORING' AND name IN (SELECT DatabaseName FROM "
                       "bts_LogShippingDatabases)"));
    if (!online)
        return online.error();
    m_messages.append(QStringLiteral("Restored the databases to mark %1 (backup set %2) and "
                                     "brought %3 databases online.")
                          .arg(mark.value().toString(), QString::number(*newest.value()),
                               QString::number(online.value().numRowsAffected())));
    // The source is usually gone by now: the copies imported with the history are kept then.
    if (Status s = destination.copySourceJobs(); !s)
        m_messages.append(QStringLiteral("The source's jobs could not be read again (%1): the "
                                         "copies imported earlier are kept.")
                              .arg(s.error().summary));
    const Status jobs = failover.restoreJobs();
    m_messages += failover.messages();
    return jobs;
}

} // namespace bts
