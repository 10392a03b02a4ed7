#include "SqlQuoting.h"

namespace bts {

QString quoteName(const QString& identifier)
{
    QString escaped = identifier;
    escaped.replace(QLatin1Char(']'), QStringLiteral("]]"));
    return QLatin1Char('[') + escaped + QLatin1Char(']');
}

QString quoteUnicodeLiteral(const QString& text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QStringLiteral("N'") + escaped + QLatin1Char('\'');
}

} // namespace bts
