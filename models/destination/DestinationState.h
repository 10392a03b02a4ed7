#pragma once

#include "LogShippingJob.h"
#include "core/DbError.h"

#include <QDateTime>
#include <QHash>
#include <QStringList>
#include <QVariantMap>
#include <QVector>

#include <optional>

namespace bts {

struct RestoredSet {
    qint64 setId = -1;
    std::optional<QDateTime> restoredAt;
};

// What one destination SQL Server says about BizTalk log shipping: the tables in master (their
// columns discovered, since most are undocumented), the jobs, what was imported and restored.
struct DestinationState {
    QString server;
    bool reachable = false;
    DbError error; // why it could not be read, when !reachable

    QStringList tables;                   // bts_LogShipping* tables present in master
    QHash<QString, QStringList> columns;  // by table name
    QVector<QVariantMap> databases;       // rows of bts_LogShippingDatabases, by column name
    QVector<QVariantMap> lastRestoreSets; // rows of bts_LogShippingLastRestoreSet
    QVector<LogShippingJob> jobs;
    qint64 newestImportedSetId = -1;
    QHash<QString, RestoredSet> restoredByDatabase; // lower-case database name
    QStringList notes; // what could not be read, in words (an undocumented column missing...)

    bool isConfigured() const
    {
        return tables.contains(QStringLiteral("bts_LogShippingDatabases"), Qt::CaseInsensitive);
    }
    bool hasColumn(const QString& table, const QString& column) const;
    const LogShippingJob* job(LogShippingJobKind kind) const;
    // The last fully restored set of this destination (max over its sources), or -1.
    qint64 lastRestoredSetId() const;
};

} // namespace bts
