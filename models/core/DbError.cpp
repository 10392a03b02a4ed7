#include "DbError.h"

namespace bts {

DbError DbError::queryFailed(const QString& message, const QString& location)
{
    DbError error;
    error.kind = Kind::QueryFailed;
    error.summary = message;
    error.location = location;
    return error;
}

QString DbError::sentence() const
{
    QString text = summary;
    if (!location.isEmpty())
        text += QStringLiteral(" (%1)").arg(location);
    if (!text.endsWith(QLatin1Char('.')) && !text.endsWith(QLatin1Char('?')) &&
        !text.endsWith(QLatin1Char('!')))
        text += QLatin1Char('.');
    if (!advice.isEmpty())
        text += QLatin1Char(' ') + advice;
    return text;
}

} // namespace bts
