#pragma once

#include "core/Result.h"

#include <QString>

#include <memory>

class QCommandLineParser;

namespace bts {

class GroupBackend;

// Where a headless command (script, check) reads the group: the embedded lab, or a management
// database on SQL Server. Parsed without side effects; the password is not here: opening reads it
// from the environment.
struct ConnectionArguments {
    QString labFolder; // empty and no server: Lab::defaultRoot()
    QString server;    // non-empty: a SQL Server instead of the lab
    QString database = QStringLiteral("BizTalkMgmtDb");
    QString driver = QStringLiteral("ODBC Driver 18 for SQL Server");
    int port = 0; // 0: the driver's default
    QString user; // empty: Windows authentication
    bool trustServerCertificate = false;
    bool encrypt = true;

    bool isLab() const { return server.isEmpty(); }
    QString labRoot() const;
};

// The environment variable the SQL login's password is read from: a password given on the
// command line would be visible to every user of the machine in its process list.
inline constexpr char PasswordVariable[] = "BTS_LOGSHIP_PASSWORD";

// --lab-folder, --server, --database, --driver, --port, --user, --trust-server-certificate,
// --no-encrypt.
void addConnectionOptions(QCommandLineParser& parser);
// Fills `arguments` from a parsed command line; the error in words, or empty.
QString readConnectionArguments(const QCommandLineParser& parser, ConnectionArguments& arguments);
// With --user, the password must be in the environment (set but empty is a valid password).
QString missingPassword(const ConnectionArguments& arguments);

// The lab (created if it does not exist yet) or the SQL Server group.
Result<std::shared_ptr<GroupBackend>> openGroupBackend(const ConnectionArguments& arguments);

// Whole numbers only: "15", not "15m" or "1e3".
std::optional<int> parseWholeNumber(const QString& text);

} // namespace bts
