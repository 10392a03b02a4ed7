#pragma once

#include "SqlDialect.h"

#include <QString>
#include <QStringList>

namespace bts {

// The T-SQL text of a named statement, from resources/sql/<name>.sql (SQL Server) or its lab
// override resources/sql/lab/<name>.sql. Statements are data, one file each, so that each can be
// read, reviewed and golden-tested on its own.
class SqlStatements {
public:
    static QString text(const QString& name, SqlDialect dialect = SqlDialect::SqlServer);
    static QStringList names(); // every SQL Server statement, sorted
};

} // namespace bts
