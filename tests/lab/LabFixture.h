#pragma once

#include "TempDir.h"
#include "lab/Lab.h"
#include "lab/LabConnector.h"
#include "lab/LabTopology.h"

#include <QDir>
#include <QSqlQuery>

#include <memory>

// A fresh lab per test, with its clock at a known moment and the server's zone at UTC+1.
class LabTest : public TempDirTest {
protected:
    void SetUp() override
    {
        lab = std::make_unique<bts::Lab>(path(QStringLiteral("lab")));
        ASSERT_TRUE(lab->reset(start()).ok());
    }

    static QDateTime start() { return QDateTime(QDate(2026, 11, 23), QTime(21, 55), Qt::UTC); }

    // Runs the lab's quick start: backup folder configured, job enabled.
    void startBackups()
    {
        auto calls = lab->quickStartCalls();
        ASSERT_TRUE(calls.ok()) << calls.error().sentence().toStdString();
        for (const bts::ServerCommand& call : calls.value()) {
            const bts::Status s = lab->backend()->execute(call);
            ASSERT_TRUE(s.ok()) << s.error().sentence().toStdString();
        }
    }

    // Replaces one job step's command through the same msdb procedure an operator's change uses.
    void setStepCommand(const QString& stepName, const QString& command)
    {
        auto snapshot = lab->backend()->readSnapshot();
        ASSERT_TRUE(snapshot.ok());
        const bts::JobStep* step = snapshot.value().job.step(stepName);
        ASSERT_NE(step, nullptr);
        bts::ServerCommand call;
        call.server = bts::LabTopology::SourceServer;
        call.database = QStringLiteral("msdb");
        call.procedure = {QStringLiteral("msdb"), QStringLiteral("dbo"),
                          QStringLiteral("sp_update_jobstep")};
        call.parameters = {{QStringLiteral("job_name"), snapshot.value().job.name},
                           {QStringLiteral("step_id"), step->id},
                           {QStringLiteral("command"), command}};
        const bts::Status s = lab->backend()->execute(call);
        ASSERT_TRUE(s.ok()) << s.error().sentence().toStdString();
    }

    // The custom database is SIMPLE on purpose; most semantics tests want complete sets.
    void makeCustomDatabaseFull()
    {
        bts::LabConnector c(lab->root());
        auto r = c.run(
            bts::LabTopology::SourceServer, QStringLiteral("master"),
            QStringLiteral("UPDATE databases SET recovery_model_desc = 'FULL' WHERE name = ?"),
            {bts::LabTopology::CustomDatabase});
        ASSERT_TRUE(r.ok());
    }

    struct SetRow {
        qint64 setId;
        QString type;
        QString when;
        int rows;
        int complete;
    };
    std::vector<SetRow> sets() const
    {
        bts::LabConnector c(lab->root());
        auto q =
            c.run(bts::LabTopology::SourceServer, bts::LabTopology::ManagementDatabase,
                  QStringLiteral("SELECT BackupSetId, BackupType, MIN(BackupDateTime), COUNT(*), "
                                 "MIN(SetComplete) FROM adm_BackupHistory GROUP BY BackupSetId, "
                                 "BackupType ORDER BY BackupSetId"));
        std::vector<SetRow> rows;
        if (!q.ok())
            return rows;
        while (q.value().next())
            rows.push_back({q.value().value(0).toLongLong(), q.value().value(1).toString(),
                            q.value().value(2).toString(), q.value().value(3).toInt(),
                            q.value().value(4).toInt()});
        return rows;
    }
    std::vector<SetRow> fullSets() const
    {
        std::vector<SetRow> result;
        for (const SetRow& row : sets())
            if (row.type == QLatin1String("db"))
                result.push_back(row);
        return result;
    }

    std::unique_ptr<bts::Lab> lab;
};
