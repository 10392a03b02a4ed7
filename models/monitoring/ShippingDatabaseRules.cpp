// One database on one destination: a database that trails the rest of its destination would be
// brought online at an older point than the others at failover; a database of the backup job that
// was never restored waits for its first full set (facts §5).

#include "ShippingRules.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace bts::shipping {

void addDatabaseFindings(const ShippingFacts& facts, int index, qint64 lastRestoredSetId,
                         QVector<DatabaseShippingStatus>& databases, Findings& findings)
{
    const DestinationState& state = facts.snapshot.destinations.at(index);
    const QString& server = state.server;

    // The names as the group spells them; restoredByDatabase keys are lower case. With the
    // source lost, the destination's own list (bts_LogShippingDatabases) still spells them.
    QHash<QString, QString> actualNames;
    for (const QVariantMap& row : state.databases) {
        const QString name = row.value(QStringLiteral("DatabaseName")).toString();
        if (!name.isEmpty())
            actualNames.insert(name.toLower(), name);
    }
    for (const GroupDatabase& db : facts.snapshot.databases) {
        if (!db.actualName.isEmpty())
            actualNames.insert(db.actualName.toLower(), db.actualName);
    }
    QHash<QString, RestoredSet> restored;
    for (auto it = state.restoredByDatabase.cbegin(); it != state.restoredByDatabase.cend(); ++it)
        restored.insert(it.key().toLower(), it.value());

    const auto row = [&](const QString& name, qint64 setId, StatusLevel level,
                         const QString& sentence, bool verdict) {
        DatabaseShippingStatus status;
        status.destination = server;
        status.database = name;
        status.lastRestoredSetId = setId;
        // Set ids count up by one per set (adm_BackupHistory), so their difference counts sets.
        if (setId >= 0 && lastRestoredSetId >= 0)
            status.setsBehindDestination = int(std::max<qint64>(0, lastRestoredSetId - setId));
        status.level = level;
        status.sentence = sentence;
        databases.append(status);
        if (verdict) {
            findings.append(Finding{
                {level, ShippingTopic::DatabaseBehind, server + QLatin1Char(' ') + name, sentence},
                {index}});
        }
    };

    // A hash has no order; sorted keys keep the findings the same from one refresh to the next.
    QStringList keys = restored.keys();
    std::sort(keys.begin(), keys.end());
    QSet<QString> waiting; // listed with nothing restored, or in the job and never seen here
    for (const QString& key : keys) {
        const RestoredSet& set = restored.value(key);
        const QString name = actualNames.value(key, key);
        if (set.setId < 0) {
            waiting.insert(key);
        } else if (lastRestoredSetId >= 0 && set.setId < lastRestoredSetId) {
            row(name, set.setId, StatusLevel::Warning,
                ShippingText::tr(
                    "%1 on %2 last restored set %3, %4 behind the destination's set %5: a failover "
                    "would bring it online at an older point than the other databases; read the "
                    "Restore Databases job's last messages on %2 about this database.")
                    .arg(name, server, QString::number(set.setId),
                         setsText(int(lastRestoredSetId - set.setId)),
                         QString::number(lastRestoredSetId)),
                true);
        } else {
            row(name, set.setId, StatusLevel::Ok,
                ShippingText::tr("%1 on %2 restored set %3, with the rest of the destination.")
                    .arg(name, server, QString::number(set.setId)),
                false);
        }
    }
    for (const GroupDatabase& db : facts.snapshot.databases) {
        const QString key = db.actualName.toLower();
        if (db.inBackupJob && !key.isEmpty() && !restored.contains(key))
            waiting.insert(key);
    }

    QStringList waitingKeys(waiting.cbegin(), waiting.cend());
    std::sort(waitingKeys.begin(), waitingKeys.end());
    for (const QString& key : waitingKeys) {
        const QString name = actualNames.value(key, key);
        // Before the destination restored anything its own lag verdict says so; one verdict per
        // database on top would only bury it.
        row(name, -1, StatusLevel::Warning,
            ShippingText::tr(
                "%1 on %2 was never restored: it is shipped from its next full backup, so it waits "
                "for a full set; force a full backup on the source (Backup job tab) to ship it "
                "now.")
                .arg(name, server),
            lastRestoredSetId >= 0);
    }
}

} // namespace bts::shipping
