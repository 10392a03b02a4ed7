#include "LabRestorePlanner.h"

namespace bts {
namespace {

const QString WaitingForFull =
    QStringLiteral("Waiting for the next complete full backup set followed by a complete log "
                   "backup set.");

LabRestoreStep restore(int index)
{
    return {LabRestoreStep::Kind::Restore, index, {}};
}

LabRestoreStep idle(const QString& reason)
{
    return {LabRestoreStep::Kind::Idle, -1, reason};
}

class Planner {
public:
    Planner(const QVector<LabImportedSet>& sets, const QHash<qint64, QString>& unusable)
        : m_sets(sets)
        , m_unusable(unusable)
    {}

    // A complete full set that can start a chain: restorable, and its next set a complete log.
    bool startsChain(int i) const
    {
        const LabImportedSet& s = m_sets.at(i);
        if (!s.full || !s.complete || m_unusable.contains(s.id) || i + 1 >= m_sets.size())
            return false;
        const LabImportedSet& next = m_sets.at(i + 1);
        return next.id == s.id + 1 && !next.full && next.complete;
    }

    // The newest set after `after` that can start a chain.
    std::optional<int> newestStart(int after) const
    {
        for (int i = int(m_sets.size()) - 1; i > after; --i) {
            if (startsChain(i))
                return i;
        }
        return std::nullopt;
    }

    bool laterCompleteLog(int i) const
    {
        for (int j = i + 1; j < m_sets.size(); ++j) {
            if (!m_sets.at(j).full && m_sets.at(j).complete)
                return true;
        }
        return false;
    }

    // Repairs a chain broken after index `after`, or says why it cannot (Restore To Mark stops
    // at the last set restored instead of failing).
    LabRestoreStep repair(int after, const QString& reason, bool stopQuietly) const
    {
        if (const auto start = newestStart(after))
            return restore(*start);
        if (stopQuietly)
            return idle(reason);
        return {LabRestoreStep::Kind::Blocked, -1, reason + QLatin1Char(' ') + WaitingForFull};
    }

private:
    const QVector<LabImportedSet>& m_sets;
    const QHash<qint64, QString>& m_unusable;
};

} // namespace

LabRestoreStep planNextRestore(const QVector<LabImportedSet>& sets,
                               std::optional<qint64> lastRestored, bool includeNewestLog,
                               const QHash<qint64, QString>& unusable)
{
    const Planner planner(sets, unusable);
    if (!lastRestored) {
        if (const auto start = planner.newestStart(-1))
            return restore(*start);
        return idle(QStringLiteral("No complete full backup set followed by a complete log "
                                   "backup set has been imported yet."));
    }
    qint64 previous = *lastRestored;
    for (int i = 0; i < sets.size(); ++i) {
        const LabImportedSet& s = sets.at(i);
        if (s.id <= previous)
            continue;
        if (s.id != previous + 1) {
            return planner.repair(
                i - 1,
                QStringLiteral("Backup set %1 is not in the imported backup history (a gap after "
                               "set %2): the log chain is broken.")
                    .arg(previous + 1)
                    .arg(previous),
                includeNewestLog);
        }
        if (!s.complete) {
            return planner.repair(i,
                                  QStringLiteral("Backup set %1 is a partial set (SetComplete = "
                                                 "0): it and the log sets after it cannot be "
                                                 "restored.")
                                      .arg(s.id),
                                  includeNewestLog);
        }
        if (unusable.contains(s.id))
            return planner.repair(i, unusable.value(s.id), includeNewestLog);
        if (s.full && s.bringsNewDatabase) {
            if (planner.startsChain(i))
                return restore(i);
            return idle(QStringLiteral("Full backup set %1 brings a database added to the backup "
                                       "job: it is restored once a complete log set follows it.")
                            .arg(s.id));
        }
        if (s.full) {
            previous = s.id; // the log chain goes on through it: the full set is not needed
            continue;
        }
        if (includeNewestLog || planner.laterCompleteLog(i))
            return restore(i);
        return idle(QStringLiteral("Log backup set %1 is the newest: it is restored when a later "
                                   "log backup set exists.")
                        .arg(s.id));
    }
    return idle({});
}

} // namespace bts
