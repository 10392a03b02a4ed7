#pragma once

#include "lab/LabConnector.h"
#include "lab/LabLatency.h"
#include "lab/LabTopology.h"

#include <QDir>
#include <QFile>
#include <QStringList>

namespace bts::testing {

// `count` more simulated SQL Servers in the lab at `labRoot` (which must exist): copies of the
// source server's master and msdb in folders <prefix>01, <prefix>02... (the lab takes any folder
// under its root for a server), each naming itself after its folder, each `latencyMs` away.
// Returns their names, or an empty list when a file could not be copied.
inline QStringList createLabFleet(const QString& labRoot, const QString& prefix, int count,
                                  int latencyMs)
{
    const LabConnector lab(labRoot);
    QStringList servers;
    for (int i = 1; i <= count; ++i) {
        const QString server = prefix + QStringLiteral("%1").arg(i, 2, 10, QLatin1Char('0'));
        QDir().mkpath(lab.serverFolder(server));
        for (const QString& database : {QStringLiteral("master"), QStringLiteral("msdb")}) {
            // The lab's files are in WAL mode: the log beside the file holds recent pages.
            for (const QString& suffix : {QString(), QStringLiteral("-wal")}) {
                const QString source =
                    lab.databaseFile(LabTopology::SourceServer, database) + suffix;
                const QString target = lab.databaseFile(server, database) + suffix;
                if (QFile::exists(source) && !QFile::exists(target) && !QFile::copy(source, target))
                    return {};
            }
        }
        const auto renamed =
            lab.run(server, QStringLiteral("master"),
                    QStringLiteral("UPDATE lab_ServerProperties SET value = ? WHERE name = ?"),
                    {server, QStringLiteral("ServerName")});
        if (!renamed || !LabLatency::set(labRoot, server, latencyMs))
            return {};
        lab.discardConnection(server, QStringLiteral("master")); // keep no file open here
        servers.append(server);
    }
    return servers;
}

} // namespace bts::testing
