#pragma once

#include "LabConnector.h"
#include "LabSetRestore.h"
#include "core/Result.h"

#include <QDateTime>
#include <QSet>
#include <QStringList>

#include <optional>

namespace bts {

// lab_RestoreDatabases and lab_RestoreToMark, the steps of "BTS Log Shipping - Restore
// Databases" and "- Restore To Mark" on a destination (facts §2.7). Restoring a set marks its
// history rows Restored, records it in bts_LogShippingLastRestoreSet and leaves its databases in
// the server's catalogue, RESTORING; a file that is not on disk fails the step with its name.
class LabRestoreEngine {
public:
    LabRestoreEngine(const LabConnector& connector, QString server, QDateTime utcNow,
                     int utcOffsetSeconds);

    Status restoreDatabases() const;
    // Restores up to the newest log set (its mark) and brings the databases online, as files
    // on this server, then recreates the source's SQL Agent jobs here (see LabFailover).
    Status restoreToMark() const;

    QStringList messages() const { return m_messages; }

private:
    struct ChainEnd {
        std::optional<qint64> lastRestored;
        QString stopReason; // why the chain stops there (empty: nothing left to restore)
    };
    // Restores every set the planner allows.
    Result<ChainEnd> restoreChain(const LabShippingSource& source, bool includeNewestLog) const;
    Result<std::optional<qint64>> lastRestored(const LabShippingSource& source) const;
    Result<std::optional<qint64>> newestCompleteLogSet() const;
    Result<QVector<LabBackupSet>> loadSets(std::optional<qint64> after) const;
    // Lower-case names of the databases this server has (restored or its own).
    Result<QSet<QString>> databasesHere() const;

    const LabConnector& m_connector;
    QString m_server;
    QDateTime m_utcNow;
    int m_utcOffsetSeconds;
    mutable QStringList m_messages;
};

} // namespace bts
