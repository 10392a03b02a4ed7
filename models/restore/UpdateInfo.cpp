#include "UpdateInfo.h"

#include "group/GroupSnapshot.h"

#include <QSet>

namespace bts {
namespace {

bool located(const GroupDatabase& db)
{
    return !db.server.isEmpty() && !db.actualName.isEmpty();
}

const GroupDatabase* firstLocated(const GroupSnapshot& snapshot, DatabaseRole role)
{
    for (const GroupDatabase& db : snapshot.databases) {
        if (db.role == role && located(db))
            return &db;
    }
    return nullptr;
}

// The group reader guesses BAM Archive and Star Schema under their default names on the BAM
// server; a guess that the server denied is not a database to move.
bool knownToExist(const GroupDatabase& db)
{
    return !(db.serverChecked && !db.existsOnServer);
}

} // namespace

bool DatabaseMapping::operator==(const DatabaseMapping& other) const
{
    return role == other.role && name == other.name && oldServer == other.oldServer &&
           oldDatabase == other.oldDatabase && newServer == other.newServer &&
           newDatabase == other.newDatabase && isMaster == other.isMaster;
}

QString otherDatabasesName(DatabaseRole role)
{
    switch (role) {
    case DatabaseRole::SingleSignOn:
        return QStringLiteral("SSO");
    case DatabaseRole::BamAlertsApplication:
        return QStringLiteral("BAM Alerts Application DB");
    case DatabaseRole::BamAlertsInstance:
        return QStringLiteral("BAM Alerts Instance DB");
    default:
        return QString();
    }
}

bool fileKeepsOldLocation(DatabaseRole role)
{
    return role != DatabaseRole::BamArchive && role != DatabaseRole::BamAnalysis &&
           role != DatabaseRole::BamStarSchema;
}

UpdateInfo updateInfoFromTopology(const GroupSnapshot& snapshot,
                                  const QHash<QString, QString>& serverMap)
{
    // Keys are lower-cased again so that a caller's "LABSQL01" still matches.
    QHash<QString, QString> servers;
    for (auto it = serverMap.constBegin(); it != serverMap.constEnd(); ++it)
        servers.insert(it.key().toLower(), it.value());

    UpdateInfo info;
    const auto add = [&](const GroupDatabase& db, const QString& name) {
        DatabaseMapping m;
        m.role = db.role;
        m.name = name;
        m.oldServer = db.server;
        m.oldDatabase = db.actualName;
        m.newServer = servers.value(db.server.toLower(), db.server);
        m.newDatabase = db.actualName;
        m.isMaster = db.role == DatabaseRole::MessageBox && db.isMasterMessageBox;
        info.mappings.append(m);
    };

    for (const GroupDatabase& db : snapshot.databases) {
        if (db.role == DatabaseRole::MessageBox && located(db))
            add(db, QString());
    }

    for (DatabaseRole role : {DatabaseRole::Tracking, DatabaseRole::Management,
                              DatabaseRole::RuleEngine, DatabaseRole::TrackingAnalysis}) {
        if (const GroupDatabase* db = firstLocated(snapshot, role)) {
            add(*db, QString());
        } else if (role == DatabaseRole::Management && !snapshot.managementServer.isEmpty()) {
            // A snapshot always knows the management database it was read from.
            GroupDatabase management;
            management.role = DatabaseRole::Management;
            management.server = snapshot.managementServer;
            management.actualName = snapshot.managementDatabase;
            if (located(management))
                add(management, QString());
        }
    }

    // Archive, Analysis and Star Schema belong to the BAM configuration that CfgHelper.Restore
    // rebuilds from the Primary Import database: without it they have nothing to attach to.
    if (const GroupDatabase* primary = firstLocated(snapshot, DatabaseRole::BamPrimaryImport)) {
        add(*primary, QString());
        for (DatabaseRole role :
             {DatabaseRole::BamArchive, DatabaseRole::BamAnalysis, DatabaseRole::BamStarSchema}) {
            const GroupDatabase* db = firstLocated(snapshot, role);
            if (db && knownToExist(*db))
                add(*db, QString());
        }
    }

    // UpdateDatabase.vbs updates every adm_OtherBackupDatabases row of a Name: one line each.
    QSet<QString> names;
    const auto addOther = [&](const GroupDatabase& db, const QString& name) {
        if (name.isEmpty() || names.contains(name.toLower()))
            return;
        names.insert(name.toLower());
        add(db, name);
    };
    for (DatabaseRole role : {DatabaseRole::SingleSignOn, DatabaseRole::BamAlertsApplication,
                              DatabaseRole::BamAlertsInstance}) {
        if (const GroupDatabase* db = firstLocated(snapshot, role))
            addOther(*db, otherDatabasesName(role));
    }
    for (const GroupDatabase& db : snapshot.databases) {
        if (db.role == DatabaseRole::Custom && located(db))
            addOther(db, db.defaultName.isEmpty() ? db.actualName : db.defaultName);
    }
    return info;
}

} // namespace bts
