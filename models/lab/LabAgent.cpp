#include "LabAgent.h"

#include "LabFaults.h"
#include "LabJobRunner.h"
#include "LabTopology.h"
#include "sql/SqlValues.h"

#include <algorithm>

namespace bts {
namespace {

const QString Master = QStringLiteral("master");
const QString Msdb = QStringLiteral("msdb");

// The first multiple of `interval` minutes after `local` within its day (the schedule starts
// at 00:00:00, as MarkAndBackupLogSched does).
QDateTime firstOccurrenceAfter(const QDateTime& local, int intervalMinutes)
{
    const int step = qMax(1, intervalMinutes) * 60;
    const QDateTime midnight(local.date(), QTime(0, 0), Qt::UTC);
    const qint64 sinceMidnight = midnight.secsTo(local);
    const qint64 next = (sinceMidnight / step + 1) * step;
    return midnight.addSecs(next);
}

} // namespace

Result<LabAgent::Clock> LabAgent::clock() const
{
    Result<QSqlQuery> q =
        m_connector.run(LabTopology::SourceServer, Master,
                        QStringLiteral("SELECT UtcNow, UtcOffsetSeconds FROM lab_Clock"));
    if (!q)
        return q.error();
    Clock clock;
    if (q.value().next()) {
        clock.utcNow = sqlDateTime(q.value().value(0)).value_or(QDateTime());
        clock.utcOffsetSeconds = q.value().value(1).toInt();
    }
    return clock;
}

Status LabAgent::setClock(const QDateTime& utcNow) const
{
    // Every lab server shares the one clock, kept in LABSQL01's master; the others are kept
    // equal so that any of them answers the same time (the console reads the management
    // server's, which is LABSQL02's after a failover).
    for (const QString& server : LabTopology::servers()) {
        Result<QSqlQuery> r =
            m_connector.run(server, Master, QStringLiteral("UPDATE lab_Clock SET UtcNow = ?"),
                            {labDateTimeText(utcNow)});
        if (!r)
            return r.error();
    }
    return success();
}

Status LabAgent::setUtcOffset(int seconds) const
{
    for (const QString& server : LabTopology::servers()) {
        Result<QSqlQuery> r = m_connector.run(
            server, Master, QStringLiteral("UPDATE lab_Clock SET UtcOffsetSeconds = ?"), {seconds});
        if (!r)
            return r.error();
    }
    return success();
}

Result<QVector<LabAgent::Due>> LabAgent::occurrencesOn(const QString& server,
                                                       const Clock& clock) const
{
    Result<QSqlQuery> q = m_connector.run(
        server, Msdb,
        QStringLiteral("SELECT j.name, s.schedule_id, s.name, s.freq_subday_type, "
                       "s.freq_subday_interval, js.next_run_date, js.next_run_time "
                       "FROM sysjobs j JOIN sysjobschedules js ON js.job_id = j.job_id "
                       "JOIN sysschedules s ON s.schedule_id = js.schedule_id "
                       "WHERE j.enabled = 1 AND s.enabled = 1 AND s.freq_type = 4 "
                       "ORDER BY j.name"));
    if (!q)
        return q.error();
    const QDateTime local = clock.utcNow.addSecs(clock.utcOffsetSeconds);
    QVector<Due> result;
    QSqlQuery& row = q.value();
    while (row.next()) {
        Due due;
        due.server = server;
        due.jobName = row.value(0).toString();
        due.scheduleId = row.value(1).toInt();
        due.scheduleName = row.value(2).toString();
        const int subdayType = row.value(3).toInt();
        const int subdayInterval = row.value(4).toInt();
        due.intervalMinutes = subdayType == 8   ? subdayInterval * 60
                              : subdayType == 2 ? qMax(1, subdayInterval / 60)
                              : subdayType == 4 ? subdayInterval
                                                : 24 * 60;
        const int nextDate = row.value(5).toInt();
        due.storedLocal = nextDate > 0 ? msdbDateTime(nextDate, row.value(6).toInt()) : QDateTime();
        // A stored next run in the past belongs to a time the job was disabled (or its Agent
        // stopped): the Agent recomputes it from now, as SQL Server does.
        due.nextLocal = due.storedLocal.isValid() && due.storedLocal >= local
                            ? due.storedLocal
                            : firstOccurrenceAfter(local, due.intervalMinutes);
        result.append(due);
    }
    // Kept at once, so that running another job at this instant (which moves the clock to it)
    // cannot push this one's occurrence further.
    for (Due& due : result) {
        if (due.storedLocal != due.nextLocal) {
            if (Status s = storeNextRun(due, due.nextLocal); !s)
                return s.error();
            due.storedLocal = due.nextLocal;
        }
    }
    return result;
}

Result<QVector<LabAgent::Due>> LabAgent::occurrences(const Clock& clock) const
{
    Result<QSqlQuery> stopped =
        m_connector.run(LabTopology::SourceServer, Master,
                        QStringLiteral("SELECT ServerName FROM lab_Faults WHERE Kind = ?"),
                        {LabFaults::kindName(LabFault::AgentStopped)});
    if (!stopped)
        return stopped.error();
    QStringList stoppedServers;
    while (stopped.value().next())
        stoppedServers.append(stopped.value().value(0).toString());

    QVector<Due> all;
    for (const QString& server : LabTopology::servers()) {
        if (stoppedServers.contains(server, Qt::CaseInsensitive) || m_connector.isLost(server))
            continue;
        Result<QVector<Due>> some = occurrencesOn(server, clock);
        if (!some)
            return some.error();
        all += some.value();
    }
    // Stable: equal times keep the servers' order (the source's backup before the
    // destinations' jobs that read it) and the job names' order.
    std::stable_sort(all.begin(), all.end(),
                     [](const Due& a, const Due& b) { return a.nextLocal < b.nextLocal; });
    return all;
}

Status LabAgent::storeNextRun(const Due& due, const QDateTime& nextLocal) const
{
    Result<QSqlQuery> r = m_connector.run(
        due.server, Msdb,
        QStringLiteral("UPDATE sysjobschedules SET next_run_date = ?, next_run_time = ? "
                       "WHERE schedule_id = ?"),
        {msdbDate(nextLocal.date()), msdbTime(nextLocal.time()), due.scheduleId});
    return r ? success() : Status(r.error());
}

Status LabAgent::advanceTo(const QDateTime& targetUtc) const
{
    Result<Clock> current = clock();
    if (!current)
        return current.error();
    Clock now = current.value();
    if (targetUtc <= now.utcNow)
        return success();
    const QDateTime targetLocal = targetUtc.addSecs(now.utcOffsetSeconds);

    // A bound on catching up, as an Agent stopped for years would not replay them either.
    for (int runs = 0; runs < 200000; ++runs) {
        Result<QVector<Due>> due = occurrences(now);
        if (!due)
            return due.error();
        if (due.value().isEmpty() || due.value().first().nextLocal > targetLocal)
            break;
        const Due& next = due.value().first();
        const QDateTime runLocal = next.nextLocal;
        const QDateTime runUtc = runLocal.addSecs(-now.utcOffsetSeconds);
        if (runUtc != now.utcNow) {
            now.utcNow = runUtc;
            if (Status s = setClock(now.utcNow); !s)
                return s;
        }
        // A failing job is recorded in its history; the Agent goes on with the schedule.
        LabJobRunner(m_connector)
            .run(next.server, next.jobName, now.utcNow, now.utcOffsetSeconds,
                 QStringLiteral("Schedule %1 (%2)").arg(next.scheduleId).arg(next.scheduleName));
        if (Status s = storeNextRun(next, runLocal.addSecs(qint64(next.intervalMinutes) * 60)); !s)
            return s;
    }
    return setClock(targetUtc);
}

} // namespace bts
