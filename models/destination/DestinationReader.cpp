#include "DestinationReader.h"

#include "sql/SqlRunner.h"
#include "sql/SqlValues.h"

#include <QSqlRecord>

namespace bts {
namespace {

const QString Master = QStringLiteral("master");
const QString Msdb = QStringLiteral("msdb");
const QString DatabasesTable = QStringLiteral("bts_LogShippingDatabases");
const QString HistoryTable = QStringLiteral("bts_LogShippingHistory");
const QString LastSetTable = QStringLiteral("bts_LogShippingLastRestoreSet");

QVector<QVariantMap> rowsOf(QSqlQuery& query)
{
    QVector<QVariantMap> rows;
    while (query.next()) {
        const QSqlRecord record = query.record();
        QVariantMap row;
        for (int i = 0; i < record.count(); ++i)
            row.insert(record.fieldName(i), record.value(i));
        rows.append(row);
    }
    return rows;
}

bool hasTable(const DestinationState& state, const QString& table)
{
    return state.tables.contains(table, Qt::CaseInsensitive);
}

void readJobs(const SqlRunner& run, DestinationState& state)
{
    Result<QSqlQuery> jobs =
        run.query(state.server, Msdb, QStringLiteral("logshipping_jobs"), {LogShippingJobPattern});
    if (!jobs) {
        state.notes.append(jobs.error().sentence());
        return;
    }
    while (jobs.value().next()) {
        LogShippingJob job;
        job.name = jobs.value().value(0).toString();
        job.enabled = jobs.value().value(1).toInt() != 0;
        job.kind = classifyLogShippingJob(job.name);
        state.jobs.append(job);
    }
    for (LogShippingJob& job : state.jobs) {
        if (Result<QSqlQuery> s =
                run.query(state.server, Msdb, QStringLiteral("backup_job_schedules"), {job.name})) {
            while (s.value().next()) {
                JobSchedule schedule;
                schedule.enabled = s.value().value(QStringLiteral("enabled")).toInt() != 0;
                schedule.freqSubdayType =
                    s.value().value(QStringLiteral("freq_subday_type")).toInt();
                schedule.freqSubdayInterval =
                    s.value().value(QStringLiteral("freq_subday_interval")).toInt();
                if (schedule.enabled)
                    job.intervalMinutes = schedule.intervalMinutes();
            }
        }
        if (Result<QSqlQuery> h =
                run.query(state.server, Msdb, QStringLiteral("backup_job_last_run"), {job.name})) {
            if (h.value().next()) {
                JobRun last;
                last.runStatus = h.value().value(QStringLiteral("run_status")).toInt();
                last.startedAt = msdbDateTime(h.value().value(QStringLiteral("run_date")).toInt(),
                                              h.value().value(QStringLiteral("run_time")).toInt());
                last.message = h.value().value(QStringLiteral("message")).toString();
                job.lastRun = last;
            }
        }
    }
}

void readHistory(const SqlRunner& run, DestinationState& state)
{
    if (!hasTable(state, HistoryTable))
        return;
    if (state.hasColumn(HistoryTable, QStringLiteral("BackupSetId"))) {
        if (Result<QSqlQuery> q =
                run.query(state.server, Master, QStringLiteral("logshipping_imported"))) {
            if (q.value().next() && !q.value().value(0).isNull())
                state.newestImportedSetId = q.value().value(0).toLongLong();
        }
    }
    const QStringList needed = {QStringLiteral("DatabaseName"), QStringLiteral("BackupSetId"),
                                QStringLiteral("Restored"), QStringLiteral("RestoredDateTime")};
    for (const QString& column : needed) {
        if (!state.hasColumn(HistoryTable, column)) {
            state.notes.append(
                QStringLiteral("bts_LogShippingHistory has no column %1 on this build: the "
                               "last restored set per database is not shown.")
                    .arg(column));
            return;
        }
    }
    Result<QSqlQuery> q =
        run.query(state.server, Master, QStringLiteral("logshipping_restored_by_database"));
    if (!q) {
        state.notes.append(q.error().sentence());
        return;
    }
    while (q.value().next()) {
        RestoredSet set;
        set.setId = q.value().value(1).toLongLong();
        set.restoredAt = sqlDateTime(q.value().value(2));
        state.restoredByDatabase.insert(q.value().value(0).toString().toLower(), set);
    }
}

} // namespace

DestinationState readDestination(const SqlConnector& connector, const QString& server)
{
    DestinationState state;
    state.server = server;
    const SqlRunner run(connector);
    Result<QSqlQuery> tables = run.query(server, Master, QStringLiteral("logshipping_tables"),
                                         {QStringLiteral("bts_LogShipping%")});
    if (!tables) {
        state.error = tables.error();
        return state;
    }
    state.reachable = true;
    while (tables.value().next())
        state.tables.append(tables.value().value(0).toString());
    for (const QString& table : {DatabasesTable, HistoryTable, LastSetTable}) {
        if (!hasTable(state, table))
            continue;
        if (Result<QSqlQuery> cols =
                run.query(server, Master, QStringLiteral("table_columns"), {table})) {
            while (cols.value().next())
                state.columns[table].append(cols.value().value(0).toString());
        }
    }
    if (hasTable(state, DatabasesTable)) {
        if (Result<QSqlQuery> rows =
                run.query(server, Master, QStringLiteral("logshipping_databases")))
            state.databases = rowsOf(rows.value());
    }
    if (hasTable(state, LastSetTable)) {
        if (Result<QSqlQuery> rows =
                run.query(server, Master, QStringLiteral("logshipping_last_restore_set")))
            state.lastRestoreSets = rowsOf(rows.value());
    }
    readHistory(run, state);
    readJobs(run, state);
    return state;
}

QVector<DestinationState> readDestinations(const SqlConnector& connector,
                                           const QStringList& servers)
{
    QVector<DestinationState> states;
    for (const QString& server : servers)
        states.append(readDestination(connector, server));
    return states;
}

} // namespace bts
