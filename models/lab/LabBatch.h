#pragma once

#include "LabConnector.h"
#include "core/Result.h"
#include "tsql/ExecCall.h"

#include <QStringList>

#include <functional>

namespace bts {

// One batch of a script (the text between two GO lines) run by a lab server, in one database.
// SQLite runs the statements T-SQL and SQLite share; the lab does the rest itself: CREATE
// PROCEDURE records the procedure in lab_Objects instead of running its text (the lab has its
// own implementation), DROP PROCEDURE forgets it, RECONFIGURE does nothing, and EXEC goes to
// the lab's procedures.
class LabBatch {
public:
    using ExecHandler = std::function<Status(const ExecCall&)>;

    LabBatch(const LabConnector& connector, QString server, QString database)
        : m_connector(connector)
        , m_server(std::move(server))
        , m_database(std::move(database))
    {}

    Status run(const QString& batch, const ExecHandler& exec) const;

    // The batch without its comments, cut at each ';' outside strings and quoted names; empty
    // statements are left out.
    static QStringList statements(const QString& batch);

private:
    Status runStatement(const QString& statement, const ExecHandler& exec) const;
    Status createProcedure(const QStringList& nameParts) const;
    Status dropProcedure(const QStringList& nameParts, bool ifExists) const;
    // Keeps lab_Objects (sys.objects) in step with the tables a statement created or dropped.
    Status mirrorTable(const QString& statement) const;
    Result<bool> hasObject(const QString& database, const QString& name, const QString& type) const;

    const LabConnector& m_connector;
    QString m_server;
    QString m_database;
};

} // namespace bts
