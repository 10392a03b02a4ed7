#pragma once

#include "LabConnector.h"
#include "core/Result.h"

#include <QPair>
#include <QVector>

#include <functional>
#include <optional>

namespace bts {

// The source a destination was configured for (bts_LogShippingSource).
struct LabShippingSource {
    QString description;
    QString mgmtDatabase;
    QString mgmtServer;
    QVariant sourceServer; // null: every source server of the group
};

// A source database as admv_BackupDatabases lists it.
struct LabSourceDatabase {
    QString server;
    QString name;
};

// What the lab's log-shipping procedures share about one destination server: its tables in
// master, its source, its linked servers and the copies of the source's jobs.
class LabDestination {
public:
    LabDestination(const LabConnector& connector, QString server)
        : m_connector(connector)
        , m_server(std::move(server))
    {}

    const QString& server() const { return m_server; }
    QString location() const { return m_server + QStringLiteral("/master"); }

    // "Invalid object name" for the first table of the Schema script that does not exist.
    Status requireTables() const;
    Result<std::optional<LabShippingSource>> source() const;
    // Fails as the jobs would when bts_ConfigureBizTalkLogShipping never ran.
    Result<LabShippingSource> requireSource() const;

    Result<bool> isLinked(const QString& server) const;
    // "Could not find server ... in sys.servers", as a four-part name would fail.
    Status requireLinked(const QString& server) const;
    Status link(const QString& server) const;

    // The source databases this destination restores: admv_BackupDatabases of the management
    // database, filtered by the source server when one was given.
    Result<QVector<LabSourceDatabase>> sourceDatabases(const LabShippingSource& source) const;
    // Refreshes bts_LogShippingJobs, JobSteps and JobSchedules from the source servers' msdb.
    Status copySourceJobs() const;

    // Runs `work` in one transaction of master (rolled back when it fails).
    Status inTransaction(const std::function<Status()>& work) const;

private:
    Status copyJobsOf(const QString& sourceServer) const;

    const LabConnector& m_connector;
    QString m_server;
};

} // namespace bts
