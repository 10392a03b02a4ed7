#pragma once

#include "DestinationState.h"
#include "actions/ServerCommand.h"
#include "group/GroupSnapshot.h"
#include "source/SourceJobValidation.h"
#include "sql/SqlConnector.h"

#include <QStringList>

namespace bts {

// What the destination must match on the source (facts §2.6): read once from the source.
struct SourceFacts {
    QString managementServer;
    QString productVersion;
    QStringList dataFolders; // folders of the data and log files of the databases in the job
    QStringList backupFolders;
};

// One prerequisite of one destination, in words, with the commands that fix it when the
// console can (Ad Hoc Distributed Queries).
struct PrerequisiteCheck {
    Finding finding;
    QVector<ServerCommand> fix;
};

struct DestinationChecks {
    QString server;
    QVector<PrerequisiteCheck> checks;

    bool blocked() const;                 // an error the console cannot fix
    QVector<ServerCommand> fixes() const; // every fix, in order
};

// Blocks (database thread).
Result<SourceFacts> readSourceFacts(const SqlConnector& connector, const GroupSnapshot& snapshot);
DestinationChecks checkDestination(const SqlConnector& connector, const QString& destination,
                                   const SourceFacts& source);

// sp_configure 'show advanced options' / 'Ad Hoc Distributed Queries' with RECONFIGURE.
QVector<ServerCommand> enableAdHocDistributedQueries(const QString& destination);

} // namespace bts
