#pragma once

#include "ConnectionSettings.h"
#include "core/DbError.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace bts {

// Why a test connection failed, in words an operator can act on, with the driver's own text
// kept for a "Show driver text" button. Drivers word the same failure differently (FreeTDS says
// "Adaptive Server is unavailable" for a closed port as for a dead host), so the diagnosis
// also resolves the host name and probes the TCP port itself when the driver's text is vague.
struct ConnectionDiagnosis {
    enum class Cause {
        Connected,
        InvalidSettings,    // e.g. no server name
        DriverNotInstalled, // or the data source is not defined
        HostNotFound,
        ConnectionRefused, // the host answered, nothing listens on the port
        Timeout,           // no answer within the login timeout
        LoginFailed,
        TlsRefused, // the encrypted connection (certificate, protocol) was refused
        Other,
    };

    Cause cause = Cause::Other;
    QString summary; // "Nothing accepts connections on port 1 of 127.0.0.1"
    QString advice;  // what to do about it
    QString driverText;

    bool ok() const { return cause == Cause::Connected; }
    // "<summary>. <advice>"
    QString sentence() const;
};

// What a TCP probe of the server found; the test connection fills it in only when needed.
struct NetworkProbe {
    enum class Outcome { NotProbed, HostNotFound, Refused, NoAnswer, PortOpen };
    Outcome outcome = Outcome::NotProbed;
    QString detail; // the socket's own message
};

// Checks that can fail before any connection: missing server, driver or data source not known
// to the driver manager. nullopt when nothing is wrong.
std::optional<ConnectionDiagnosis> diagnoseBeforeConnecting(const ConnectionSettings& settings,
                                                            const QStringList& installedDrivers,
                                                            const QStringList& dataSources);

// A failed open (as OdbcConnector reports it) in words. `probe` refines vague driver messages;
// `elapsedMs` tells a timeout from a quick failure.
ConnectionDiagnosis diagnoseConnectError(const DbError& error, const ConnectionSettings& settings,
                                         const NetworkProbe& probe = {}, qint64 elapsedMs = 0);

// Resolves settings.server and tries its TCP port (settings.port, else 1433) for at most
// `timeoutMs`. Blocking: call on a database thread. NotProbed for a DSN or a named instance
// without a port (the SQL Server Browser decides that port).
NetworkProbe probeServer(const ConnectionSettings& settings, int timeoutMs);

// The Test button's work: checks, connects to `database` on the calling thread (a database
// thread: it blocks up to the login timeout), closes again, and says what happened.
ConnectionDiagnosis testConnection(const ConnectionSettings& settings, const QString& database);

} // namespace bts
