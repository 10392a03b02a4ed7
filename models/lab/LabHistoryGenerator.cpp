#include "LabHistoryGenerator.h"

#include "LabHistoryPlan.h"
#include "LabHistoryWriter.h"
#include "LabLogShipping.h"

#include <cmath>

namespace bts {
namespace {

using namespace LabHistoryWriter;
const QString Master = QStringLiteral("master");
const QString Msdb = QStringLiteral("msdb");
// Slots written per transaction: large enough that commits cost little, small enough for a
// progress bar that moves and a cancel that answers within a fraction of a second.
constexpr int ChunkSlots = 1000;

DbError cancelled(qint64 rows)
{
    DbError error;
    error.kind = DbError::Kind::Cancelled;
    error.summary =
        QStringLiteral("History generation was cancelled after %1 history rows").arg(rows);
    error.advice = QStringLiteral("The rows written are kept: the history is shorter.");
    return error;
}

Status createIndexes(const LabConnector& c, const QString& server, const QString& database,
                     const QStringList& statements)
{
    for (const QString& sql : statements) {
        if (Result<QSqlQuery> r = c.run(server, database, sql); !r)
            return r.error();
    }
    return success();
}

// Moves every existing id up by the room the new, older sets need, everywhere ids are kept.
Status makeRoom(const LabConnector& c, const LabHistoryContext& ctx, const LabHistoryPlan& plan)
{
    const QString& mgmt = ctx.mgmtServer;
    QVector<QPair<QString, QVariantList>> source =
        shiftUnique(QStringLiteral("adm_BackupHistory"), QStringLiteral("BackupId"),
                    plan.backupIdShift) +
        shiftUnique(QStringLiteral("adm_BackupHistory"), QStringLiteral("BackupSetId"),
                    plan.setIdShift);
    if (plan.setIdShift > 0)
        source.append({QStringLiteral("UPDATE adm_BackupSetId SET NextBackupSetId = "
                                      "NextBackupSetId + ?"),
                       {plan.setIdShift}});
    if (Status s = inTransaction(c, mgmt, ctx.mgmtDatabase, source); !s)
        return s;
    for (const LabHistoryDestination& d : ctx.destinations) {
        QVector<QPair<QString, QVariantList>> shifts;
        if (plan.backupIdShift > 0 || plan.setIdShift > 0)
            shifts.append({QStringLiteral("UPDATE bts_LogShippingHistory SET BackupId = BackupId "
                                          "+ ?, BackupSetId = BackupSetId + ?"),
                           {plan.backupIdShift, plan.setIdShift}});
        if (plan.setIdShift > 0)
            shifts.append({QStringLiteral("UPDATE bts_LogShippingLastRestoreSet SET "
                                          "LastRestoreSetId = LastRestoreSetId + ?"),
                           {plan.setIdShift}});
        if (Status s = inTransaction(c, d.server, Master, shifts); !s)
            return s;
    }
    for (const LabHistoryMsdb& m : plan.msdbs) {
        const auto shifts =
            shiftUnique(QStringLiteral("sysjobhistory"), QStringLiteral("instance_id"), m.shift);
        if (Status s = inTransaction(c, m.server, Msdb, shifts); !s)
            return s;
    }
    return success();
}

} // namespace

LabHistoryScale LabHistoryScale::years(double years, int intervalMinutes)
{
    LabHistoryScale scale;
    scale.intervalMinutes = std::max(1, intervalMinutes);
    const double hours = std::max(0.0, years) * 365.25 * 24.0;
    scale.sets = static_cast<qint64>(
        std::llround(hours * 60.0 / scale.intervalMinutes + hours / scale.fullEveryHours));
    return scale;
}

Result<qint64> generateLabHistory(const QString& labRoot, const LabHistoryScale& scale,
                                  const std::function<bool(int percent)>& progress)
{
    const LabConnector c(labRoot);
    Result<LabHistoryContext> ctx = readLabHistoryContext(c);
    if (!ctx)
        return ctx.error();
    const LabHistoryPlan plan = planLabHistory(ctx.value(), scale);
    if (progress && !progress(0))
        return cancelled(0);
    if (plan.timeline.isEmpty())
        return qint64(0);

    if (Status s =
            createIndexes(c, ctx.value().mgmtServer, ctx.value().mgmtDatabase, managementIndexes());
        !s)
        return s.error();
    for (const LabHistoryDestination& d : ctx.value().destinations) {
        if (Status s = createIndexes(c, d.server, Master, destinationIndexes()); !s)
            return s.error();
    }
    for (const LabHistoryMsdb& m : plan.msdbs) {
        if (Status s = createIndexes(c, m.server, Msdb, msdbIndexes()); !s)
            return s.error();
    }
    if (Status s = makeRoom(c, ctx.value(), plan); !s)
        return s.error();

    // Newest chunk first: a cancelled run leaves the history complete from its oldest set on.
    const qint64 total = plan.timeline.size();
    qint64 rows = 0;
    for (qint64 end = total; end > 0; end -= ChunkSlots) {
        const qint64 begin = std::max<qint64>(0, end - ChunkSlots);
        Result<qint64> written = writeLabHistoryChunk(c, ctx.value(), plan, begin, end);
        if (!written)
            return written.error();
        rows += written.value();
        const int percent = static_cast<int>((total - begin) * 100 / total);
        if (progress && !progress(percent) && begin > 0)
            return cancelled(rows);
    }
    return rows;
}

} // namespace bts
