#pragma once

#include "TempDir.h"
#include "history/ChunkedHistoryModel.h"
#include "lab/Lab.h"
#include "lab/LabConnector.h"
#include "lab/LabScenario.h"
#include "lab/LabTopology.h"
#include "sql/SqlValues.h"

#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTest>

#include <cstdio>
#include <memory>

// A healthy lab whose backup history and log shipping history hold many more rows than a few
// hours of simulation make: BTS_HISTORY_ROWS (20,000 by default; 1,000,000 to measure) rows each,
// written with one prepared insert. Built once for the suite; the tests only read it.
class HistoryLabTest : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        s_root = std::make_unique<QTemporaryDir>();
        // Kept on request, to time the same statements with the sqlite3 shell afterwards.
        if (qEnvironmentVariableIsSet("BTS_HISTORY_KEEP")) {
            s_root->setAutoRemove(false);
            std::printf("[ measure  ] lab kept in %s\n", qPrintable(s_root->path()));
        }
        s_lab = std::make_shared<bts::Lab>(s_root->filePath(QStringLiteral("lab")));
        const bts::Status applied = bts::applyLabScenario(s_lab, bts::LabScenario::Healthy);
        ASSERT_TRUE(applied.ok()) << applied.error().sentence().toStdString();
        const int rows = qEnvironmentVariableIsSet("BTS_HISTORY_ROWS")
                             ? qEnvironmentVariableIntValue("BTS_HISTORY_ROWS")
                             : 20000;
        insertRows(bts::LabTopology::SourceServer, bts::LabTopology::ManagementDatabase,
                   QStringLiteral("adm_BackupHistory"), rows);
        insertRows(bts::LabTopology::DestinationServer, QStringLiteral("master"),
                   QStringLiteral("bts_LogShippingHistory"), rows);
    }
    static void TearDownTestSuite()
    {
        s_lab.reset();
        s_root.reset();
    }

    static void insertRows(const QString& server, const QString& database, const QString& table,
                           int rows)
    {
        const bts::LabConnector connector(s_lab->root());
        bts::Result<QSqlDatabase> db = connector.open(server, database);
        ASSERT_TRUE(db.ok());
        const bool destination = table == QLatin1String("bts_LogShippingHistory");
        QSqlQuery first(db.value());
        ASSERT_TRUE(first.exec(QStringLiteral("SELECT COALESCE(MAX(BackupId), 0), "
                                              "COALESCE(MAX(BackupSetId), 0) FROM dbo.") +
                               table));
        first.next();
        const qint64 firstId = first.value(0).toLongLong() + 1;
        const qint64 firstSet = first.value(1).toLongLong() + 1;
        first.finish();
        ASSERT_TRUE(db.value().transaction());
        QSqlQuery insert(db.value());
        ASSERT_TRUE(insert.prepare(
            QStringLiteral("INSERT INTO dbo.%1 (BackupId, BackupSetId, MarkName, DatabaseName, "
                           "ServerName, BackupFileName, BackupFileLocation, BackupType, "
                           "BackupDateTime, SetComplete%2) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1%3)")
                .arg(table, destination ? QStringLiteral(", Restored") : QString(),
                     destination ? QStringLiteral(", 1") : QString())))
            << insert.lastError().text().toStdString();
        const QDateTime start(QDate(2020, 1, 1), QTime(0, 0), Qt::UTC);
        for (int i = 0; i < rows; ++i) {
            const qint64 set = firstSet + i / Databases.size();
            const QString name = Databases.at(i % Databases.size());
            const QString mark = QStringLiteral("BTS_%1").arg(set);
            insert.addBindValue(firstId + i);
            insert.addBindValue(set);
            insert.addBindValue(mark);
            insert.addBindValue(name);
            insert.addBindValue(bts::LabTopology::SourceServer);
            insert.addBindValue(QStringLiteral("%1_%2.bak").arg(name, mark));
            insert.addBindValue(QStringLiteral("C:\\Backups"));
            insert.addBindValue(set % 96 == 0 ? QStringLiteral("db") : QStringLiteral("lg"));
            insert.addBindValue(bts::labDateTimeText(start.addSecs(set * 900)));
            ASSERT_TRUE(insert.exec()) << insert.lastError().text().toStdString();
        }
        ASSERT_TRUE(db.value().commit());
        // As a server that has run for years: no million-row write-ahead log still to merge.
        QSqlQuery checkpoint(db.value());
        ASSERT_TRUE(checkpoint.exec(QStringLiteral("PRAGMA dbo.wal_checkpoint(TRUNCATE)")));
    }

    // The first column of every row of `sql`, run directly on the lab.
    static QVariantList column(const QString& server, const QString& database, const QString& sql,
                               const QVariantList& values = {})
    {
        bts::Result<QSqlQuery> q =
            bts::LabConnector(s_lab->root()).run(server, database, sql, values);
        EXPECT_TRUE(q.ok()) << (q.ok() ? "" : q.error().sentence().toStdString());
        QVariantList result;
        while (q.ok() && q.value().next())
            result.append(q.value().value(0));
        return result;
    }
    static QVariantList backups(const QString& sql, const QVariantList& values = {})
    {
        return column(bts::LabTopology::SourceServer, bts::LabTopology::ManagementDatabase, sql,
                      values);
    }

    static bts::HistoryQuery backupQuery()
    {
        return bts::HistoryQuery::backupHistory(bts::LabTopology::SourceServer,
                                                bts::LabTopology::ManagementDatabase);
    }

    // Starts `query` on `model` and waits for its first page and its count.
    static void load(bts::ChunkedHistoryModel& model, const bts::HistoryQuery& query)
    {
        model.setQuery(query);
        ASSERT_TRUE(QTest::qWaitFor([&] { return !model.isLoading(); }, 30000));
    }

    // The values of `column` in rows [first, first + rows), each loaded as the view would.
    static QVariantList loaded(bts::ChunkedHistoryModel& model, int column, int first, int rows)
    {
        QVariantList values;
        for (int row = first; row < first + rows && row < model.rowCount(); ++row) {
            const QModelIndex index = model.index(row, column);
            model.data(index); // a miss asks for the page
            EXPECT_TRUE(QTest::qWaitFor([&] { return model.isRowLoaded(row); }, 30000));
            values.append(model.data(index, bts::ChunkedHistoryModel::ValueRole));
        }
        return values;
    }

    static inline const QStringList Databases = {QStringLiteral("BizTalkMgmtDb"),
                                                 QStringLiteral("BizTalkMsgBoxDb"),
                                                 QStringLiteral("BizTalkDTADb"),
                                                 QStringLiteral("BizTalkRuleEngineDb"),
                                                 QStringLiteral("SSODB"),
                                                 QStringLiteral("BAMPrimaryImport"),
                                                 QStringLiteral("BAMAlertsApplication")};
    static inline std::unique_ptr<QTemporaryDir> s_root;
    static inline std::shared_ptr<bts::Lab> s_lab;
};
