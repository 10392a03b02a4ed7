#pragma once

#include <QHash>
#include <QString>
#include <QVector>

#include <optional>

namespace bts {

// One backup set as a destination imported it.
struct LabImportedSet {
    qint64 id = 0;
    bool full = false;
    bool complete = false;
    bool bringsNewDatabase = false; // a full set with a database not restored here yet
};

struct LabRestoreStep {
    enum class Kind {
        Restore, // restore sets[index]
        Idle,    // nothing to do now; `reason` says why (for the job's message)
        Blocked, // the chain is broken and cannot be repaired yet: the job step fails
    };
    Kind kind = Kind::Idle;
    int index = -1;
    QString reason;
};

// The decisions of BizTalk's restore engine (facts §2.7), apart from the files:
// - the first restore (or the first after sp_LogShippingClean) is the newest complete full set
//   whose next set is a complete log set;
// - then log sets in order, each only once a later complete log set exists (the newest log is
//   held back for Restore To Mark, unless `includeNewestLog`); full sets in an unbroken chain
//   are not needed, unless they bring a database added to the backup job (facts §5);
// - a partial set, a set missing from the history (a gap) or a set that cannot be restored
//   (`unusable`, with the reason) breaks the chain: the sets after it are skipped until a
//   complete full set followed by a complete log set, which repairs it.
// `sets` are in id order; those up to `lastRestored` are ignored.
LabRestoreStep planNextRestore(const QVector<LabImportedSet>& sets,
                               std::optional<qint64> lastRestored, bool includeNewestLog,
                               const QHash<qint64, QString>& unusable);

} // namespace bts
