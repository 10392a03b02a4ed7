#pragma once

#include "group/GroupBackend.h"
#include "group/GroupSnapshot.h"

#include <QHash>
#include <QStringList>

namespace bts {

// A row of adm_OtherBackupDatabases.
struct OtherBackupDatabase {
    QString defaultName;
    QString databaseName;
    QString serverName;
    QString btsServerName;

    QString key() const
    {
        return defaultName.toLower() + QLatin1Char('|') + btsServerName.toLower();
    }
};

// What the source wizard starts from: the group as read, what the backup procedures accept on
// this server, and the rows of adm_OtherBackupDatabases.
struct SourceContext {
    GroupSnapshot snapshot;
    // Parameter names without '@', in order, by lower-case procedure name.
    QHash<QString, QStringList> procedureParameters;
    QVector<OtherBackupDatabase> otherDatabases;

    bool procedureHas(const QString& procedure, const QString& parameter) const;
};

// Reads the context through a backend's connector. Blocks: call on a database thread.
Result<SourceContext> readSourceContext(const GroupBackend& backend);

} // namespace bts
