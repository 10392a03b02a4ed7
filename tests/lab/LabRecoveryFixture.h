#pragma once

#include "LabDestinationFixture.h"
#include "actions/CallSequence.h"

#include <QDirIterator>
#include <QSqlRecord>

// What the "connection lost at each statement" tests share. An apply can touch several servers
// and the lab's own files (restored database files, backup files), so each interrupted run starts
// from a copy of the whole lab folder rather than of single database files; and what a run leaves
// behind is read back from the stored rows as text, so that a recovered run is compared with a
// clean one on what the servers hold, not on the statuses the runs returned.
class LabRecoveryTest : public LabDestinationTest {
protected:
    QString savedLab() const { return path(QStringLiteral("saved-lab")); }

    void saveLab()
    {
        bts::LabConnector(lab->root()).discardEveryConnection();
        ASSERT_TRUE(copyFolder(lab->root(), savedLab()));
    }
    void restoreLab()
    {
        bts::LabConnector(lab->root()).discardEveryConnection();
        ASSERT_TRUE(QDir(lab->root()).removeRecursively());
        ASSERT_TRUE(copyFolder(savedLab(), lab->root()));
    }

    // Every row of every query, its columns joined with '|', one line each.
    QString stored(const QString& server, const QString& database, const QStringList& queries)
    {
        bts::LabConnector c(lab->root());
        QStringList lines;
        for (const QString& sql : queries) {
            lines.append(QStringLiteral("-- ") + sql);
            bts::Result<QSqlQuery> q = c.run(server, database, sql);
            EXPECT_TRUE(q.ok()) << server.toStdString() << ": " << sql.toStdString();
            while (q.ok() && q.value().next()) {
                QStringList values;
                for (int i = 0; i < q.value().record().count(); ++i) {
                    const QVariant v = q.value().value(i);
                    values.append(v.isNull() ? QStringLiteral("NULL") : v.toString());
                }
                lines.append(values.join(QLatin1Char('|')));
            }
        }
        return lines.join(QLatin1Char('\n'));
    }
    // The database files a server's folder holds: what DROP DATABASE and RESTORE change on disk.
    QString filesOf(const QString& server) const
    {
        QDir folder(bts::LabConnector(lab->root()).serverFolder(server));
        return folder.entryList({QStringLiteral("*.sqlite")}, QDir::Files, QDir::Name)
            .join(QLatin1Char(' '));
    }

    // The statements before `drop` ran and succeeded, the one at `drop` was attempted and lost
    // its connection, and none after it ran: what the operator is told.
    static void expectStoppedAt(const QVector<bts::CallOutcome>& outcomes, int drop, int total)
    {
        ASSERT_EQ(outcomes.size(), total);
        for (int i = 0; i < outcomes.size(); ++i) {
            EXPECT_EQ(outcomes[i].ran, i <= drop) << i;
            EXPECT_EQ(outcomes[i].status.ok(), i < drop) << i;
        }
        EXPECT_EQ(outcomes[drop].status.error().kind, bts::DbError::Kind::ConnectionFailed);
    }
    static void expectAllRan(const QVector<bts::CallOutcome>& outcomes)
    {
        for (const bts::CallOutcome& o : outcomes) {
            EXPECT_TRUE(o.ran && o.status.ok()) << o.call.previewSql().toStdString() << ": "
                                                << o.status.error().sentence().toStdString();
        }
    }

private:
    static bool copyFolder(const QString& from, const QString& to)
    {
        // Empty folders too: the lab's backup folder is a folder the checks look for.
        if (!QDir().mkpath(to))
            return false;
        QDirIterator it(from, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString entry = it.next();
            const QString target = QDir(to).filePath(QDir(from).relativeFilePath(entry));
            const bool copied = it.fileInfo().isDir() ? QDir().mkpath(target)
                                                      : QDir().mkpath(QFileInfo(target).path()) &&
                                                            QFile::copy(entry, target);
            if (!copied)
                return false;
        }
        return true;
    }
};
