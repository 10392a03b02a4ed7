#pragma once

#include "TrackingConnectionString.h"
#include "UpdateInfo.h"
#include "actions/ServerCommand.h"
#include "core/Result.h"

#include <QHash>
#include <QStringList>

namespace bts {

class SqlConnector;

// What the new management database holds that UpdateDatabase.vbs rewrites (facts §3.4), read
// before planning so that the preview shows the exact rows and strings that change.
struct ManagementUpdateFacts {
    struct TrackingSource {
        QString name;
        QString connectionString;
    };
    // The tables of §3.4 are only in the script copy, not in BizTalk's documentation: each is
    // looked for, and one that is missing is reported rather than assumed.
    bool hasTrackingSources = false;
    bool hasTrackingDestinations = false;
    bool hasBizTalkServers = false;
    bool hasOtherDatabases = false;
    QVector<TrackingSource> trackingSources;
    QStringList trackingDestinations;
    // Per MessageBox at its new place ("server/database", lower case): the procedures that
    // UpdateDatabase.vbs calls there which exist, or why they could not be listed.
    QHash<QString, QStringList> messageBoxProcedures;
    QHash<QString, QString> messageBoxErrors;
};

struct ManagementUpdateOptions {
    // UpdateDatabase.vbs renames every row of adm_Server to the new management SQL Server. That
    // is right only when BizTalk runs on that machine, so the operator asks for it.
    bool renameBizTalkServers = false;
};

struct ManagementUpdatePlan {
    ConnectionTarget management; // where the statements run
    QVector<ServerCommand> commands;
    QStringList notes; // what is not changed, and why
    // BAM is updated by a COM component of the BizTalk servers (CfgHelper.Restore): only
    // UpdateDatabase.vbs, run on one of them, can do it.
    bool bamNeedsScript = false;
};

inline const QString RuleEngineOtherDatabaseName = QStringLiteral("RuleEngine DB");

// The new management database: the ManagementDB line of the file.
Result<ConnectionTarget> newManagementDatabase(const UpdateInfo& info);

// Reads the new management database and every moved MessageBox (blocking; a database thread).
Result<ManagementUpdateFacts> readManagementUpdateFacts(const SqlConnector& connector,
                                                        const UpdateInfo& info);

// The statements UpdateDatabase.vbs runs, for the databases that moved, with every value bound.
// Two deliberate differences: the Tracking Analysis line is applied (the script reads it into
// variables it never uses), and a TDDS connection string keeps its other attributes.
Result<ManagementUpdatePlan> planManagementUpdate(const UpdateInfo& info,
                                                  const ManagementUpdateFacts& facts,
                                                  const ManagementUpdateOptions& options);

} // namespace bts
