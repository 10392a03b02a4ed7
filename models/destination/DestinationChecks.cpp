#include "DestinationChecks.h"

#include "group/BackupJobSettings.h"
#include "sql/SqlRunner.h"

#include <QCoreApplication>
#include <QSet>

namespace bts {
namespace {

// The file's messages, under one context for lupdate and the translator alike.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(bts::DestinationChecks)
};

const QString Master = QStringLiteral("master");

Finding finding(Finding::Level level, const QString& message)
{
    return {level, Finding::Field::Databases, message};
}

// The folder part of a file path, for either separator.
QString folderOf(const QString& path)
{
    const int cut = qMax(path.lastIndexOf(QLatin1Char('\\')), path.lastIndexOf(QLatin1Char('/')));
    return cut > 0 ? path.left(cut) : path;
}

std::optional<QString> scalarText(const SqlRunner& run, const QString& server,
                                  const QString& statement, const QVariantList& values,
                                  DbError* error)
{
    Result<QSqlQuery> q = run.query(server, Master, statement, values);
    if (!q) {
        if (error)
            *error = q.error();
        return std::nullopt;
    }
    if (!q.value().next())
        return QString();
    return q.value().value(0).toString();
}

ServerCommand configure(const QString& destination, const QString& option, int value)
{
    ServerCommand call;
    call.server = destination;
    call.database = Master;
    call.procedure = {Master, QStringLiteral("dbo"), QStringLiteral("sp_configure")};
    call.parameters = {{QStringLiteral("configname"), option},
                       {QStringLiteral("configvalue"), value}};
    call.purpose =
        Text::tr("Set '%1' to %2 on %3").arg(option, QString::number(value), destination);
    return call;
}

} // namespace

bool DestinationChecks::blocked() const
{
    for (const PrerequisiteCheck& c : checks) {
        if (c.finding.level == Finding::Level::Error && c.fix.isEmpty())
            return true;
    }
    return false;
}

QVector<ServerCommand> DestinationChecks::fixes() const
{
    QVector<ServerCommand> all;
    for (const PrerequisiteCheck& c : checks)
        all += c.fix;
    return all;
}

QVector<ServerCommand> enableAdHocDistributedQueries(const QString& destination)
{
    const ServerCommand reconfigure =
        ServerCommand::fromStatement(destination, Master, QStringLiteral("reconfigure"), {},
                                     Text::tr("Make the option take effect"));
    return {configure(destination, QStringLiteral("show advanced options"), 1), reconfigure,
            configure(destination, QStringLiteral("Ad Hoc Distributed Queries"), 1), reconfigure};
}

Result<SourceFacts> readSourceFacts(const SqlConnector& connector, const GroupSnapshot& snapshot)
{
    const SqlRunner run(connector);
    SourceFacts facts;
    facts.managementServer = snapshot.managementServer;
    DbError error;
    const auto version =
        scalarText(run, snapshot.managementServer, QStringLiteral("server_property"),
                   {QStringLiteral("ProductVersion")}, &error);
    if (!version)
        return error;
    facts.productVersion = *version;

    QSet<QString> servers;
    QSet<QString> databases;
    for (const GroupDatabase& db : snapshot.databases) {
        if (db.inBackupJob) {
            servers.insert(db.server);
            databases.insert(db.server.toLower() + QLatin1Char('/') + db.actualName.toLower());
        }
    }
    QSet<QString> folders;
    for (const QString& server : std::as_const(servers)) {
        Result<QSqlQuery> files = run.query(server, Master, QStringLiteral("database_files"));
        if (!files)
            return files.error();
        while (files.value().next()) {
            const QString name = files.value().value(0).toString().toLower();
            if (databases.contains(server.toLower() + QLatin1Char('/') + name))
                folders.insert(folderOf(files.value().value(2).toString()));
        }
    }
    facts.dataFolders = QStringList(folders.begin(), folders.end());
    facts.dataFolders.sort(Qt::CaseInsensitive);

    // The '<destination path>' placeholder of an unconfigured job is no folder to look for.
    const BackupJobSettings settings = BackupJobSettings::fromJob(snapshot.job);
    for (const QString& path : {settings.full ? settings.full->backupPath : QString(),
                                settings.log ? settings.log->backupPath : QString()}) {
        if (!path.isEmpty() && path != DestinationPathPlaceholder &&
            !facts.backupFolders.contains(path))
            facts.backupFolders.append(path);
    }
    return facts;
}

DestinationChecks checkDestination(const SqlConnector& connector, const QString& destination,
                                   const SourceFacts& source)
{
    DestinationChecks result;
    result.server = destination;
    const SqlRunner run(connector);
    const auto add = [&](Finding::Level level, const QString& message,
                         QVector<ServerCommand> fix = {}) {
        result.checks.append({finding(level, message), std::move(fix)});
    };

    DbError error;
    const auto version = scalarText(run, destination, QStringLiteral("server_property"),
                                    {QStringLiteral("ProductVersion")}, &error);
    if (!version) {
        add(Finding::Level::Error, error.sentence());
        return result;
    }
    if (*version == source.productVersion)
        add(Finding::Level::Ok, Text::tr("SQL Server %1 on both %2 and %3: OK.")
                                    .arg(*version, source.managementServer, destination));
    else
        add(Finding::Level::Error,
            Text::tr(
                "%1 runs SQL Server %2 but the source %3 runs %4: the destination must run the "
                "same version (restores to another version are one-way).")
                .arg(destination, *version, source.managementServer, source.productVersion));

    const auto adHoc = scalarText(run, destination, QStringLiteral("server_configuration"),
                                  {QStringLiteral("Ad Hoc Distributed Queries")}, &error);
    if (adHoc && adHoc->toInt() == 1)
        add(Finding::Level::Ok, Text::tr("Ad Hoc Distributed Queries is enabled: OK."));
    else
        add(Finding::Level::Error,
            Text::tr(
                "Ad Hoc Distributed Queries is disabled on %1: bts_ConfigureBizTalkLogShipping "
                "needs it. The console can enable it (sp_configure).")
                .arg(destination),
            enableAdHocDistributedQueries(destination));

    const auto agent = scalarText(run, destination, QStringLiteral("agent_service"),
                                  {QStringLiteral("SQL Server Agent%")}, &error);
    if (!agent)
        add(Finding::Level::Warning,
            Text::tr("Could not tell whether SQL Server Agent runs on %1 (%2).")
                .arg(destination, error.sentence()));
    else if (agent->compare(QLatin1String("Running"), Qt::CaseInsensitive) == 0)
        add(Finding::Level::Ok, Text::tr("SQL Server Agent runs on %1: OK.").arg(destination));
    else
        add(Finding::Level::Error,
            Text::tr(
                "SQL Server Agent is %1 on %2: the log-shipping jobs would never run. Start it "
                "and set it to start automatically.")
                .arg(agent->isEmpty() ? Text::tr("not found") : *agent, destination));

    Result<QSqlQuery> linked = run.query(destination, Master, QStringLiteral("linked_servers"));
    bool isLinked = false;
    if (linked) {
        while (linked.value().next())
            isLinked = isLinked || linked.value().value(0).toString().compare(
                                       source.managementServer, Qt::CaseInsensitive) == 0;
    }
    add(isLinked ? Finding::Level::Ok : Finding::Level::Info,
        isLinked
            ? Text::tr("%1 has a linked server to %2: OK.")
                  .arg(destination, source.managementServer)
            : Text::tr("%1 has no linked server to %2: configure with @fLinkServers = 1 to create "
                       "it (RPC and RPC "
                       "Out must be allowed).")
                  .arg(destination, source.managementServer));

    for (const QString& folder : source.dataFolders + source.backupFolders) {
        const bool backup = source.backupFolders.contains(folder);
        const auto exists =
            scalarText(run, destination, QStringLiteral("folder_exists"), {folder}, &error);
        if (!exists)
            add(Finding::Level::Warning, Text::tr("Could not check %1 on %2 (%3).")
                                             .arg(folder, destination, error.sentence()));
        else if (exists->toInt() == 1)
            add(Finding::Level::Ok,
                backup ? Text::tr("%1 can read the backup folder %2: OK.").arg(destination, folder)
                       : Text::tr("%1 exists on %2: OK.").arg(folder, destination));
        else
            add(Finding::Level::Error,
                backup ? Text::tr(
                             "%1 cannot see the backup folder %2: share it, or redirect the paths "
                             "after configuring.")
                             .arg(destination, folder)
                       : Text::tr(
                             "%1 does not exist on %2: data and log files are restored to the same "
                             "folders as on the "
                             "source (RESTORE WITH MOVE is not supported). Create it first.")
                             .arg(folder, destination));
    }
    if (source.backupFolders.isEmpty())
        add(Finding::Level::Warning,
            Text::tr(
                "The source's Backup BizTalk Server job has no backup folder yet: configure it "
                "first, or nothing will reach %1.")
                .arg(destination));
    add(Finding::Level::Info,
        Text::tr(
            "MSDTC must run on every node, and the destination's SQL Server Agent account needs a "
            "login on the source management server in BTS_BACKUP_USERS; create the BizTalk logins "
            "on %1 in advance.")
            .arg(destination));
    return result;
}

} // namespace bts
