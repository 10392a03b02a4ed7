// readShippingFacts on one destination: its imported and restored sets, gap, partial sets, lag
// history and missing files, all read from master.bts_LogShippingHistory with aggregates (the
// table grows without bound, facts §4) after checking that the undocumented columns each
// statement needs exist on this BizTalk build (facts §2.4).

#include "ShippingReaderInternal.h"
#include "restore/RestorePreflight.h"
#include "sql/SqlValues.h"

#include <QSet>

namespace bts::shippingreader {
namespace {

const QString Master = QStringLiteral("master");
const QString HistoryTable = QStringLiteral("bts_LogShippingHistory");
const QString DatabasesTable = QStringLiteral("bts_LogShippingDatabases");
const QString LogType = QStringLiteral("lg");
const QString FullType = QStringLiteral("db");
// How many set ids after the last restored set have their files checked: a day of 15-minute
// log sets. Files further on are not wanted yet, and each check is one round trip.
constexpr qint64 FileCheckWindowSets = 96;

// The columns every history statement of this file reads. Restored, RestoredDateTime and
// SetComplete are documented; the others are derived from sp_GetBackupHistory (facts §2.4).
const QStringList HistoryColumns = {QStringLiteral("BackupSetId"),     QStringLiteral("BackupType"),
                                    QStringLiteral("BackupDateTime"),  QStringLiteral("MarkName"),
                                    QStringLiteral("SetComplete"),     QStringLiteral("Restored"),
                                    QStringLiteral("RestoredDateTime")};
// And those the file check reads besides.
const QStringList FileColumns = {QStringLiteral("ServerName"), QStringLiteral("DatabaseName"),
                                 QStringLiteral("BackupFileLocation"),
                                 QStringLiteral("BackupFileName")};

QString missingColumn(const DestinationState& state, const QStringList& columns)
{
    for (const QString& column : columns) {
        if (!state.hasColumn(HistoryTable, column))
            return column;
    }
    return QString();
}

DbError historyError(const DestinationState& state, const QString& summary)
{
    DbError error;
    error.kind = DbError::Kind::ObjectMissing;
    error.summary = summary;
    error.location = state.server + QStringLiteral("/master");
    return error;
}

// A value of a bts_LogShippingDatabases row (SELECT *), its column found without regard to case.
QString rowText(const QVariantMap& row, const QString& column)
{
    for (auto it = row.constBegin(); it != row.constEnd(); ++it) {
        if (it.key().compare(column, Qt::CaseInsensitive) == 0)
            return it.value().isNull() ? QString() : it.value().toString().trimmed();
    }
    return QString();
}

// Where the destination reads one database's backups of one kind: DBFileLocation (full) or
// LogFileLocation (log) of its bts_LogShippingDatabases row when set (facts §2.5), else the
// folder the backup job wrote to. The row is found by DatabaseName, and by SourceServerName (a
// column of the lab's tables; BizTalk's are undocumented) when several rows share the name.
QString folderFor(const DestinationState& state, const QString& server, const QString& database,
                  bool full, const QString& written)
{
    if (!state.hasColumn(DatabasesTable, QStringLiteral("DatabaseName")))
        return written;
    const QString column =
        full ? QStringLiteral("DBFileLocation") : QStringLiteral("LogFileLocation");
    const QVariantMap* byName = nullptr;
    const QVariantMap* byServer = nullptr;
    int named = 0;
    for (const QVariantMap& row : state.databases) {
        if (rowText(row, QStringLiteral("DatabaseName")).compare(database, Qt::CaseInsensitive) !=
            0)
            continue;
        ++named;
        byName = &row;
        if (rowText(row, QStringLiteral("SourceServerName")).compare(server, Qt::CaseInsensitive) ==
            0)
            byServer = &row;
    }
    const QVariantMap* match = byServer ? byServer : (named == 1 ? byName : nullptr);
    if (!match)
        return written;
    const QString moved = rowText(*match, column);
    return moved.isEmpty() ? written : moved;
}

// The folder and the file joined as SQL Server would read them: BackupFileLocation + '\' +
// BackupFileName (facts §1.6), no separator added when the folder ends with one, and '/' for a
// folder written with forward slashes (SQL Server on Linux, or a URL).
QString joinBackupPath(const QString& folder, const QString& file)
{
    if (folder.endsWith(QLatin1Char('\\')) || folder.endsWith(QLatin1Char('/')))
        return folder + file;
    const bool slashes = folder.contains(QLatin1Char('/')) && !folder.contains(QLatin1Char('\\'));
    return folder + (slashes ? QLatin1Char('/') : QLatin1Char('\\')) + file;
}

bool isUrl(const QString& path)
{
    // Backups to Azure Blob (facts §1.13): no file system to ask.
    return path.startsWith(QLatin1String("http"), Qt::CaseInsensitive);
}

class DestinationRead {
public:
    DestinationRead(const DestinationContext& context, const DestinationState& state,
                    DestinationHistory& history)
        : m_context(context)
        , m_state(state)
        , m_history(history)
    {}

    Status read()
    {
        Result<ServerClock> clock = readServerClock(m_context.run, m_state.server);
        if (!clock)
            return clock.error();
        m_clock = clock.value();
        // RestoredDateTime is written with the destination's local clock (as the lab's restore
        // engine does; UNCONFIRMED for BizTalk's): into UTC, then into the source's local time
        // when the history is kept in local time (facts §1.8).
        const GroupSnapshot& snapshot = m_context.facts.snapshot;
        m_shiftSeconds = -m_clock.utcOffsetSeconds +
                         (snapshot.historyTimesAreLocal ? snapshot.serverUtcOffsetSeconds : 0);
        m_last = lastRestoredSet(m_state);
        if (Status s = readSummaries(); !s)
            return s;
        if (Status s = readGap(); !s)
            return s;
        if (Status s = readPartialSets(); !s)
            return s;
        if (Status s = readLagHistory(); !s)
            return s;
        readMissingFiles();
        return success();
    }

private:
    QDateTime toHistoryFrame(const QDateTime& destinationTime) const
    {
        return destinationTime.isValid() ? destinationTime.addSecs(m_shiftSeconds) : QDateTime();
    }

    Result<QSqlQuery> query(const QString& statement, const QVariantList& values = {}) const
    {
        return m_context.run.query(m_state.server, Master, statement, values);
    }

    Status readSummaries()
    {
        const qint64 newest = m_state.newestImportedSetId;
        if (newest < 0 && m_last < 0)
            return success();
        Result<QSqlQuery> q = query(QStringLiteral("logshipping_set_summaries"), {newest, m_last});
        if (!q)
            return q.error();
        while (q.value().next()) {
            const SetSummary set = setSummary(q.value(), false);
            if (set.setId == newest)
                m_history.newestImported = set;
            if (set.setId == m_last) {
                m_history.lastRestored = set;
                if (const auto at =
                        sqlDateTime(q.value().value(QStringLiteral("RestoredDateTime"))))
                    m_history.lastRestoredAt = toHistoryFrame(*at);
            }
        }
        // A last restored set whose history rows were deleted is still the last restored set.
        if (m_last >= 0 && !m_history.lastRestored) {
            SetSummary set;
            set.setId = m_last;
            m_history.lastRestored = set;
        }
        return success();
    }

    Status readGap()
    {
        if (m_last < 0)
            return success();
        Result<QSqlQuery> q =
            query(QStringLiteral("logshipping_gap"), {LogType, m_last, FullType, m_last});
        if (!q)
            return q.error();
        if (q.value().next()) {
            const int sets = q.value().value(QStringLiteral("Sets")).toInt();
            if (sets > 0) {
                SetGap gap;
                gap.firstSetId = q.value().value(QStringLiteral("FirstSetId")).toLongLong();
                gap.lastSetId = q.value().value(QStringLiteral("LastSetId")).toLongLong();
                gap.sets = sets;
                m_history.unrepairedGap = gap;
            }
        }
        return success();
    }

    Status readPartialSets()
    {
        Result<QSqlQuery> q = query(QStringLiteral("logshipping_partial_sets_after"), {m_last});
        if (!q)
            return q.error();
        while (q.value().next())
            m_history.partialSets.append(setSummary(q.value(), false));
        return success();
    }

    Status readLagHistory()
    {
        // The window is on the destination's clock, which RestoredDateTime is written with.
        const QDateTime since = m_clock.utcNow.addSecs(m_clock.utcOffsetSeconds)
                                    .addSecs(-qint64(m_context.lagHistoryHours) * 3600);
        const QVariant sinceValue = dateTimeParameter(m_context.dialect, since);
        Result<QSqlQuery> q =
            query(QStringLiteral("logshipping_lag_history"), {sinceValue, sinceValue});
        if (!q)
            return q.error();
        while (q.value().next()) {
            LagPoint point;
            point.setId = q.value().value(QStringLiteral("BackupSetId")).toLongLong();
            point.backupTime = sqlDateTime(q.value().value(QStringLiteral("BackupDateTime")))
                                   .value_or(QDateTime());
            point.restoredAt =
                toHistoryFrame(sqlDateTime(q.value().value(QStringLiteral("RestoredDateTime")))
                                   .value_or(QDateTime()));
            if (point.backupTime.isValid() && point.restoredAt.isValid())
                point.minutesBehind = point.backupTime.secsTo(point.restoredAt) / 60.0;
            m_history.lagHistory.append(point);
        }
        return success();
    }

    // The first set whose files the destination still wants: after the last restored set, or
    // from the newest complete full set it imported when it restored nothing yet.
    std::optional<qint64> firstWantedSet() const
    {
        if (m_last >= 0)
            return m_last + 1;
        Result<QSqlQuery> q = query(QStringLiteral("logshipping_newest_complete_set"), {FullType});
        if (!q || !q.value().next() || q.value().value(0).isNull())
            return std::nullopt;
        return q.value().value(0).toLongLong();
    }

    // Files are checked with sys.dm_os_file_exists, which only SQL Server 2017 and later have:
    // any failure leaves filesChecked false, without an error.
    void readMissingFiles()
    {
        if (!missingColumn(m_state, FileColumns).isEmpty())
            return;
        const std::optional<qint64> first = firstWantedSet();
        if (!first) {
            m_history.filesChecked = true; // nothing imported the destination could start from
            return;
        }
        Result<QSqlQuery> q = query(QStringLiteral("logshipping_unrestored_files"),
                                    {*first - 1, *first - 1 + FileCheckWindowSets});
        if (!q)
            return;
        QStringList paths;
        QSet<QString> seen;
        while (q.value().next()) {
            const QSqlQuery& row = q.value();
            const bool full =
                row.value(QStringLiteral("BackupType")).toString().trimmed() == QLatin1String("db");
            const QString folder =
                folderFor(m_state, row.value(QStringLiteral("ServerName")).toString().trimmed(),
                          row.value(QStringLiteral("DatabaseName")).toString().trimmed(), full,
                          row.value(QStringLiteral("BackupFileLocation")).toString());
            const QString path =
                joinBackupPath(folder, row.value(QStringLiteral("BackupFileName")).toString());
            if (isUrl(path) || seen.contains(path.toLower()))
                continue;
            seen.insert(path.toLower());
            paths.append(path);
        }
        QStringList missing;
        for (const QString& path : std::as_const(paths)) {
            Result<QSqlQuery> exists = query(QStringLiteral("file_exists"), {path});
            if (!exists)
                return;
            if (!exists.value().next() || exists.value().value(0).toInt() == 0)
                missing.append(path);
        }
        m_history.missingFiles = missing;
        m_history.filesChecked = true;
    }

    const DestinationContext& m_context;
    const DestinationState& m_state;
    DestinationHistory& m_history;
    ServerClock m_clock;
    qint64 m_shiftSeconds = 0;
    qint64 m_last = -1;
};

} // namespace

DestinationHistory readDestinationHistory(const DestinationContext& context,
                                          const DestinationState& state)
{
    DestinationHistory history;
    history.server = state.server;
    if (!state.reachable) {
        history.error = state.error;
        return history;
    }
    if (!state.isConfigured() || !state.tables.contains(HistoryTable, Qt::CaseInsensitive)) {
        history.error = historyError(
            state, QStringLiteral("Log shipping is not configured on %1: master has no "
                                  "bts_LogShipping tables")
                       .arg(state.server));
        return history;
    }
    if (const QString column = missingColumn(state, HistoryColumns); !column.isEmpty()) {
        history.error = historyError(
            state, QStringLiteral("bts_LogShippingHistory has no column %1 on this BizTalk build")
                       .arg(column));
        return history;
    }
    DestinationRead reader(context, state, history);
    if (Status s = reader.read(); !s) {
        // Keep nothing half read: the status engine trusts read = true facts in full.
        DestinationHistory failed;
        failed.server = state.server;
        failed.error = s.error();
        return failed;
    }
    history.read = true;
    return history;
}

} // namespace bts::shippingreader
