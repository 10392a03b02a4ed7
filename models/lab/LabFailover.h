#pragma once

#include "LabConnector.h"
#include "core/Result.h"

#include <QDateTime>
#include <QStringList>
#include <QVector>

namespace bts {

// What Restore To Mark leaves on a lab destination besides its catalogue: the databases
// themselves, as files a console can open, and the source's SQL Agent jobs in its msdb
// (facts §2.3: the job "recreates on the destination all SQL Agent jobs that existed on the
// source").
class LabFailover {
public:
    LabFailover(const LabConnector& connector, QString server, QDateTime localNow)
        : m_connector(connector)
        , m_server(std::move(server))
        , m_localNow(std::move(localNow))
    {}

    struct Database {
        QString name;
        QString sourceServer;
    };
    // The shipped databases that are still RESTORING here: what Restore To Mark brings online.
    Result<QVector<Database>> restoringDatabases() const;
    // Writes each database's file on this server as the database was at the mark of `setId`.
    Status materialise(const QVector<Database>& databases, qint64 setId,
                       const QString& markName) const;
    // Recreates in msdb, as they were copied, the source's jobs that master's bts_LogShipping
    // tables hold (replacing jobs of the same names).
    Status restoreJobs() const;
    // Deletes the files of databases this server dropped (best effort: what could not be
    // deleted is said in messages()).
    void dropFiles(const QStringList& databases) const;

    QStringList messages() const { return m_messages; }

private:
    Status materialiseOne(const Database& database, qint64 setId, const QString& markName) const;
    // Brings the fresh copy back to the mark: what the source did after it is not in the logs.
    Status trimToMark(const QString& copy, const QString& database, qint64 setId,
                      const QString& markName) const;
    Status replaceFile(const QString& database, const QString& copy) const;
    Status restoreJob(const QString& jobName, bool enabled, const QString& description,
                      const QString& category) const;
    QString location() const { return m_server + QStringLiteral("/master"); }

    const LabConnector& m_connector;
    QString m_server;
    QDateTime m_localNow;
    mutable QStringList m_messages;
};

} // namespace bts
