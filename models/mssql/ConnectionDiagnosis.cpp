#include "ConnectionDiagnosis.h"

#include "OdbcConnector.h"
#include "OdbcDrivers.h"
#include "core/ThreadConnections.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QHostInfo>
#include <QTcpSocket>

#include <initializer_list>

namespace bts {
namespace {

using Cause = ConnectionDiagnosis::Cause;

// The file's messages, under one context for lupdate and the translator alike.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(ConnectionDiagnosis)
};

bool says(const QString& text, std::initializer_list<const char*> phrases)
{
    for (const char* phrase : phrases) {
        if (text.contains(QLatin1String(phrase), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

ConnectionDiagnosis make(Cause cause, QString summary, QString advice, QString driverText = {})
{
    ConnectionDiagnosis d;
    d.cause = cause;
    d.summary = std::move(summary);
    d.advice = std::move(advice);
    d.driverText = std::move(driverText);
    return d;
}

struct Target {
    QString host;
    int port = 0; // 0: unknown (named instance through the Browser)
};

// "tcp:HOST\INST,1433" -> HOST and the port that will be tried.
Target targetOf(const ConnectionSettings& s)
{
    Target t;
    QString server = s.server.trimmed();
    if (server.startsWith(QLatin1String("tcp:"), Qt::CaseInsensitive))
        server = server.mid(4);
    int port = s.port;
    const int comma = server.indexOf(QLatin1Char(','));
    if (comma >= 0) {
        if (port <= 0)
            port = server.mid(comma + 1).trimmed().toInt();
        server = server.left(comma);
    }
    const int slash = server.indexOf(QLatin1Char('\\'));
    const bool namedInstance = slash >= 0;
    if (namedInstance)
        server = server.left(slash);
    t.host = server.trimmed();
    if (t.host == QLatin1String(".") || t.host.compare(QLatin1String("(local)")) == 0)
        t.host = QStringLiteral("localhost");
    t.port = port > 0 ? port : (namedInstance ? 0 : 1433);
    return t;
}

QString hostNotFound(const Target& t)
{
    return Text::tr("The server name \"%1\" is not known to the name service (DNS)").arg(t.host);
}

ConnectionDiagnosis refused(const Target& t, const QString& raw)
{
    return make(
        Cause::ConnectionRefused,
        Text::tr("%1 refused the connection: nothing accepts connections on port %2")
            .arg(t.host, QString::number(t.port)),
        Text::tr("Check that SQL Server is running there, that it listens on TCP port %1 (SQL "
                 "Server Configuration Manager, TCP/IP protocol), and the port number.")
            .arg(t.port),
        raw);
}

ConnectionDiagnosis timedOut(const ConnectionSettings& s, const Target& t, const QString& raw)
{
    const QString where =
        t.port > 0 ? QStringLiteral("%1,%2").arg(t.host, QString::number(t.port)) : t.host;
    return make(
        Cause::Timeout,
        Text::tr("%1 did not answer within the login timeout of %2 seconds")
            .arg(where, QString::number(s.loginTimeoutSeconds)),
        Text::tr("A firewall may be dropping the connection, or the server is overloaded or "
                 "not SQL Server. Check the firewall and the port, or raise the login "
                 "timeout on a slow network."),
        raw);
}

} // namespace

QString ConnectionDiagnosis::sentence() const
{
    if (advice.isEmpty())
        return summary + QLatin1Char('.');
    return summary + QStringLiteral(". ") + advice;
}

std::optional<ConnectionDiagnosis> diagnoseBeforeConnecting(const ConnectionSettings& s,
                                                            const QStringList& installedDrivers,
                                                            const QStringList& dataSources)
{
    if (!s.dsn.isEmpty()) {
        if (!dataSources.contains(s.dsn, Qt::CaseInsensitive)) {
            return make(
                Cause::DriverNotInstalled,
                Text::tr("The ODBC data source \"%1\" is not defined on this computer").arg(s.dsn),
                Text::tr("Define it in the ODBC administrator (odbcad32 on Windows, odbc.ini "
                         "elsewhere), or choose a driver and server instead."));
        }
        return std::nullopt;
    }
    if (s.odbcDriver.trimmed().isEmpty())
        return make(Cause::InvalidSettings, Text::tr("No ODBC driver is chosen"),
                    Text::tr("Choose an installed driver, such as ODBC Driver 18 for SQL Server."));
    if (!installedDrivers.contains(s.odbcDriver.trimmed(), Qt::CaseInsensitive)) {
        QString advice =
            Text::tr("Install Microsoft ODBC Driver 18 for SQL Server (or FreeTDS), or "
                     "choose an installed driver.");
        if (!installedDrivers.isEmpty())
            advice += QLatin1Char(' ') +
                      Text::tr("Installed: %1.").arg(installedDrivers.join(QStringLiteral(", ")));
        return make(Cause::DriverNotInstalled,
                    Text::tr("The ODBC driver \"%1\" is not installed").arg(s.odbcDriver), advice);
    }
    if (targetOf(s).host.isEmpty())
        return make(
            Cause::InvalidSettings, Text::tr("No server name is given"),
            Text::tr("Enter the SQL Server's host name, with \\INSTANCE for a named instance."));
    if (s.authentication == ConnectionSettings::Authentication::SqlLogin &&
        s.userName.trimmed().isEmpty())
        return make(Cause::InvalidSettings,
                    Text::tr("No user name is given for the SQL Server login"),
                    Text::tr("Enter the login's name, or choose Windows authentication."));
    return std::nullopt;
}

ConnectionDiagnosis diagnoseConnectError(const DbError& error, const ConnectionSettings& s,
                                         const NetworkProbe& probe, qint64 elapsedMs)
{
    const QString& raw = error.driverText;
    const Target t = targetOf(s);
    switch (error.kind) {
    case DbError::Kind::DriverMissing:
        return make(Cause::DriverNotInstalled, error.summary, error.advice, raw);
    case DbError::Kind::LoginFailed:
        return make(Cause::LoginFailed, error.summary, error.advice, raw);
    case DbError::Kind::InvalidInput:
        return make(Cause::InvalidSettings, error.summary, error.advice, raw);
    default:
        break;
    }
    if (says(raw, {"SSL Provider", "SSL routines", "certificate", "TLS", "SSL Security error",
                   "encryption"}))
        return make(Cause::TlsRefused,
                    Text::tr("The server refused the encrypted connection (TLS/certificate)"),
                    error.advice, raw);
    // Microsoft drivers report Winsock codes: 11001 (0x2AF9) host unknown, 10061 (0x274D)
    // refused; FreeTDS and Unix resolvers use words.
    if (says(raw, {"Unknown host", "No such host", "Name or service not known", "0x2AF9",
                   "could not be resolved", "nodename nor servname"}) ||
        probe.outcome == NetworkProbe::Outcome::HostNotFound)
        return make(
            Cause::HostNotFound, hostNotFound(t),
            Text::tr("Check the spelling of the server name, or use its IP address or fully "
                     "qualified name (server.domain.com)."),
            raw);
    if (says(raw, {"Connection refused", "actively refused", "0x274D"}) ||
        probe.outcome == NetworkProbe::Outcome::Refused)
        return refused(t, raw);
    const bool waitedOut =
        s.loginTimeoutSeconds > 0 && elapsedMs >= qint64(s.loginTimeoutSeconds) * 1000 - 500;
    if (error.kind == DbError::Kind::Timeout || probe.outcome == NetworkProbe::Outcome::NoAnswer ||
        says(raw, {"timeout expired", "timed out"}) ||
        (probe.outcome == NetworkProbe::Outcome::PortOpen && waitedOut))
        return timedOut(s, t, raw);
    return make(Cause::Other, error.summary, error.advice, raw);
}

NetworkProbe probeServer(const ConnectionSettings& s, int timeoutMs)
{
    NetworkProbe probe;
    const Target t = targetOf(s);
    if (!s.dsn.isEmpty() || t.host.isEmpty())
        return probe;
    // The lookup first and on its own: a connect to an unknown name reports it less clearly.
    QHostAddress address(t.host);
    if (address.isNull()) {
        const QHostInfo info = QHostInfo::fromName(t.host);
        if (info.error() != QHostInfo::NoError || info.addresses().isEmpty()) {
            probe.outcome = NetworkProbe::Outcome::HostNotFound;
            probe.detail = info.errorString();
            return probe;
        }
        address = info.addresses().first();
    }
    if (t.port <= 0)
        return probe;
    QTcpSocket socket;
    socket.connectToHost(address, static_cast<quint16>(t.port));
    if (socket.waitForConnected(timeoutMs)) {
        probe.outcome = NetworkProbe::Outcome::PortOpen;
        socket.abort();
        return probe;
    }
    probe.detail = socket.errorString();
    probe.outcome =
        socket.error() == QAbstractSocket::ConnectionRefusedError ? NetworkProbe::Outcome::Refused
        : socket.error() == QAbstractSocket::HostNotFoundError ? NetworkProbe::Outcome::HostNotFound
                                                               : NetworkProbe::Outcome::NoAnswer;
    return probe;
}

ConnectionDiagnosis testConnection(const ConnectionSettings& s, const QString& database)
{
    if (auto problem = diagnoseBeforeConnecting(s, installedOdbcDrivers(), odbcDataSources()))
        return *problem;
    const OdbcConnector connector(s);
    QElapsedTimer clock;
    clock.start();
    const Result<QSqlDatabase> db = connector.open(database);
    const qint64 elapsed = clock.elapsed();
    // A test leaves nothing open behind: the next real connection starts afresh.
    ThreadConnections::discard(connector.connectionKey(database));
    if (db.ok()) {
        return make(Cause::Connected, Text::tr("Connected to %1").arg(s.displayName()),
                    Text::tr("The settings work."));
    }
    NetworkProbe probe;
    if (db.error().kind == DbError::Kind::ConnectionFailed ||
        db.error().kind == DbError::Kind::Timeout)
        probe = probeServer(s, qBound(1000, s.loginTimeoutSeconds * 1000, 5000));
    return diagnoseConnectError(db.error(), s, probe, elapsed);
}

} // namespace bts
