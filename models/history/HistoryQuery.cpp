#include "HistoryQuery.h"

namespace bts {
namespace {

const QString& JobName = HistoryJobNameColumn;

} // namespace

HistoryQuery HistoryQuery::backupHistory(const QString& server, const QString& managementDatabase)
{
    HistoryQuery q;
    q.kind = HistoryKind::BackupHistory;
    q.server = server;
    q.database = managementDatabase;
    return q;
}

HistoryQuery HistoryQuery::logShippingHistory(const QString& destinationServer)
{
    HistoryQuery q;
    q.kind = HistoryKind::LogShippingHistory;
    q.server = destinationServer;
    q.database = QStringLiteral("master");
    return q;
}

HistoryQuery HistoryQuery::jobHistory(const QString& server)
{
    HistoryQuery q;
    q.kind = HistoryKind::JobHistory;
    q.server = server;
    q.database = QStringLiteral("msdb");
    return q;
}

QString HistoryQuery::table(HistoryKind kind)
{
    switch (kind) {
    case HistoryKind::BackupHistory:
        return QStringLiteral("adm_BackupHistory");
    case HistoryKind::LogShippingHistory:
        return QStringLiteral("bts_LogShippingHistory");
    case HistoryKind::JobHistory:
        break;
    }
    return QStringLiteral("sysjobhistory");
}

QStringList HistoryQuery::candidateColumns(HistoryKind kind)
{
    if (kind == HistoryKind::JobHistory)
        return {QStringLiteral("instance_id"), JobName,
                QStringLiteral("step_id"),     QStringLiteral("step_name"),
                QStringLiteral("run_status"),  QStringLiteral("run_date"),
                QStringLiteral("run_time"),    QStringLiteral("run_duration"),
                QStringLiteral("message"),     QStringLiteral("server")};
    QStringList columns = {QStringLiteral("BackupId"),     QStringLiteral("BackupSetId"),
                           QStringLiteral("DatabaseName"), QStringLiteral("ServerName"),
                           QStringLiteral("BackupType"),   QStringLiteral("BackupDateTime"),
                           QStringLiteral("MarkName"),     QStringLiteral("SetComplete")};
    if (kind == HistoryKind::LogShippingHistory)
        columns << QStringLiteral("Restored") << QStringLiteral("RestoredDateTime");
    columns << QStringLiteral("BackupFileName") << QStringLiteral("BackupFileLocation");
    return columns;
}

void HistoryQuery::setDiscoveredColumns(const QStringList& existing)
{
    columns.clear();
    for (const QString& candidate : candidateColumns(kind)) {
        // The job's name comes from sysjobs, whose name column msdb always has.
        if ((kind == HistoryKind::JobHistory && candidate == JobName) ||
            existing.contains(candidate, Qt::CaseInsensitive))
            columns.append(candidate);
    }
}

bool HistoryQuery::has(const QString& column) const
{
    return columns.contains(column);
}

QStringList HistoryQuery::tiebreakers() const
{
    if (kind == HistoryKind::JobHistory)
        return {QStringLiteral("instance_id")};
    // BackupId is the identity of adm_BackupHistory; the destination copies it (the lab's table
    // and sp_GetBackupHistory's result set have it, BizTalk's own table is undocumented).
    if (has(QStringLiteral("BackupId")))
        return {QStringLiteral("BackupId")};
    QStringList keys;
    for (const char* column : {"BackupSetId", "DatabaseName", "ServerName", "BackupType"}) {
        if (has(QString::fromLatin1(column)))
            keys.append(QString::fromLatin1(column));
    }
    return keys;
}

bool HistoryQuery::canSortBy(const QString& column) const
{
    return !column.isEmpty() && has(column);
}

} // namespace bts
