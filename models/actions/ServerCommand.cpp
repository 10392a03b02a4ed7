#include "ServerCommand.h"

#include "sql/SqlStatements.h"
#include "tsql/SqlQuoting.h"

namespace bts {
namespace {

QString qualifiedName(const QStringList& parts)
{
    QStringList quoted;
    for (const QString& part : parts)
        quoted.append(quoteName(part));
    return quoted.join(QLatin1Char('.'));
}

QString callSql(const ServerCommand& command, bool bound)
{
    QStringList args;
    for (const auto& [name, value] : command.parameters) {
        const QString argument = bound ? QStringLiteral("?") : sqlLiteral(value);
        args.append(name.isEmpty() ? argument : QStringLiteral("@%1 = %2").arg(name, argument));
    }
    QString sql = QStringLiteral("EXEC ") + qualifiedName(command.procedure);
    if (!args.isEmpty())
        sql += QLatin1Char(' ') + args.join(QStringLiteral(", "));
    return sql + QLatin1Char(';');
}

} // namespace

QString sqlLiteral(const QVariant& value)
{
    if (value.isNull() || !value.isValid())
        return QStringLiteral("NULL");
    switch (value.typeId()) {
    case QMetaType::Bool:
        return value.toBool() ? QStringLiteral("1") : QStringLiteral("0");
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        return value.toString();
    default:
        return quoteUnicodeLiteral(value.toString());
    }
}

ServerCommand ServerCommand::fromStatement(const QString& server, const QString& database,
                                           const QString& name,
                                           const QVector<QPair<QString, QVariant>>& parameters,
                                           const QString& purpose)
{
    ServerCommand command;
    command.server = server;
    command.database = database;
    command.statement = SqlStatements::text(name);
    command.parameters = parameters;
    command.purpose = purpose;
    return command;
}

ServerCommand ServerCommand::fromBatch(const QString& server, const QString& database,
                                       const QString& batch, const QString& purpose)
{
    ServerCommand command;
    command.server = server;
    command.database = database;
    command.statement = batch;
    command.verbatim = true;
    command.purpose = purpose;
    return command;
}

QString ServerCommand::previewSql() const
{
    if (verbatim)
        return statement;
    if (!isStatement())
        return callSql(*this, false);
    // Our statements hold '?' only as parameter markers (never inside a literal or comment),
    // so the markers can be replaced in order by the values' literals.
    QString sql;
    int next = 0;
    for (const QChar c : statement) {
        if (c == QLatin1Char('?') && next < parameters.size())
            sql += sqlLiteral(parameters.at(next++).second);
        else
            sql += c;
    }
    return sql + QLatin1Char(';');
}

QString ServerCommand::boundSql() const
{
    return isStatement() ? statement : callSql(*this, true);
}

QVariantList ServerCommand::boundValues() const
{
    QVariantList values;
    for (const auto& parameter : parameters)
        values.append(parameter.second);
    return values;
}

QVariant ServerCommand::parameter(const QString& name) const
{
    for (const auto& [key, value] : parameters) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return QVariant();
}

} // namespace bts
