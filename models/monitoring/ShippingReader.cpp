#include "ShippingReader.h"

#include "ShippingReaderInternal.h"
#include "destination/DestinationReader.h"
#include "group/GroupBackend.h"
#include "sql/SqlValues.h"

#include <QSqlRecord>

namespace bts {
namespace shippingreader {

SetSummary setSummary(const QSqlQuery& row, bool complete)
{
    SetSummary set;
    set.setId = row.value(QStringLiteral("BackupSetId")).toLongLong();
    // BackupType is char(2): 'db' full, 'lg' log (facts §1.6).
    set.full = row.value(QStringLiteral("BackupType")).toString().trimmed() == QLatin1String("db");
    // Only some statements read SetComplete; the others are about sets their WHERE clause
    // already knows to be complete or partial.
    const int completeColumn = row.record().indexOf(QStringLiteral("SetComplete"));
    set.complete = completeColumn >= 0 && !row.isNull(completeColumn)
                       ? row.value(completeColumn).toInt() != 0
                       : complete;
    set.backupTime = sqlDateTime(row.value(QStringLiteral("BackupDateTime"))).value_or(QDateTime());
    set.markName = row.value(QStringLiteral("MarkName")).toString().trimmed();
    return set;
}

QVariant dateTimeParameter(SqlDialect dialect, const QDateTime& value)
{
    return dialect == SqlDialect::Lab ? QVariant(labDateTimeText(value)) : QVariant(value);
}

Result<ServerClock> readServerClock(const SqlRunner& run, const QString& server)
{
    Result<QSqlQuery> q =
        run.query(server, QStringLiteral("master"), QStringLiteral("server_clock"));
    if (!q)
        return q.error();
    ServerClock clock;
    if (q.value().next()) {
        clock.utcNow = sqlDateTime(q.value().value(QStringLiteral("UtcNow"))).value_or(QDateTime());
        clock.utcOffsetSeconds = q.value().value(QStringLiteral("UtcOffsetSeconds")).toInt();
    }
    return clock;
}

} // namespace shippingreader

namespace {

using namespace shippingreader;

const QString LogType = QStringLiteral("lg");
const QString FullType = QStringLiteral("db");

// The source's newest complete sets and its partial sets since the newest complete full set.
// A failure here leaves those facts empty and says why in the snapshot's warnings: the
// snapshot itself was read, so the source is reachable.
void readSourceSets(const SqlRunner& run, ShippingFacts& facts)
{
    GroupSnapshot& snapshot = facts.snapshot;
    const QString& server = snapshot.managementServer;
    const QString& database = snapshot.managementDatabase;
    if (Result<QSqlQuery> q =
            run.query(server, database, QStringLiteral("newest_complete_set_summaries"),
                      {FullType, LogType})) {
        while (q.value().next()) {
            const SetSummary set = setSummary(q.value(), true);
            (set.full ? facts.newestCompleteFull : facts.newestCompleteLog) = set;
        }
    } else {
        snapshot.warnings.append(q.error());
    }
    const qint64 after = facts.newestCompleteFull ? facts.newestCompleteFull->setId : -1;
    if (Result<QSqlQuery> q =
            run.query(server, database, QStringLiteral("partial_set_summaries_after"), {after})) {
        while (q.value().next())
            facts.sourcePartialSets.append(setSummary(q.value(), false));
    } else {
        snapshot.warnings.append(q.error());
    }
}

// How many complete log sets the source took after each destination's last restored set.
void readSetsBehind(const SqlRunner& run, ShippingFacts& facts)
{
    for (DestinationHistory& history : facts.destinations) {
        if (!history.read)
            continue;
        const qint64 last = history.lastRestored ? history.lastRestored->setId : -1;
        Result<QSqlQuery> q =
            run.query(facts.snapshot.managementServer, facts.snapshot.managementDatabase,
                      QStringLiteral("complete_log_sets_after"), {LogType, last});
        if (!q) {
            facts.snapshot.warnings.append(q.error());
            return; // the same statement on the same server: it would fail again
        }
        if (q.value().next())
            history.completeLogSetsBehind = q.value().value(0).toInt();
    }
}

// With the source lost, "now" comes from the first destination that answers. The history frame
// is then unknown: UTC, BizTalk's default (facts §1.8).
QDateTime destinationNow(const SqlRunner& run, const ShippingFacts& facts)
{
    for (const DestinationState& state : facts.snapshot.destinations) {
        if (!state.reachable)
            continue;
        if (Result<ServerClock> clock = readServerClock(run, state.server))
            return clock.value().utcNow;
    }
    return QDateTime();
}

} // namespace

Result<ShippingFacts> readShippingFacts(const GroupBackend& backend, int lagHistoryHours)
{
    ShippingFacts facts;
    Result<GroupSnapshot> read = backend.readSnapshot();
    if (read) {
        facts.snapshot = std::move(read).value();
    } else if (read.error().kind == DbError::Kind::ConnectionFailed ||
               read.error().kind == DbError::Kind::Timeout) {
        // readSnapshot fails only on the management database itself: the source is lost, and
        // the destinations are read alone (as readPreflight does).
        facts.sourceReachable = false;
        facts.sourceError = read.error();
        facts.snapshot.managementServer = backend.managementServer();
        facts.snapshot.managementDatabase = backend.managementDatabase();
        facts.snapshot.warnings.append(read.error());
        facts.snapshot.destinations =
            readDestinations(backend.connector(), backend.destinationServers());
    } else {
        return read.error();
    }

    const SqlRunner run(backend.connector());
    if (facts.sourceReachable) {
        readSourceSets(run, facts);
        facts.historyNow = facts.snapshot.historyNow();
    }
    const DestinationContext context{run, backend.connector().dialect(), facts,
                                     qMax(0, lagHistoryHours)};
    QVector<DestinationHistory> histories;
    for (const DestinationState& state : std::as_const(facts.snapshot.destinations))
        histories.append(readDestinationHistory(context, state));
    facts.destinations = histories;

    if (facts.sourceReachable) {
        readSetsBehind(run, facts);
        return facts;
    }
    bool anyRead = false;
    for (const DestinationState& state : std::as_const(facts.snapshot.destinations))
        anyRead = anyRead || state.reachable;
    if (!anyRead)
        return facts.sourceError; // nothing at all could be read
    facts.historyNow = destinationNow(run, facts);
    return facts;
}

} // namespace bts
