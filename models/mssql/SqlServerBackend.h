#pragma once

#include "ConnectionSettings.h"
#include "group/GroupBackend.h"
#include "sql/SqlConnector.h"

namespace bts {

// Connections to the SQL Servers of a BizTalk group: the management server as configured, and
// every other server named in the BizTalk configuration reached with the same driver and login.
class SqlServerConnector : public SqlConnector {
public:
    explicit SqlServerConnector(ConnectionSettings management)
        : m_management(std::move(management))
    {}

    QString managementServer() const { return m_management.displayName(); }
    ConnectionSettings settingsFor(const QString& server) const;

    SqlDialect dialect() const override { return SqlDialect::SqlServer; }
    Result<QSqlDatabase> open(const QString& server, const QString& database) const override;
    DbError queryError(const QSqlError& error, const QString& server,
                       const QString& database) const override;

private:
    ConnectionSettings m_management;
};

// A BizTalk group on real SQL Servers, through QODBC.
class SqlServerBackend : public GroupBackend {
public:
    SqlServerBackend(ConnectionSettings management, QString managementDatabase,
                     QStringList destinationServers = {});

    QString displayName() const override;
    bool isLab() const override { return false; }
    QString managementServer() const override { return m_connector.managementServer(); }
    QString managementDatabase() const override { return m_managementDatabase; }
    QStringList destinationServers() const override { return m_destinations; }

    const SqlConnector& connector() const override { return m_connector; }
    Result<GroupSnapshot> readSnapshot() const override;
    Status execute(const ServerCommand& call) const override;
    std::shared_ptr<GroupBackend> groupAt(const QString& server,
                                          const QString& database) const override;

private:
    SqlServerConnector m_connector;
    QString m_managementDatabase;
    QStringList m_destinations;
};

} // namespace bts
