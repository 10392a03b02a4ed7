#include "Lab.h"

#include "LabAgent.h"
#include "LabBackend.h"
#include "LabConnector.h"
#include "LabLatency.h"
#include "LabSeeder.h"
#include "LabTopology.h"
#include "core/ThreadConnections.h"
#include "group/BackupJob.h"
#include "tsql/ExecCall.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace bts {

// Absolute, whatever folder it was named from: the lab's backup folder is written into the
// simulated job, and SQL Server (so the wizard) takes only full paths.
Lab::Lab(QString rootFolder)
    : m_root(QDir::cleanPath(QDir(rootFolder).absolutePath()))
{}

QString Lab::defaultRoot()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
        .filePath(QStringLiteral("lab"));
}

QString Lab::backupFolder() const
{
    return QDir(m_root).filePath(QStringLiteral("Backups"));
}

QString Lab::schemaFolder() const
{
    return QDir(m_root).filePath(QStringLiteral("BizTalk/Schema"));
}

bool Lab::exists() const
{
    return QFileInfo::exists(LabConnector(m_root).databaseFile(LabTopology::SourceServer,
                                                               LabTopology::ManagementDatabase));
}

Status Lab::ensureCreated(const QDateTime& startUtc)
{
    if (exists())
        return LabSeeder(m_root).upgrade();
    return LabSeeder(m_root).seed(startUtc, LabTopology::DefaultUtcOffsetSeconds);
}

Status Lab::reset(const QDateTime& startUtc)
{
    // Connections would keep reading the old files (on Windows they also keep them from being
    // deleted): this thread's are closed, every other thread's are replaced on next use.
    LabConnector(m_root).discardEveryConnection();
    QDir dir(m_root);
    if (dir.exists() && !dir.removeRecursively()) {
        DbError error;
        error.kind = DbError::Kind::Internal;
        error.summary = QStringLiteral("Could not delete the lab folder %1").arg(m_root);
        error.advice = QStringLiteral("Close other programs using it and try again.");
        return error;
    }
    LabLatency::forget(m_root); // latency.json went with the folder
    return LabSeeder(m_root).seed(startUtc, LabTopology::DefaultUtcOffsetSeconds);
}

Status Lab::advance(qint64 seconds)
{
    Result<QDateTime> now = utcNow();
    if (!now)
        return now.error();
    return advanceTo(now.value().addSecs(seconds));
}

Status Lab::advanceTo(const QDateTime& utc)
{
    LabConnector connector(m_root);
    return LabAgent(connector).advanceTo(utc);
}

Result<QDateTime> Lab::utcNow() const
{
    LabConnector connector(m_root);
    Result<LabAgent::Clock> clock = LabAgent(connector).clock();
    if (!clock)
        return clock.error();
    return clock.value().utcNow;
}

Status Lab::setUtcOffsetSeconds(int seconds)
{
    LabConnector connector(m_root);
    return LabAgent(connector).setUtcOffset(seconds);
}

Status Lab::setFault(LabFault fault, const QString& server, const QString& database, bool enabled)
{
    LabConnector connector(m_root);
    return LabFaults(connector).set(fault, server, database, enabled);
}

Result<QVector<ServerCommand>> Lab::quickStartCalls() const
{
    Result<GroupSnapshot> snapshot = backend()->readSnapshot();
    if (!snapshot)
        return snapshot.error();
    const BackupJobState& job = snapshot.value().job;
    const QString server = LabTopology::SourceServer;
    const QString path = QDir::toNativeSeparators(backupFolder());

    const auto stepCall = [&](const QString& stepName, const ExecCall& command) -> ServerCommand {
        const JobStep* step = job.step(stepName);
        ServerCommand call;
        call.server = server;
        call.database = QStringLiteral("msdb");
        call.procedure = {QStringLiteral("msdb"), QStringLiteral("dbo"),
                          QStringLiteral("sp_update_jobstep")};
        call.parameters = {{QStringLiteral("job_name"), job.name},
                           {QStringLiteral("step_id"), step ? step->id : 0},
                           {QStringLiteral("command"), command.toSql()}};
        call.purpose =
            QStringLiteral("Point job step '%1' at the lab's backup folder").arg(stepName);
        return call;
    };
    ExecCall full;
    full.nameParts = {QStringLiteral("dbo"), QStringLiteral("sp_BackupAllFull_Schedule")};
    full.arguments = {{{}, SqlLiteral::string(QStringLiteral("d"))},
                      {{}, SqlLiteral::string(QStringLiteral("BTS"))},
                      {{}, SqlLiteral::string(path)}};
    ExecCall log;
    log.nameParts = {QStringLiteral("dbo"), QStringLiteral("sp_MarkAll")};
    log.arguments = {{{}, SqlLiteral::string(QStringLiteral("BTS"))},
                     {{}, SqlLiteral::string(path)}};

    ServerCommand enable;
    enable.server = server;
    enable.database = QStringLiteral("msdb");
    enable.procedure = {QStringLiteral("msdb"), QStringLiteral("dbo"),
                        QStringLiteral("sp_update_job")};
    enable.parameters = {{QStringLiteral("job_name"), job.name}, {QStringLiteral("enabled"), 1}};
    enable.purpose = QStringLiteral("Enable the Backup BizTalk Server job");

    return QVector<ServerCommand>{stepCall(JobStepNames::BackupFull, full),
                                  stepCall(JobStepNames::MarkAndBackupLog, log), enable};
}

std::shared_ptr<GroupBackend> Lab::backend() const
{
    return std::make_shared<LabBackend>(m_root);
}

} // namespace bts
