#include "LabBackupProcedures.h"

#include "LabBackupFiles.h"
#include "LabFaults.h"
#include "group/BackupJob.h"
#include "group/BackupNaming.h"
#include "sql/SqlValues.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace bts {
namespace {

const QString Master = QStringLiteral("master");

// datepart(week, ...) with SQL Server's default DATEFIRST 7: weeks start on Sunday and week 1
// holds January 1st.
int sqlServerWeek(const QDate& date)
{
    const int jan1Weekday = QDate(date.year(), 1, 1).dayOfWeek() % 7; // Sunday = 0
    return (date.dayOfYear() + jan1Weekday - 1) / 7 + 1;
}

bool samePeriod(QChar frequency, const QDateTime& a, const QDateTime& b)
{
    const QDate da = a.date();
    const QDate db = b.date();
    switch (frequency.toLatin1()) {
    case 'h':
        return da == db && a.time().hour() == b.time().hour();
    case 'd':
        return da == db;
    case 'w':
        return da.year() == db.year() && da.month() == db.month() &&
               sqlServerWeek(da) == sqlServerWeek(db);
    case 'm':
        return da.year() == db.year() && da.month() == db.month();
    case 'y':
        return da.year() == db.year();
    default:
        return false;
    }
}

QString joinPath(const QString& folder, const QString& file)
{
    if (folder.endsWith(QLatin1Char('/')) || folder.endsWith(QLatin1Char('\\')))
        return folder + file;
    return folder + QLatin1Char('/') + file;
}

} // namespace

LabBackupProcedures::LabBackupProcedures(const LabConnector& connector, QString server,
                                         QString database, QDateTime utcNow, int utcOffsetSeconds)
    : m_connector(connector)
    , m_server(std::move(server))
    , m_database(std::move(database))
    , m_utcNow(std::move(utcNow))
    , m_utcOffsetSeconds(utcOffsetSeconds)
{}

QDateTime LabBackupProcedures::now(bool useLocalTime) const
{
    return useLocalTime ? m_utcNow.addSecs(m_utcOffsetSeconds) : m_utcNow;
}

Status LabBackupProcedures::requireManagementDatabase(const QString& procedure) const
{
    Result<QVariant> count = m_connector.scalar(
        m_server, m_database,
        QStringLiteral("SELECT COUNT(*) FROM dbo.sqlite_master WHERE type = 'table' AND "
                       "name = 'adm_BackupHistory'"));
    if (!count)
        return count.error();
    if (count.value().toInt() > 0)
        return success();
    return DbError::queryFailed(
        QStringLiteral("Could not find stored procedure '%1'.").arg(procedure),
        m_server + QLatin1Char('/') + m_database);
}

Status LabBackupProcedures::setBackupCompression(bool compression) const
{
    Result<QSqlQuery> r = m_connector.run(
        m_server, m_database, QStringLiteral("UPDATE adm_BackupSettings SET UseCompression = ?"),
        {compression ? 1 : 0});
    return r ? success() : Status(r.error());
}

Status LabBackupProcedures::forceFullBackup() const
{
    Result<QSqlQuery> r = m_connector.run(
        m_server, m_database, QStringLiteral("UPDATE adm_BackupSettings SET ForceFull = 1"));
    return r ? success() : Status(r.error());
}

Status LabBackupProcedures::backupAllFullSchedule(QChar frequency, const QString& markName,
                                                  const QString& backupPath,
                                                  bool forceFullAfterPartialSet,
                                                  std::optional<int> backupHour,
                                                  bool useLocalTime) const
{
    const QChar f = frequency.toLower();
    if (!QStringLiteral("hdwmy").contains(f))
        return DbError::queryFailed(QStringLiteral("Unknown value for the parameter @Frequency"));
    const QDateTime timestamp = now(useLocalTime);
    Result<bool> due = fullBackupDue(f, backupHour, forceFullAfterPartialSet, timestamp);
    if (!due)
        return due.error();
    if (!due.value())
        return success();

    Result<QVariant> forced = m_connector.scalar(
        m_server, m_database, QStringLiteral("SELECT ForceFull FROM adm_BackupSettings"));
    if (!forced)
        return forced.error();
    if (Status s = backupAllFull(markName, backupPath, timestamp); !s)
        return s;
    if (forced.value().toInt() != 0) {
        Result<QSqlQuery> reset = m_connector.run(
            m_server, m_database, QStringLiteral("UPDATE adm_BackupSettings SET ForceFull = 0"));
        if (!reset)
            return reset.error();
    }
    return success();
}

Result<bool> LabBackupProcedures::fullBackupDue(QChar frequency, std::optional<int> backupHour,
                                                bool forceFullAfterPartialSet,
                                                const QDateTime& now) const
{
    const QString& s = m_server;
    const QString& mgmt = m_database;
    Result<QVariant> forced =
        m_connector.scalar(s, mgmt, QStringLiteral("SELECT ForceFull FROM adm_BackupSettings"));
    if (!forced)
        return forced.error();
    if (forced.value().toInt() != 0) {
        m_messages.append(
            QStringLiteral("A full backup was forced (adm_BackupSettings.ForceFull = 1)."));
        return true;
    }
    if (forceFullAfterPartialSet) {
        Result<QVariant> partial = m_connector.scalar(
            s, mgmt,
            QStringLiteral("SELECT MAX(BackupSetId) FROM adm_BackupHistory WHERE SetComplete = 0"));
        if (!partial)
            return partial.error();
        if (!partial.value().isNull()) {
            Result<QVariant> laterFull = m_connector.scalar(
                s, mgmt,
                QStringLiteral("SELECT COUNT(*) FROM adm_BackupHistory WHERE BackupType = 'db' "
                               "AND SetComplete = 1 AND BackupSetId > ?"),
                {partial.value()});
            if (!laterFull)
                return laterFull.error();
            if (laterFull.value().toInt() == 0) {
                m_messages.append(QStringLiteral("Partial set %1 has no later full set: taking a "
                                                 "full backup.")
                                      .arg(partial.value().toLongLong()));
                return true;
            }
        }
    }
    Result<QVariant> lastFull = m_connector.scalar(
        s, mgmt,
        QStringLiteral(
            "SELECT MAX(BackupDateTime) FROM adm_BackupHistory WHERE BackupType = 'db'"));
    if (!lastFull)
        return lastFull.error();
    const auto last = sqlDateTime(lastFull.value());
    if (!last)
        return true;
    if (samePeriod(frequency, *last, now))
        return false;
    if (frequency != QLatin1Char('h') && backupHour) {
        const int hour = (*backupHour < 0 || *backupHour > 23) ? 0 : *backupHour;
        // @BackupHour is compared with the server's local hour, whatever @UseLocalTime says.
        if (m_utcNow.addSecs(m_utcOffsetSeconds).time().hour() != hour)
            return false;
    }
    return true;
}

Result<qint64> LabBackupProcedures::nextBackupSetId() const
{
    const QString& s = m_server;
    const QString& mgmt = m_database;
    Result<QVariant> next =
        m_connector.scalar(s, mgmt, QStringLiteral("SELECT NextBackupSetId FROM adm_BackupSetId"));
    if (!next)
        return next.error();
    if (next.value().isNull())
        return DbError::queryFailed(QStringLiteral("Failed running sp_GetNextBackupSetId"));
    const qint64 id = next.value().toLongLong();
    Result<QSqlQuery> bump = m_connector.run(
        s, mgmt, QStringLiteral("UPDATE adm_BackupSetId SET NextBackupSetId = ?"), {id + 1});
    if (!bump)
        return bump.error();
    return id;
}

Result<QVector<LabBackupProcedures::BackupTarget>> LabBackupProcedures::backupTargets() const
{
    Result<QSqlQuery> rows = m_connector.run(
        m_server, m_database,
        QStringLiteral("SELECT ServerName, DatabaseName FROM admv_BackupDatabases"));
    if (!rows)
        return rows.error();
    QVector<BackupTarget> targets;
    while (rows.value().next())
        targets.append({rows.value().value(0).toString(), rows.value().value(1).toString()});
    return targets;
}

DbError LabBackupProcedures::lostServer(const QString& server) const
{
    // The simulator still reaches a lost server's files; the job's server would not.
    return DbError::queryFailed(
        QStringLiteral("Named Pipes Provider: Could not open a connection to SQL Server [53]. "
                       "Server %1 is not reachable.")
            .arg(server));
}

Result<bool> LabBackupProcedures::hasLogChain(const BackupTarget& target) const
{
    const QString fullOf = QStringLiteral("SELECT COUNT(*) FROM adm_BackupHistory WHERE "
                                          "BackupType = 'db' AND ServerName = ? COLLATE NOCASE "
                                          "AND DatabaseName = ? COLLATE NOCASE");
    Result<QVariant> fulls =
        m_connector.scalar(m_server, m_database, fullOf, {target.server, target.database});
    if (!fulls)
        return fulls.error();
    if (fulls.value().toInt() > 0)
        return true;
    // A database restored by log shipping continues the log chain of the backups it was
    // restored from, which this history lists under the source server's name.
    Result<QVariant> shipped = m_connector.scalar(
        target.server, Master,
        QStringLiteral("SELECT COUNT(*) FROM dbo.sqlite_master WHERE type = 'table' AND name = "
                       "'bts_LogShippingDatabases'"));
    if (!shipped)
        return shipped.error();
    if (shipped.value().toInt() == 0)
        return false;
    Result<QVariant> source = m_connector.scalar(
        target.server, Master,
        QStringLiteral("SELECT d.SourceServerName FROM bts_LogShippingDatabases d JOIN databases "
                       "c ON c.name = d.DatabaseName COLLATE NOCASE WHERE d.DatabaseName = ? "
                       "COLLATE NOCASE AND c.state_desc = 'ONLINE'"),
        {target.database});
    if (!source)
        return source.error();
    if (source.value().isNull())
        return false;
    fulls = m_connector.scalar(m_server, m_database, fullOf, {source.value(), target.database});
    if (!fulls)
        return fulls.error();
    return fulls.value().toInt() > 0;
}

Status LabBackupProcedures::backupDatabase(const BackupTarget& target, Kind kind,
                                           const QString& fullMark, const QString& backupPath,
                                           QString& fileName) const
{
    const QString statement =
        kind == Kind::Full ? QStringLiteral("BACKUP DATABASE") : QStringLiteral("BACKUP LOG");
    Result<bool> fault =
        LabFaults(m_connector).isSet(LabFault::BackupFails, target.server, target.database);
    if (!fault)
        return fault.error();
    if (fault.value())
        return DbError::queryFailed(QStringLiteral("%1 is terminating abnormally.").arg(statement));
    if (m_connector.isLost(target.server))
        return lostServer(target.server);

    Result<QSqlQuery> catalogue =
        m_connector.run(target.server, Master,
                        QStringLiteral("SELECT recovery_model_desc FROM databases WHERE name = ?"),
                        {target.database});
    if (!catalogue)
        return catalogue.error();
    if (!catalogue.value().next()) {
        return DbError::queryFailed(
            QStringLiteral("Database '%1' does not exist. Make sure that the name "
                           "is entered correctly.")
                .arg(target.database));
    }
    const QString recoveryModel = catalogue.value().value(0).toString();
    if (kind == Kind::Log) {
        if (recoveryModel.compare(QLatin1String("SIMPLE"), Qt::CaseInsensitive) == 0) {
            return DbError::queryFailed(QStringLiteral(
                "The statement BACKUP LOG is not allowed while the recovery model is SIMPLE. Use "
                "BACKUP DATABASE or change the recovery model using ALTER DATABASE."));
        }
        Result<bool> chain = hasLogChain(target);
        if (!chain)
            return chain.error();
        if (!chain.value()) {
            return DbError::queryFailed(
                QStringLiteral("BACKUP LOG cannot be performed because there is "
                               "no current database backup."));
        }
    }

    fileName = backupFileName(target.server, target.database,
                              kind == Kind::Full ? BackupKind::Full : BackupKind::Log, fullMark);
    const QString path = joinPath(backupPath, fileName);
    if (backupPath == DestinationPathPlaceholder || !QFileInfo(backupPath).isDir()) {
        return DbError::queryFailed(
            QStringLiteral("Cannot open backup device '%1'. Operating system "
                           "error 3(The system cannot find the path specified.).")
                .arg(path));
    }
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return DbError::queryFailed(
            QStringLiteral("Cannot open backup device '%1'. Operating system "
                           "error 5(Access is denied.).")
                .arg(path));
    }
    file.write(QStringLiteral("BizTalk Log Shipping Console lab backup\nServer: %1\nDatabase: %2\n"
                              "Type: %3\nMark: %4\n")
                   .arg(target.server, target.database, statement, fullMark)
                   .toUtf8());
    file.close();
    // The destinations' file checks read the lab's record of the disk.
    return LabBackupFiles(m_connector).written(path);
}

Status LabBackupProcedures::backupAllFull(const QString& markName, const QString& backupPath,
                                          const QDateTime& timestamp) const
{
    return backupSet(Kind::Full, markName, backupPath, timestamp);
}

Status LabBackupProcedures::markAll(const QString& markName, const QString& backupPath,
                                    bool useLocalTime) const
{
    return backupSet(Kind::Log, markName, backupPath, now(useLocalTime));
}

Status LabBackupProcedures::backupSet(Kind kind, const QString& markName, const QString& backupPath,
                                      const QDateTime& timestamp) const
{
    Result<qint64> setId = nextBackupSetId();
    if (!setId)
        return DbError::queryFailed(QStringLiteral("Failed running sp_GetNextBackupSetId"));
    Result<QVector<BackupTarget>> targets = backupTargets();
    if (!targets)
        return targets.error();
    const QString fullMark = fullMarkName(markName, timestamp);

    if (kind == Kind::Log) {
        // sp_MarkBTSLogs: one marked transaction across every database, kept in each MarkLog.
        for (const BackupTarget& target : std::as_const(targets.value())) {
            if (m_connector.isLost(target.server))
                return DbError::queryFailed(
                    QStringLiteral("sp_MarkAll failed running sp_MarkBTSLogs"));
            Result<QSqlQuery> mark = m_connector.run(
                target.server, target.database,
                QStringLiteral("INSERT INTO MarkLog (MarkName) VALUES (?)"), {fullMark});
            if (!mark)
                return DbError::queryFailed(
                    QStringLiteral("sp_MarkAll failed running sp_MarkBTSLogs"));
        }
    }

    // Each database's row is written as soon as its backup is taken, with no transaction around
    // them, so that a partial set stays visible; full rows carry no MarkName.
    const QString what =
        kind == Kind::Full ? QStringLiteral("backup") : QStringLiteral("log backup");
    const QVariant rowMark = kind == Kind::Full ? QVariant() : QVariant(fullMark);
    const QString type = kind == Kind::Full ? QStringLiteral("db") : QStringLiteral("lg");
    QStringList failures;
    for (const BackupTarget& target : std::as_const(targets.value())) {
        QString fileName;
        if (Status s = backupDatabase(target, kind, fullMark, backupPath, fileName); !s) {
            failures.append(QStringLiteral("%1 Failed running the %2 on %3.%4")
                                .arg(s.error().summary, what, target.server, target.database));
            continue;
        }
        Result<QSqlQuery> insert = m_connector.run(
            m_server, m_database,
            QStringLiteral("INSERT INTO adm_BackupHistory (BackupSetId, MarkName, DatabaseName, "
                           "BackupFileName, BackupFileLocation, BackupType, BackupDateTime, "
                           "SetComplete, ServerName) VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?)"),
            {setId.value(), rowMark, target.database, fileName, backupPath, type,
             labDateTimeText(timestamp), target.server});
        if (!insert)
            return DbError::queryFailed(QStringLiteral("Failed inserting into adm_BackupHistory"));
    }
    if (!failures.isEmpty())
        return DbError::queryFailed(failures.join(QLatin1Char(' ')));
    Result<QSqlQuery> complete = m_connector.run(
        m_server, m_database,
        QStringLiteral("UPDATE adm_BackupHistory SET SetComplete = 1 WHERE BackupSetId = ?"),
        {setId.value()});
    return complete ? success() : Status(complete.error());
}

Status LabBackupProcedures::deleteBackupHistory(std::optional<int> daysToKeep,
                                                bool useLocalTime) const
{
    if (!daysToKeep || *daysToKeep <= 0)
        return success();
    const QString& s = m_server;
    const QString& mgmt = m_database;
    const QString purge = labDateTimeText(now(useLocalTime).addDays(-*daysToKeep));

    // Full sets wholly older than the purge date, when a later full set exists.
    Result<QSqlQuery> fulls = m_connector.run(
        s, mgmt,
        QStringLiteral("DELETE FROM adm_BackupHistory WHERE BackupType = 'db' AND BackupSetId IN ("
                       " SELECT h.BackupSetId FROM adm_BackupHistory h WHERE h.BackupType = 'db'"
                       " GROUP BY h.BackupSetId HAVING MAX(h.BackupDateTime) < ?"
                       " AND EXISTS (SELECT 1 FROM adm_BackupHistory l WHERE l.BackupType = 'db'"
                       " AND l.BackupSetId > h.BackupSetId))"),
        {purge});
    if (!fulls)
        return fulls.error();

    // Log rows up to the newest mark older than the purge date that has a later log set, and
    // the same marks in every database's MarkLog.
    Result<QVariant> mark = m_connector.scalar(
        s, mgmt,
        QStringLiteral("SELECT MAX(h.MarkName) FROM adm_BackupHistory h WHERE h.BackupType = 'lg'"
                       " AND h.BackupDateTime < ? AND EXISTS (SELECT 1 FROM adm_BackupHistory l"
                       " WHERE l.BackupType = 'lg' AND l.BackupSetId > h.BackupSetId)"),
        {purge});
    if (!mark)
        return mark.error();
    if (mark.value().isNull())
        return success();
    Result<QVector<BackupTarget>> targets = backupTargets();
    if (!targets)
        return targets.error();
    for (const BackupTarget& target : std::as_const(targets.value())) {
        Result<QSqlQuery> clean = m_connector.run(
            target.server, target.database,
            QStringLiteral("DELETE FROM MarkLog WHERE MarkName <= ?"), {mark.value()});
        if (!clean)
            return clean.error();
    }
    Result<QSqlQuery> logs = m_connector.run(
        s, mgmt,
        QStringLiteral("DELETE FROM adm_BackupHistory WHERE BackupType = 'lg' AND MarkName <= ?"),
        {mark.value()});
    return logs ? success() : Status(logs.error());
}

} // namespace bts
