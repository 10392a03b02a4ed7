#include "OdbcErrorClassifier.h"

#include <QRegularExpression>

#include <initializer_list>
#include <utility>

namespace bts {
namespace {

using Auth = ConnectionSettings::Authentication;

// Everything the driver said, searched case-insensitively.
class Evidence {
public:
    // databaseText() is what the driver said; driverText() is Qt's own "QODBC: Unable to
    // connect", the same for every failure, so it is left out of the matching.
    explicit Evidence(const QSqlError& error)
        : m_text(error.databaseText().isEmpty() ? error.text() : error.databaseText())
        , m_code(error.nativeErrorCode().trimmed())
    {}

    bool says(std::initializer_list<const char*> phrases) const
    {
        for (const char* phrase : phrases) {
            if (m_text.contains(QLatin1String(phrase), Qt::CaseInsensitive))
                return true;
        }
        return false;
    }

    // SQLSTATEs and error numbers: the native code, or a whole word of the text (so that
    // "208" does not match inside "12083").
    bool hasCode(std::initializer_list<const char*> codes) const
    {
        for (const char* code : codes) {
            const QString wanted = QLatin1String(code);
            if (m_code.compare(wanted, Qt::CaseInsensitive) == 0)
                return true;
            const QRegularExpression word(QStringLiteral("(?<![0-9A-Za-z])%1(?![0-9A-Za-z])")
                                              .arg(QRegularExpression::escape(wanted)),
                                          QRegularExpression::CaseInsensitiveOption);
            if (word.match(m_text).hasMatch())
                return true;
        }
        return false;
    }

private:
    QString m_text;
    QString m_code;
};

// The raw message for the "details" view, with the native code when the text lacks it.
QString rawText(const QSqlError& error)
{
    QString text = error.text().trimmed();
    const QString code = error.nativeErrorCode().trimmed();
    if (!code.isEmpty() && code != QLatin1String("0") && !text.contains(code))
        text += QStringLiteral(" [native error %1]").arg(code);
    return text;
}

// Drivers are not known to echo passwords, but a leak would be permanent (logs, screenshots), so
// every occurrence is blanked even if a very short password garbles a word of the message.
QString withoutSecret(QString text, const QString& secret)
{
    if (!secret.isEmpty())
        text.replace(secret, QStringLiteral("***"));
    return text;
}

bool driverMissing(const Evidence& e)
{
    return e.hasCode({"IM002", "IM003"}) ||
           e.says({"Data source name not found", "no default driver specified", "Can't open lib",
                   "Specified driver could not be loaded"});
}

bool loginFailed(const Evidence& e)
{
    return e.hasCode({"18456", "18452", "18486", "18487", "18488", "28000"}) ||
           e.says({"Login failed", "Login incorrect"});
}

bool tlsFailed(const Evidence& e)
{
    return e.says(
        {"SSL Provider", "SSL routines", "certificate", "encryption", "TLS", "SSL Security error"});
}

bool unreachable(const Evidence& e)
{
    return e.hasCode({"08001", "20009"}) ||
           e.says({"Adaptive Server is unavailable or does not exist", "Named Pipes Provider",
                   "TCP Provider", "network-related or instance-specific", "Server does not exist",
                   "Connection refused", "could not be found", "Name or service not known",
                   "No such host", "Error Locating Server"});
}

bool timedOut(const Evidence& e)
{
    return e.hasCode({"HYT00", "HYT01"}) ||
           e.says({"timeout expired", "timed out", "Timeout error"});
}

bool linkLost(const Evidence& e)
{
    return e.hasCode({"08S01", "08003", "08007"}) ||
           e.says({"Communication link failure", "connection is broken", "Connection reset",
                   "Read from the server failed", "Write to the server failed",
                   "Connection not open"});
}

bool isNamedInstance(const ConnectionSettings& s)
{
    return s.dsn.isEmpty() && s.port <= 0 && s.server.contains(QLatin1Char('\\'));
}

// What to check when the server cannot be reached at all.
QString reachAdvice(const ConnectionSettings& s)
{
    if (!s.dsn.isEmpty()) {
        return QStringLiteral("Check the server named in data source %1, that SQL Server is "
                              "running there, and that no firewall blocks it.")
            .arg(s.dsn);
    }
    if (isNamedInstance(s)) {
        return QStringLiteral(
            "Check the server and instance name and that the instance is running. For a named "
            "instance, start the SQL Server Browser service on the server and let UDP port 1434 "
            "through the firewall, or enter the instance's TCP port instead.");
    }
    const QString port = s.port > 0 ? QString::number(s.port) : QStringLiteral("1433");
    return QStringLiteral("Check the server name and port, that SQL Server is running and accepts "
                          "TCP/IP connections, and that no firewall blocks TCP port %1.")
        .arg(port);
}

QString loginAdvice(const ConnectionSettings& s, const Evidence& e)
{
    if (e.hasCode({"18487", "18488"}) || e.says({"password has expired", "must be changed"}))
        return QStringLiteral("The login's password has expired or must be changed; change it "
                              "(e.g. in SQL Server Management Studio) and try again.");
    if (e.hasCode({"18486"}) || e.says({"locked out"}))
        return QStringLiteral("The login is locked out; ask a SQL Server administrator to "
                              "unlock it.");
    if (s.authentication == Auth::SqlLogin)
        return QStringLiteral("Check the user name and password, and that the server allows "
                              "SQL Server authentication (mixed mode).");
    return QStringLiteral("Check that your Windows account, or a group it belongs to, has a "
                          "login on this server and that the server's domain trusts yours.");
}

QString tlsAdvice(const ConnectionSettings& s)
{
    QString advice = QStringLiteral(
        "The encrypted connection could not be set up, usually because this computer does not "
        "trust the server's certificate. Install the certificate of its issuer as trusted, or, "
        "for a lab server with a self-signed certificate, turn on \"Trust server certificate\".");
    if (!s.encrypt)
        advice += QStringLiteral(" The server may also require encryption: turn on \"Encrypt\".");
    return advice;
}

DbError make(DbError::Kind kind, QString summary, QString location, QString advice,
             QString driverText)
{
    DbError error;
    error.kind = kind;
    error.summary = std::move(summary);
    error.location = std::move(location);
    error.advice = std::move(advice);
    error.driverText = std::move(driverText);
    return error;
}

} // namespace

DbError classifyConnectError(const QSqlError& error, const ConnectionSettings& settings)
{
    using Kind = DbError::Kind;
    const Evidence e(error);
    const QString where = settings.displayName();
    const QString raw = withoutSecret(rawText(error), settings.password);

    if (driverMissing(e)) {
        if (!settings.dsn.isEmpty()) {
            return make(Kind::DriverMissing,
                        QStringLiteral("The ODBC data source %1 is not defined, or its driver is "
                                       "not installed")
                            .arg(settings.dsn),
                        where,
                        QStringLiteral("Define the data source in the ODBC administrator, or "
                                       "connect with a driver and server name instead."),
                        raw);
        }
        return make(
            Kind::DriverMissing,
            QStringLiteral("The ODBC driver \"%1\" is not installed").arg(settings.odbcDriver),
            where,
            QStringLiteral("Install Microsoft ODBC Driver 18 for SQL Server (or FreeTDS), "
                           "or choose an installed driver in the connection settings."),
            raw);
    }
    if (loginFailed(e)) {
        const QString who =
            settings.authentication == Auth::SqlLogin && !settings.userName.isEmpty()
                ? QStringLiteral(" for %1").arg(settings.userName)
                : QString();
        return make(Kind::LoginFailed,
                    QStringLiteral("SQL Server %1 refused the login%2").arg(where, who), where,
                    loginAdvice(settings, e), raw);
    }
    if (tlsFailed(e)) {
        return make(
            Kind::ConnectionFailed,
            QStringLiteral("Cannot set up an encrypted connection to SQL Server %1").arg(where),
            where, tlsAdvice(settings), raw);
    }
    if (unreachable(e)) {
        return make(Kind::ConnectionFailed, QStringLiteral("Cannot reach SQL Server %1").arg(where),
                    where, reachAdvice(settings), raw);
    }
    if (timedOut(e)) {
        return make(Kind::Timeout,
                    QStringLiteral("Cannot reach SQL Server %1: no answer within %2 seconds")
                        .arg(where, QString::number(settings.loginTimeoutSeconds)),
                    where,
                    reachAdvice(settings) +
                        QStringLiteral(" On a slow network, raise the login timeout."),
                    raw);
    }
    if (linkLost(e)) {
        return make(
            Kind::ConnectionFailed,
            QStringLiteral("The connection to SQL Server %1 broke off while logging in").arg(where),
            where,
            QStringLiteral("Try again. If it keeps happening, check the network and "
                           "whether the server requires encryption (turn on \"Encrypt\")."),
            raw);
    }
    return make(Kind::ConnectionFailed,
                QStringLiteral("Cannot connect to SQL Server %1").arg(where), where,
                QStringLiteral("Check the server name, the ODBC driver and the login; the details "
                               "show the driver's own message."),
                raw);
}

DbError classifyQueryError(const QSqlError& error, const QString& location)
{
    using Kind = DbError::Kind;
    const Evidence e(error);
    const QString raw = rawText(error);

    if (e.hasCode({"HY008"}) || e.says({"Operation canceled", "Operation cancelled"}))
        return make(Kind::Cancelled, QStringLiteral("The query was cancelled"), location, QString(),
                    raw);
    if (linkLost(e)) {
        return make(Kind::ConnectionFailed, QStringLiteral("The connection to the server was lost"),
                    location,
                    QStringLiteral("Reconnect and try again; if it keeps happening, check the "
                                   "network and that SQL Server is still running."),
                    raw);
    }
    if (timedOut(e)) {
        return make(Kind::Timeout, QStringLiteral("The server did not answer in time"), location,
                    QStringLiteral("The server may be busy or the query blocked by another "
                                   "session; try again, or raise the query timeout."),
                    raw);
    }
    if (e.hasCode({"18456", "28000"}) || e.says({"Login failed"})) {
        return make(Kind::LoginFailed, QStringLiteral("The server refused the login"), location,
                    QStringLiteral("Check the user name and password, and that the login is "
                                   "enabled."),
                    raw);
    }
    if (e.hasCode({"208", "2812", "911", "4060", "42S02"}) ||
        e.says(
            {"Invalid object name", "Could not find stored procedure", "Cannot open database"})) {
        return make(Kind::ObjectMissing,
                    QStringLiteral("A database or object the console needs is missing"), location,
                    QStringLiteral("Check that the database exists on this server, that log "
                                   "shipping is set up in it, and that your login can see it."),
                    raw);
    }
    if (e.hasCode({"229", "230", "262", "297", "300"}) || e.says({"permission was denied"})) {
        return make(Kind::QueryFailed, QStringLiteral("The server denied permission"), location,
                    QStringLiteral("Ask a SQL Server administrator to grant your login the "
                                   "permission named in the details."),
                    raw);
    }
    if (e.hasCode({"1205"}) || e.says({"deadlock victim"})) {
        return make(Kind::QueryFailed, QStringLiteral("The query lost a deadlock"), location,
                    QStringLiteral("Another session held the same data; try again."), raw);
    }
    return make(Kind::QueryFailed, QStringLiteral("The query failed"), location,
                QStringLiteral("The details show the server's own message."), raw);
}

} // namespace bts
