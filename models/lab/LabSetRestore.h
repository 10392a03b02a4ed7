#pragma once

#include "LabConnector.h"
#include "LabRestorePlanner.h"
#include "core/Result.h"

#include <QDateTime>
#include <QHash>
#include <QVector>

#include <optional>

namespace bts {

struct LabShippingSource;

// One database's file of an imported backup set, where the destination reads it.
struct LabBackupFile {
    QString database;
    QString server; // the source server
    QString path;
};

struct LabBackupSet {
    LabImportedSet info;
    QString markName;
    QVector<LabBackupFile> files;
};

// Restores one backup set on a destination as RESTORE DATABASE / RESTORE LOG ... WITH
// NORECOVERY would: refused for the same reasons, and leaving the databases RESTORING.
class LabSetRestore {
public:
    LabSetRestore(const LabConnector& connector, QString server, QDateTime localNow)
        : m_connector(connector)
        , m_server(std::move(server))
        , m_localNow(std::move(localNow))
    {}

    // Why the set cannot be read from its files (a lost file: LabFault::MissingBackupFile
    // strikes here, when the engine wants the file).
    Result<std::optional<QString>> missingFile(const LabBackupSet& set) const;
    // What SQL Server would refuse: a full set's folders missing here, a log onto an online db.
    Status checkTarget(const LabBackupSet& set) const;
    // Marks the set's history rows Restored, makes it the last restored set of the source and
    // puts its databases in the catalogue (with the source's files after a full set).
    Status restore(const LabShippingSource& source, const LabBackupSet& set) const;

private:
    Status restoreDatabase(const LabBackupFile& file, bool full) const;
    Result<QString> recoveryModel(const LabBackupFile& file) const;

    const LabConnector& m_connector;
    QString m_server;
    QDateTime m_localNow; // the destination's local time: RestoredDateTime
    mutable QHash<QString, QString> m_recoveryModels;
};

} // namespace bts
