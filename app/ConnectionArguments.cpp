#include "ConnectionArguments.h"

#include "lab/Lab.h"
#include "mssql/SqlServerBackend.h"

#include <QCommandLineParser>

namespace bts {
namespace {

QString latin1(const char* text)
{
    return QString::fromLatin1(text);
}

} // namespace

QString ConnectionArguments::labRoot() const
{
    return labFolder.isEmpty() ? Lab::defaultRoot() : labFolder;
}

void addConnectionOptions(QCommandLineParser& parser)
{
    const struct {
        const char* name;
        const char* valueName;
        const char* description;
    } options[] = {
        {"lab-folder", "dir", "Reads the lab in <dir> (default: the console's own lab)."},
        {"server", "name", "Reads the group whose management database is on SQL Server <name>."},
        {"database", "name", "The management database (default BizTalkMgmtDb)."},
        {"driver", "name", "The ODBC driver (default \"ODBC Driver 18 for SQL Server\")."},
        {"port", "number", "The server's TCP port (default: the driver's)."},
        {"user", "login",
         "Logs in as SQL login <login>, with the password from the environment variable "
         "BTS_LOGSHIP_PASSWORD (default: Windows authentication)."},
        {"trust-server-certificate", "", "Accepts the server's certificate without checking it."},
        {"no-encrypt", "", "Does not encrypt the connection."},
    };
    for (const auto& o : options)
        parser.addOption(
            QCommandLineOption(latin1(o.name), latin1(o.description), latin1(o.valueName)));
}

QString readConnectionArguments(const QCommandLineParser& parser, ConnectionArguments& arguments)
{
    arguments.labFolder = parser.value(QStringLiteral("lab-folder"));
    if (parser.isSet(QStringLiteral("lab-folder")) && arguments.labFolder.isEmpty())
        return QStringLiteral("--lab-folder needs a folder.");
    if (!parser.isSet(QStringLiteral("server"))) {
        for (const char* option :
             {"database", "driver", "port", "user", "trust-server-certificate", "no-encrypt"}) {
            if (parser.isSet(latin1(option)))
                return QStringLiteral("--%1 needs --server.").arg(latin1(option));
        }
        return QString();
    }
    if (parser.isSet(QStringLiteral("lab-folder")))
        return QStringLiteral("Use either --lab-folder or --server, not both.");
    arguments.server = parser.value(QStringLiteral("server")).trimmed();
    if (arguments.server.isEmpty())
        return QStringLiteral("--server needs a server name.");
    for (const auto& [option, target] :
         {std::pair{"database", &arguments.database}, std::pair{"driver", &arguments.driver},
          std::pair{"user", &arguments.user}}) {
        if (!parser.isSet(latin1(option)))
            continue;
        *target = parser.value(latin1(option)).trimmed();
        if (target->isEmpty())
            return QStringLiteral("--%1 needs a name.").arg(latin1(option));
    }
    if (parser.isSet(QStringLiteral("port"))) {
        const QString text = parser.value(QStringLiteral("port"));
        const std::optional<int> port = parseWholeNumber(text);
        if (!port || *port < 1 || *port > 65535)
            return QStringLiteral("--port needs a whole number from 1 to 65535, not '%1'.")
                .arg(text);
        arguments.port = *port;
    }
    arguments.trustServerCertificate = parser.isSet(QStringLiteral("trust-server-certificate"));
    arguments.encrypt = !parser.isSet(QStringLiteral("no-encrypt"));
    return QString();
}

QString missingPassword(const ConnectionArguments& arguments)
{
    if (arguments.user.isEmpty() || qEnvironmentVariableIsSet(PasswordVariable))
        return QString();
    return QStringLiteral("--user needs the password in the environment variable %1.")
        .arg(latin1(PasswordVariable));
}

Result<std::shared_ptr<GroupBackend>> openGroupBackend(const ConnectionArguments& arguments)
{
    if (arguments.isLab()) {
        Lab lab(arguments.labRoot());
        if (Status created = lab.ensureCreated(); !created)
            return created.error();
        return lab.backend();
    }
    ConnectionSettings settings;
    settings.odbcDriver = arguments.driver;
    settings.server = arguments.server;
    settings.port = arguments.port;
    if (!arguments.user.isEmpty()) {
        settings.authentication = ConnectionSettings::Authentication::SqlLogin;
        settings.userName = arguments.user;
        settings.password = qEnvironmentVariable(PasswordVariable);
    }
    settings.encrypt = arguments.encrypt;
    settings.trustServerCertificate = arguments.trustServerCertificate;
    return std::shared_ptr<GroupBackend>(
        std::make_shared<SqlServerBackend>(settings, arguments.database));
}

std::optional<int> parseWholeNumber(const QString& text)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    return ok ? std::optional<int>(value) : std::nullopt;
}

} // namespace bts
