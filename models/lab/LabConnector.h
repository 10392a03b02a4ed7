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
    explicit LabConnector(QString root)
        : m_root(std::move(root))
    {}

    QString databaseFile(const QString& server, const QString& database) const;
    QString serverFolder(const QString& server) const;

    SqlDialect dialect() const override { return SqlDialect::Lab; }
    Result<QSqlDatabase> open(const QString& server, const QString& database) const override;
    DbError queryError(const QSqlError& error, const QString& server,
                       const QString& database) const override;

    // Runs lab-internal SQL (the simulated server's own work) with bound values.
    Result<QSqlQuery> run(const QString& server, const QString& database, const QString& sql,
                          const QVariantList& values = {}) const;
    // The first column of the first row, or an invalid QVariant when there is no row.
    Result<QVariant> scalar(const QString& server, const QString& database, const QString& sql,
                            const QVariantList& values = {}) const;

private:
    QString m_root;
};

} // namespace bts
