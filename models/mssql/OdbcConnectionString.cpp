#include "OdbcConnectionString.h"

#include <QStringList>

#include <algorithm>

namespace bts {
namespace {

QString braced(QString value)
{
    value.replace(QLatin1Char('}'), QStringLiteral("}}"));
    return QLatin1Char('{') + value + QLatin1Char('}');
}

bool needsQuoting(const QString& value)
{
    return std::any_of(value.cbegin(), value.cend(), [](QChar c) {
        return c == QLatin1Char(';') || c == QLatin1Char('{') || c == QLatin1Char('}') ||
               c == QLatin1Char('=') || c.isSpace();
    });
}

// "HOST\INST" -> "HOST": FreeTDS cannot take an instance and a port at once.
QString hostPart(const QString& server)
{
    const qsizetype slash = server.indexOf(QLatin1Char('\\'));
    return slash < 0 ? server : server.left(slash);
}

class Builder {
public:
    void add(const QString& key, const QString& value)
    {
        m_parts << key + QLatin1Char('=') + OdbcConnectionString::quoteValue(value);
    }
    void addRaw(const QString& key, const QString& value)
    {
        m_parts << key + QLatin1Char('=') + value;
    }
    QString text() const { return m_parts.join(QLatin1Char(';')) + QLatin1Char(';'); }

private:
    QStringList m_parts;
};

QString yesNo(bool on)
{
    return on ? QStringLiteral("yes") : QStringLiteral("no");
}

QString assemble(const ConnectionSettings& s, const QString& database, bool redact)
{
    using Auth = ConnectionSettings::Authentication;
    const bool freeTds = OdbcConnectionString::isFreeTds(s.odbcDriver);
    Builder b;

    if (!s.dsn.isEmpty()) {
        b.add(QStringLiteral("DSN"), s.dsn);
    } else {
        // Driver names are braced always: that is how every driver documents them.
        b.addRaw(QStringLiteral("Driver"), braced(s.odbcDriver));
        if (freeTds) {
            b.add(QStringLiteral("Server"), s.port > 0 ? hostPart(s.server) : s.server);
            if (s.port > 0)
                b.addRaw(QStringLiteral("Port"), QString::number(s.port));
            // With "tds version = auto" FreeTDS retries a silent server with every protocol,
            // Sybase's 5.0 included, and may then wait far past the login timeout. SQL Server
            // 2012 and later (all BizTalk supports) speak 7.4.
            b.addRaw(QStringLiteral("TDS_Version"), QStringLiteral("7.4"));
        } else {
            const QString port =
                s.port > 0 ? QLatin1Char(',') + QString::number(s.port) : QString();
            b.add(QStringLiteral("Server"), s.server + port);
        }
    }
    if (!database.isEmpty())
        b.add(QStringLiteral("Database"), database);

    const bool ntlm =
        freeTds && s.authentication == Auth::Windows && s.userName.contains(QLatin1Char('\\'));
    if (s.authentication == Auth::SqlLogin || ntlm) {
        b.add(QStringLiteral("UID"), s.userName);
        if (redact)
            b.addRaw(QStringLiteral("PWD"), QStringLiteral("***"));
        else
            b.add(QStringLiteral("PWD"), s.password);
    } else {
        b.addRaw(QStringLiteral("Trusted_Connection"), QStringLiteral("Yes"));
    }

    if (s.dsn.isEmpty()) {
        if (freeTds) {
            b.addRaw(QStringLiteral("Encryption"),
                     s.encrypt ? QStringLiteral("require") : QStringLiteral("request"));
        } else {
            b.addRaw(QStringLiteral("Encrypt"), yesNo(s.encrypt));
            b.addRaw(QStringLiteral("TrustServerCertificate"), yesNo(s.trustServerCertificate));
        }
    }
    if (!s.applicationName.isEmpty())
        b.add(QStringLiteral("APP"), s.applicationName);
    return b.text();
}

} // namespace

QString OdbcConnectionString::build(const ConnectionSettings& settings, const QString& database)
{
    return assemble(settings, database, false);
}

QString OdbcConnectionString::redacted(const ConnectionSettings& settings, const QString& database)
{
    return assemble(settings, database, true);
}

QString OdbcConnectionString::connectOptions(const ConnectionSettings& settings)
{
    // Negative values would wrap to huge unsigned timeouts in the driver; 0 means "no limit".
    const int login = std::max(0, settings.loginTimeoutSeconds);
    const int request = std::max(0, settings.queryTimeoutSeconds);
    return QStringLiteral("SQL_ATTR_LOGIN_TIMEOUT=%1;SQL_ATTR_CONNECTION_TIMEOUT=%2")
        .arg(login)
        .arg(request);
}

QString OdbcConnectionString::quoteValue(const QString& value)
{
    return needsQuoting(value) ? braced(value) : value;
}

bool OdbcConnectionString::isFreeTds(const QString& odbcDriver)
{
    return odbcDriver.contains(QLatin1String("FreeTDS"), Qt::CaseInsensitive);
}

} // namespace bts
