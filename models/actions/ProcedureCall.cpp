#include "ProcedureCall.h"

#include "tsql/SqlQuoting.h"

namespace bts {
namespace {

QString literal(const QVariant& value)
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

QString qualifiedName(const QStringList& parts)
{
    QStringList quoted;
    for (const QString& part : parts)
        quoted.append(quoteName(part));
    return quoted.join(QLatin1Char('.'));
}

} // namespace

QString ProcedureCall::previewSql() const
{
    QStringList args;
    for (const auto& [name, value] : parameters)
        args.append(QStringLiteral("@%1 = %2").arg(name, literal(value)));
    return QStringLiteral("EXEC %1 %2;")
        .arg(qualifiedName(procedure), args.join(QStringLiteral(", ")))
        .replace(QStringLiteral(" ;"), QStringLiteral(";"));
}

QString ProcedureCall::boundSql() const
{
    QStringList args;
    for (const auto& parameter : parameters)
        args.append(QStringLiteral("@%1 = ?").arg(parameter.first));
    return QStringLiteral("EXEC %1 %2;")
        .arg(qualifiedName(procedure), args.join(QStringLiteral(", ")))
        .replace(QStringLiteral(" ;"), QStringLiteral(";"));
}

QVariantList ProcedureCall::boundValues() const
{
    QVariantList values;
    for (const auto& parameter : parameters)
        values.append(parameter.second);
    return values;
}

QVariant ProcedureCall::parameter(const QString& name) const
{
    for (const auto& [key, value] : parameters) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return QVariant();
}

} // namespace bts
