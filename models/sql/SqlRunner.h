#pragma once

#include "SqlConnector.h"

#include <QSqlQuery>
#include <QVariantList>

namespace bts {

// Runs one named statement with bound values on a connection opened through a SqlConnector.
class SqlRunner {
public:
    explicit SqlRunner(const SqlConnector& connector)
        : m_connector(connector)
    {}

    // Opens (server, database), prepares the named statement, binds `values` in order, executes.
    Result<QSqlQuery> query(const QString& server, const QString& database,
                            const QString& statement, const QVariantList& values = {}) const;

private:
    const SqlConnector& m_connector;
};

} // namespace bts
