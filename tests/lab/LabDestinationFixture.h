#pragma once

#include "LabFixture.h"
#include "lab/LabLogShipping.h"

#include <QFile>
#include <QRegularExpression>

// A lab whose destination LABSQL02 is configured the way the console configures it: through
// ServerCommands only (the stand-in scripts' batches, sp_configure, RECONFIGURE,
// bts_ConfigureBizTalkLogShipping, sp_update_job).
class LabDestinationTest : public LabTest {
protected:
    static inline const QString Destination = bts::LabTopology::DestinationServer;
    static inline const QString Master = QStringLiteral("master");
    static inline const QString Description = QStringLiteral("Lab DR");

    // The batches of one of the lab's stand-in scripts, split at its GO lines.
    QStringList scriptBatches(const QString& fileName) const
    {
        QFile file(QDir(lab->schemaFolder()).filePath(fileName));
        EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << fileName.toStdString();
        static const QRegularExpression go(QStringLiteral(R"(^\s*GO\s*$)"),
                                           QRegularExpression::CaseInsensitiveOption |
                                               QRegularExpression::MultilineOption);
        QStringList batches;
        for (const QString& batch : QString::fromUtf8(file.readAll()).split(go)) {
            if (!batch.trimmed().isEmpty())
                batches.append(batch);
        }
        return batches;
    }

    bts::Status runScript(const QString& fileName)
    {
        for (const QString& batch : scriptBatches(fileName)) {
            bts::ServerCommand command;
            command.server = Destination;
            command.database = Master;
            command.statement = batch;
            command.purpose = QStringLiteral("Run a batch of %1").arg(fileName);
            if (bts::Status s = lab->backend()->execute(command); !s)
                return s;
        }
        return bts::success();
    }
    void runScripts()
    {
        for (const QString& name : {QStringLiteral("LogShipping_Destination_Schema.sql"),
                                    QStringLiteral("LogShipping_Destination_Logic.sql")}) {
            const bts::Status s = runScript(name);
            ASSERT_TRUE(s.ok()) << s.error().sentence().toStdString();
        }
    }

    bts::Status call(const QString& server, const QString& database, const QStringList& procedure,
                     const QVector<QPair<QString, QVariant>>& parameters = {})
    {
        bts::ServerCommand command;
        command.server = server;
        command.database = database;
        command.procedure = procedure;
        command.parameters = parameters;
        return lab->backend()->execute(command);
    }
    bts::Status statement(const QString& sql)
    {
        bts::ServerCommand command;
        command.server = Destination;
        command.database = Master;
        command.statement = sql;
        return lab->backend()->execute(command);
    }
    bts::Status configureOption(const QString& name, int value)
    {
        return call(
            Destination, Master,
            {QStringLiteral("master"), QStringLiteral("dbo"), QStringLiteral("sp_configure")},
            {{QStringLiteral("configname"), name}, {QStringLiteral("configvalue"), value}});
    }
    void enableAdHocQueries()
    {
        for (const auto& [name, value] :
             QVector<QPair<QString, int>>{{QStringLiteral("show advanced options"), 1},
                                          {QStringLiteral("Ad Hoc Distributed Queries"), 1}}) {
            ASSERT_TRUE(configureOption(name, value).ok());
            ASSERT_TRUE(statement(QStringLiteral("RECONFIGURE")).ok());
        }
    }
    bts::Status configureLogShipping(const QVariant& sourceServer = QVariant(), int link = 1)
    {
        return call(Destination, Master,
                    {QStringLiteral("master"), QStringLiteral("dbo"),
                     bts::LabLogShipping::ConfigureProcedure},
                    {{QStringLiteral("nvcDescription"), Description},
                     {QStringLiteral("nvcMgmtDatabaseName"), bts::LabTopology::ManagementDatabase},
                     {QStringLiteral("nvcMgmtServerName"), bts::LabTopology::SourceServer},
                     {QStringLiteral("SourceServerName"), sourceServer},
                     {QStringLiteral("fLinkServers"), link}});
    }
    bts::Status setJobEnabled(const QString& job, bool enabled)
    {
        return call(
            Destination, QStringLiteral("msdb"),
            {QStringLiteral("msdb"), QStringLiteral("dbo"), QStringLiteral("sp_update_job")},
            {{QStringLiteral("job_name"), job}, {QStringLiteral("enabled"), enabled ? 1 : 0}});
    }
    bts::Status startJob(const QString& job)
    {
        return call(Destination, QStringLiteral("msdb"),
                    {QStringLiteral("msdb"), QStringLiteral("dbo"), QStringLiteral("sp_start_job")},
                    {{QStringLiteral("job_name"), job}});
    }
    bts::Status forceFullBackup()
    {
        return call(bts::LabTopology::SourceServer, bts::LabTopology::ManagementDatabase,
                    {QStringLiteral("dbo"), QStringLiteral("sp_ForceFullBackup")});
    }

    // Backups running on the source (every database FULL), LABSQL02 configured and its Get
    // Backup History and Restore Databases jobs enabled.
    void startLogShipping()
    {
        makeCustomDatabaseFull();
        startBackups();
        runScripts();
        enableAdHocQueries();
        const bts::Status configured = configureLogShipping();
        ASSERT_TRUE(configured.ok()) << configured.error().sentence().toStdString();
        for (const QString& job :
             {bts::LabLogShipping::GetBackupHistoryJob, bts::LabLogShipping::RestoreDatabasesJob})
            ASSERT_TRUE(setJobEnabled(job, true).ok());
    }

    QVariant onDestination(const QString& sql, const QVariantList& values = {},
                           const QString& database = QStringLiteral("master")) const
    {
        bts::LabConnector c(lab->root());
        auto r = c.scalar(Destination, database, sql, values);
        EXPECT_TRUE(r.ok()) << sql.toStdString();
        return r.ok() ? r.value() : QVariant();
    }
    qint64 lastRestoredSet() const
    {
        const QVariant v = onDestination(QStringLiteral("SELECT MAX(LastRestoreSetId) FROM "
                                                        "bts_LogShippingLastRestoreSet"));
        return v.isNull() ? -1 : v.toLongLong();
    }
    // Complete log sets of the source, oldest first.
    std::vector<qint64> completeLogSets() const
    {
        std::vector<qint64> ids;
        for (const SetRow& set : sets())
            if (set.type == QLatin1String("lg") && set.complete == 1)
                ids.push_back(set.setId);
        return ids;
    }
    // The newest run of one of LABSQL02's jobs: its outcome row's status and the message of
    // its step.
    struct LastRun {
        int status = -1;
        QString stepMessage;
    };
    LastRun lastRun(const QString& job) const
    {
        bts::LabConnector c(lab->root());
        auto q = c.run(Destination, QStringLiteral("msdb"),
                       QStringLiteral("SELECT h.step_id, h.run_status, h.message FROM "
                                      "sysjobhistory h JOIN sysjobs j ON j.job_id = h.job_id "
                                      "WHERE j.name = ? ORDER BY h.instance_id DESC LIMIT 2"),
                       {job});
        LastRun run;
        if (!q.ok())
            return run;
        while (q.value().next()) {
            if (q.value().value(0).toInt() == 0)
                run.status = q.value().value(1).toInt();
            else
                run.stepMessage = q.value().value(2).toString();
        }
        return run;
    }
};
