#pragma once

#include "sql/SqlConnector.h"

#include <QSqlQuery>
#include <QVariantList>

namespace bts {

// Connections to the lab's simulated databases. Each is a SQLite file attached under the schema
// name "dbo" (and master also as "sys"), so that the statements written for SQL Server, with
// their dbo.table and sys.databases names, run unchanged.
class LabConnector : public SqlConnector {
public:
    // A lost server (LabFault::ServerLost) is out of reach only for connections that
    // `respectLostServers`: the console's, not the simulator's own, which keeps running the lab.
    explicit LabConnector(QString root, bool respectLostServers = false)
        : m_root(std::move(root))
        , m_respectLostServers(respectLostServers)
    {}

    QString root() const { return m_root; }
    QString databaseFile(const QString& server, const QString& database) const;
    QString serverFolder(const QString& server) const;
    // The marker that says a server is lost; its presence is the fault.
    QString lostMarker(const QString& server) const;
    bool isLost(const QString& server) const;

    SqlDialect dialect() const override { return SqlDialect::Lab; }
    Result<QSqlDatabase> open(const QString& server, const QString& database) const override;
    DbError queryError(const QSqlError& error, const QString& server,
                       const QString& database) const override;

    // Runs lab-internal SQL (the simulated server's own work) with bound values.
    Result<QSqlQuery> run(const QString& server, const QString& database, const QString& sql,
                          const QVariantList& values = {}) const;
    // Closes the calling thread's connection to one database, so that its file can be replaced
    // or deleted; every other thread opens the file again on its next query.
    void discardConnection(const QString& server, const QString& database) const;
    // The same for every database of the lab, before all its files are deleted: every thread
    // opens fresh connections on its next query instead of reading the deleted files.
    void discardEveryConnection() const;
    // The first column of the first row, or an invalid QVariant when there is no row.
    Result<QVariant> scalar(const QString& server, const QString& database, const QString& sql,
                            const QVariantList& values = {}) const;

private:
    QString connectionKey(const QString& server, const QString& database) const;

    QString m_root;
    bool m_respectLostServers = false;
};

} // namespace bts
