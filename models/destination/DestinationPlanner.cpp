#include "DestinationPlanner.h"

#include "LogShippingJob.h"

#include <QCoreApplication>

namespace bts {
namespace {

// The file's messages, under one context for lupdate and the translator alike.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(bts::DestinationPlanner)
};

const QString Master = QStringLiteral("master");
const QString Msdb = QStringLiteral("msdb");

DbError invalid(const QString& message)
{
    DbError error;
    error.kind = DbError::Kind::InvalidInput;
    error.summary = message;
    return error;
}

ServerCommand jobEnabled(const QString& server, const QString& job, bool enabled)
{
    ServerCommand call;
    call.server = server;
    call.database = Msdb;
    call.procedure = {Msdb, QStringLiteral("dbo"), QStringLiteral("sp_update_job")};
    call.parameters = {{QStringLiteral("job_name"), job},
                       {QStringLiteral("enabled"), enabled ? 1 : 0}};
    call.purpose = enabled ? Text::tr("Enable %1 on %2").arg(job, server)
                           : Text::tr("Disable %1 on %2").arg(job, server);
    return call;
}

bool hasControlCharacters(const QString& text)
{
    for (const QChar c : text) {
        if (c.category() == QChar::Other_Control)
            return true;
    }
    return false;
}

QVariant nullIfEmpty(const QString& text)
{
    // A folder is bound as typed: trimmed, it would name another folder than the one shown.
    return text.trimmed().isEmpty() ? QVariant() : QVariant(text);
}

} // namespace

QVector<Finding> validateDestinationConfig(const DestinationConfig& config)
{
    QVector<Finding> findings;
    const auto error = [&](const QString& message) {
        findings.append({Finding::Level::Error, Finding::Field::Databases, message});
    };
    const struct {
        const QString& value;
        int max;
        QString what;
    } fields[] = {{config.description, 500, Text::tr("The description")},
                  {config.managementServer, 128, Text::tr("The management server")},
                  {config.managementDatabase, 128, Text::tr("The management database")},
                  {config.destination, 128, Text::tr("The destination server")}};
    for (const auto& field : fields) {
        if (field.value.trimmed().isEmpty())
            error(Text::tr("%1 is empty.").arg(field.what));
        else if (field.value.size() > field.max)
            error(Text::tr("%1 has %2 characters; at most %3.")
                      .arg(field.what)
                      .arg(field.value.size())
                      .arg(field.max));
        else if (hasControlCharacters(field.value))
            error(Text::tr("%1 contains control characters.").arg(field.what));
    }
    if (config.sourceServerName) {
        // Bound to @SourceServerName as typed: trimmed or cut, it would name another server.
        const QString& name = *config.sourceServerName;
        if (name.trimmed().isEmpty())
            error(Text::tr(
                "Name the source server this destination restores, or choose all of them."));
        else if (name.size() > 128)
            error(Text::tr("The source server name has %1 characters; at most 128.")
                      .arg(name.size()));
        else if (hasControlCharacters(name))
            error(Text::tr("The source server name contains control characters."));
        else if (name != name.trimmed())
            error(Text::tr("The source server name starts or ends with a space: remove it."));
    }
    return findings;
}

Result<QVector<ServerCommand>> planDestinationSetup(const DestinationConfig& config,
                                                    const DestinationScripts& scripts,
                                                    const DestinationChecks& checks,
                                                    const DestinationState& current)
{
    for (const Finding& f : validateDestinationConfig(config)) {
        if (f.level == Finding::Level::Error)
            return invalid(f.message);
    }
    if (checks.blocked())
        return invalid(
            Text::tr("%1 does not meet the prerequisites: fix what the checks say first.")
                .arg(config.destination));
    if (config.runScripts && current.isConfigured() && !config.confirmedReplacingConfiguration)
        return invalid(Text::tr("%1 already has a log-shipping configuration: "
                                "LogShipping_Destination_Schema.sql drops it. "
                                "Type the server's name to confirm.")
                           .arg(config.destination));
    if (!config.runScripts && !current.isConfigured())
        return invalid(Text::tr("The scripts have never run on %1: they must run first.")
                           .arg(config.destination));

    QVector<ServerCommand> commands = checks.fixes();
    if (config.runScripts) {
        const auto addScript = [&](const QVector<SqlBatch>& batches, const QString& file) {
            for (int i = 0; i < batches.size(); ++i) {
                for (int r = 0; r < batches.at(i).repeat; ++r)
                    commands.append(
                        ServerCommand::fromBatch(config.destination, Master, batches.at(i).text,
                                                 Text::tr("%1, batch %2 of %3 (line %4)")
                                                     .arg(file)
                                                     .arg(i + 1)
                                                     .arg(batches.size())
                                                     .arg(batches.at(i).firstLine)));
            }
        };
        if (scripts.schema.isEmpty() || scripts.logic.isEmpty())
            return invalid(Text::tr(
                "The destination scripts were not read: choose the BizTalk Schema folder."));
        addScript(scripts.schema, QStringLiteral("LogShipping_Destination_Schema.sql"));
        addScript(scripts.logic, QStringLiteral("LogShipping_Destination_Logic.sql"));
    }
    ServerCommand configure;
    configure.server = config.destination;
    configure.database = Master;
    configure.procedure = {Master, QStringLiteral("dbo"),
                           QStringLiteral("bts_ConfigureBizTalkLogShipping")};
    configure.parameters = {
        {QStringLiteral("nvcDescription"), config.description},
        {QStringLiteral("nvcMgmtDatabaseName"), config.managementDatabase},
        {QStringLiteral("nvcMgmtServerName"), config.managementServer},
        {QStringLiteral("SourceServerName"),
         config.sourceServerName ? QVariant(*config.sourceServerName) : QVariant()},
        {QStringLiteral("fLinkServers"), config.linkServers ? 1 : 0}};
    configure.purpose = Text::tr("Configure %1 to restore %2")
                            .arg(config.destination,
                                 config.sourceServerName
                                     ? Text::tr("the databases of %1").arg(*config.sourceServerName)
                                     : Text::tr("every source database"));
    commands.append(configure);
    return commands;
}

Result<QVector<ServerCommand>> planPathsAndJobs(const DestinationState& state,
                                                const QVector<PathRedirect>& redirects,
                                                bool enableJobs)
{
    QVector<ServerCommand> commands;
    const QString table = QStringLiteral("bts_LogShippingDatabases");
    if (!redirects.isEmpty()) {
        for (const char* column : {"DatabaseName", "DBFileLocation", "LogFileLocation"}) {
            if (!state.hasColumn(table, QString::fromLatin1(column)))
                return invalid(
                    Text::tr("bts_LogShippingDatabases on %1 has no column %2: paths cannot "
                             "be redirected on this "
                             "build.")
                        .arg(state.server, QString::fromLatin1(column)));
        }
    }
    for (const PathRedirect& redirect : redirects) {
        bool known = false;
        bool same = false;
        for (const QVariantMap& row : state.databases) {
            if (row.value(QStringLiteral("DatabaseName"))
                    .toString()
                    .compare(redirect.database, Qt::CaseInsensitive) != 0)
                continue;
            known = true;
            same = row.value(QStringLiteral("DBFileLocation")).toString() ==
                       nullIfEmpty(redirect.dbFileLocation).toString() &&
                   row.value(QStringLiteral("LogFileLocation")).toString() ==
                       nullIfEmpty(redirect.logFileLocation).toString();
        }
        if (!known)
            return invalid(
                Text::tr("%1 is not restored by %2.").arg(redirect.database, state.server));
        for (const QString& path : {redirect.dbFileLocation, redirect.logFileLocation}) {
            if (path.size() > 500 || hasControlCharacters(path))
                return invalid(
                    Text::tr("The folder for %1 is too long or contains control characters.")
                        .arg(redirect.database));
        }
        if (same)
            continue;
        commands.append(ServerCommand::fromStatement(
            state.server, Master, QStringLiteral("update_logshipping_paths"),
            {{QStringLiteral("DBFileLocation"), nullIfEmpty(redirect.dbFileLocation)},
             {QStringLiteral("LogFileLocation"), nullIfEmpty(redirect.logFileLocation)},
             {QStringLiteral("DatabaseName"), redirect.database}},
            Text::tr("Read the backups of %1 from another folder").arg(redirect.database)));
    }
    if (enableJobs) {
        for (const LogShippingJobKind kind :
             {LogShippingJobKind::GetBackupHistory, LogShippingJobKind::RestoreDatabases}) {
            const LogShippingJob* job = state.job(kind);
            if (!job)
                return invalid(
                    Text::tr("No '%1' job on %2: did bts_ConfigureBizTalkLogShipping run?")
                        .arg(logShippingJobKindName(kind), state.server));
            if (!job->enabled)
                commands.append(jobEnabled(state.server, job->name, true));
        }
    }
    return commands;
}

Result<QVector<ServerCommand>> planClean(const DestinationState& state, const QString& sourceId,
                                         const QString& managementServer,
                                         const QString& managementDatabase)
{
    if (sourceId.trimmed().isEmpty() || hasControlCharacters(sourceId))
        return invalid(
            Text::tr("Name the source to clean (the identifier it was configured with)."));
    // The identifier is the source server's name (a sysname): longer, SQL Server would cut it.
    if (sourceId.size() > 128)
        return invalid(
            Text::tr("The source to clean has %1 characters; a server name has at most 128.")
                .arg(sourceId.size()));
    const LogShippingJob* restore = state.job(LogShippingJobKind::RestoreDatabases);
    if (!restore)
        return invalid(
            Text::tr("No Restore Databases job on %1: is it configured?").arg(state.server));
    QVector<ServerCommand> commands;
    commands.append(jobEnabled(state.server, restore->name, false));
    ServerCommand clean;
    clean.server = state.server;
    clean.database = Master;
    clean.procedure = {Master, QStringLiteral("dbo"), QStringLiteral("sp_LogShippingClean")};
    clean.parameters = {{QString(), sourceId}};
    clean.purpose =
        Text::tr("Drop the restored databases of %1 on %2 and forget its last restored set")
            .arg(sourceId, state.server);
    commands.append(clean);
    ServerCommand force;
    force.server = managementServer;
    force.database = managementDatabase;
    force.procedure = {QStringLiteral("dbo"), QStringLiteral("sp_ForceFullBackup")};
    force.purpose = Text::tr("Take a full backup on the source's next run, to restore from");
    commands.append(force);
    commands.append(jobEnabled(state.server, restore->name, true));
    return commands;
}

} // namespace bts
