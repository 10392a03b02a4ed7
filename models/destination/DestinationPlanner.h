#pragma once

#include "DestinationChecks.h"
#include "DestinationState.h"
#include "actions/ServerCommand.h"
#include "core/Result.h"
#include "tsql/BatchSplitter.h"

#include <optional>

namespace bts {

// The answers of the destination wizard for one destination server.
struct DestinationConfig {
    QString destination;
    QString description;
    QString managementServer;
    QString managementDatabase;
    std::optional<QString> sourceServerName; // empty = this destination restores every database
    bool linkServers = true;
    bool runScripts = true;
    // Running the schema script drops an existing configuration: the operator typed the name.
    bool confirmedReplacingConfiguration = false;
};

// The two scripts from the operator's BizTalk Schema folder, split into batches.
struct DestinationScripts {
    QVector<SqlBatch> schema;
    QVector<SqlBatch> logic;
};

// Phase 1: the fixes the checks offer, the scripts in master, bts_ConfigureBizTalkLogShipping.
Result<QVector<ServerCommand>> planDestinationSetup(const DestinationConfig& config,
                                                    const DestinationScripts& scripts,
                                                    const DestinationChecks& checks,
                                                    const DestinationState& current);

// Where one database's backups are read from on the destination; empty = where the job wrote them.
struct PathRedirect {
    QString database;
    QString dbFileLocation;
    QString logFileLocation;
};

// Phase 2, once configured: path redirection (only what changes) and enabling Get Backup History
// and Restore Databases.
Result<QVector<ServerCommand>> planPathsAndJobs(const DestinationState& state,
                                                const QVector<PathRedirect>& redirects,
                                                bool enableJobs);

// Cleaning a destination (facts §2.8): disable Restore Databases, sp_LogShippingClean, force a
// full backup on the source, enable Restore Databases again.
Result<QVector<ServerCommand>> planClean(const DestinationState& state, const QString& sourceId,
                                         const QString& managementServer,
                                         const QString& managementDatabase);

QVector<Finding> validateDestinationConfig(const DestinationConfig& config);

} // namespace bts
