#include "TrackingConnectionString.h"

#include <QStringList>

namespace bts {
namespace {

enum class Part { Other, Server, Database };

Part partOf(const QString& key)
{
    const QString k = key.trimmed().toLower();
    if (k == QLatin1String("data source") || k == QLatin1String("server"))
        return Part::Server;
    if (k == QLatin1String("initial catalog") || k == QLatin1String("database"))
        return Part::Database;
    return Part::Other;
}

} // namespace

bool sameName(const QString& a, const QString& b)
{
    return a.trimmed().compare(b.trimmed(), Qt::CaseInsensitive) == 0;
}

std::optional<ConnectionTarget> connectionTarget(const QString& connectionString)
{
    ConnectionTarget target;
    for (const QString& attribute : connectionString.split(QLatin1Char(';'))) {
        const int equals = attribute.indexOf(QLatin1Char('='));
        if (equals < 0)
            continue;
        const QString value = attribute.mid(equals + 1).trimmed();
        switch (partOf(attribute.left(equals))) {
        case Part::Server:
            target.server = value;
            break;
        case Part::Database:
            target.database = value;
            break;
        case Part::Other:
            break;
        }
    }
    if (target.server.isEmpty() || target.database.isEmpty())
        return std::nullopt;
    return target;
}

std::optional<QString> retargetConnectionString(const QString& connectionString,
                                                const ConnectionTarget& target)
{
    if (!connectionTarget(connectionString))
        return std::nullopt;
    QStringList attributes = connectionString.split(QLatin1Char(';'));
    for (QString& attribute : attributes) {
        const int equals = attribute.indexOf(QLatin1Char('='));
        if (equals < 0)
            continue;
        const QString key = attribute.left(equals);
        switch (partOf(key)) {
        case Part::Server:
            attribute = key + QLatin1Char('=') + target.server;
            break;
        case Part::Database:
            attribute = key + QLatin1Char('=') + target.database;
            break;
        case Part::Other:
            break;
        }
    }
    return attributes.join(QLatin1Char(';'));
}

QString defaultTrackingSourceConnectionString(const ConnectionTarget& target)
{
    return QStringLiteral("Pooling=false;Current Language=us_english;Integrated Security=SSPI;"
                          "Data Source=%1;Initial Catalog=%2")
        .arg(target.server, target.database);
}

} // namespace bts
