#pragma once

#include "group/DatabaseRole.h"

#include <QHash>
#include <QString>
#include <QVector>

namespace bts {

struct GroupSnapshot;

// One database line of SampleUpdateInfo.xml (facts §3.3): where the database was and where it is
// after the restore. UpdateDatabase.vbs finds the rows to change by the old values and writes the
// new ones, so both must match the BizTalk configuration exactly.
struct DatabaseMapping {
    DatabaseRole role = DatabaseRole::Custom;
    // The Name attribute under <OtherDatabases>: "SSO", "BAM Alerts Application DB",
    // "BAM Alerts Instance DB" or a custom database's DefaultDatabaseName (UpdateDatabase.vbs
    // matches it against adm_OtherBackupDatabases.DefaultDatabaseName); empty for the others.
    QString name;
    QString oldServer;
    QString oldDatabase;
    QString newServer;
    QString newDatabase;
    bool isMaster = false; // MessageBoxes only: IsMaster="1"

    bool operator==(const DatabaseMapping& other) const;
    bool operator!=(const DatabaseMapping& other) const { return !(*this == other); }
};

// What the restore wizard edits and saves as SampleUpdateInfo.xml. The order of `mappings` is
// the order of the file: MessageBoxes, Tracking, Management, Rule Engine, Tracking Analysis,
// BAM (Primary Import, Archive, Analysis, Star Schema), then the other databases.
struct UpdateInfo {
    QVector<DatabaseMapping> mappings;

    bool operator==(const UpdateInfo& other) const { return mappings == other.mappings; }
    bool operator!=(const UpdateInfo& other) const { return !(*this == other); }
};

// The fixed <OtherDatabases> Name of SSO and the BAM alerts databases (facts §1.6); empty for
// every other role.
QString otherDatabasesName(DatabaseRole role);

// The BAM Archiving, Analysis and Star Schema deployment units only say where the database is
// now: the file has no place for their old location, so it is lost on a write and a read.
bool fileKeepsOldLocation(DatabaseRole role);

// The mapping of every database of the group that UpdateDatabase.vbs knows about, new databases
// named as the old ones. `serverMap` maps an old server (lower case, exactly as BizTalk stores it:
// alias, SRV\INST or srv,1433) to its new server; servers not in it stay where they are.
UpdateInfo updateInfoFromTopology(const GroupSnapshot& snapshot,
                                  const QHash<QString, QString>& serverMap);

} // namespace bts
