#include "lab/LabRestorePlanner.h"

#include <gtest/gtest.h>

using namespace bts;

namespace {

LabImportedSet fullSet(qint64 id, bool complete = true)
{
    return {id, true, complete};
}

LabImportedSet logSet(qint64 id, bool complete = true)
{
    return {id, false, complete};
}

LabRestoreStep plan(const QVector<LabImportedSet>& sets, std::optional<qint64> last,
                    bool toMark = false, const QHash<qint64, QString>& unusable = {})
{
    return planNextRestore(sets, last, toMark, unusable);
}

// The id of the set the planner restores next, or -1.
qint64 nextSet(const QVector<LabImportedSet>& sets, std::optional<qint64> last, bool toMark = false,
               const QHash<qint64, QString>& unusable = {})
{
    const LabRestoreStep step = plan(sets, last, toMark, unusable);
    return step.kind == LabRestoreStep::Kind::Restore ? sets.at(step.index).id : -1;
}

} // namespace

TEST(LabRestorePlanner, StartsFromTheNewestFullSetFollowedByACompleteLog)
{
    EXPECT_EQ(nextSet({fullSet(1), logSet(2), logSet(3), fullSet(4), logSet(5)}, std::nullopt), 4);
    // The newest full set has no log after it yet: the one before it starts the chain.
    EXPECT_EQ(nextSet({fullSet(1), logSet(2), fullSet(3)}, std::nullopt), 1);
    EXPECT_EQ(nextSet({fullSet(1), logSet(2, false), logSet(3)}, std::nullopt), -1);
    EXPECT_EQ(plan({logSet(1)}, std::nullopt).kind, LabRestoreStep::Kind::Idle);
}

TEST(LabRestorePlanner, HoldsTheNewestLogBackUnlessRestoringToTheMark)
{
    const QVector<LabImportedSet> sets = {fullSet(1), logSet(2), logSet(3)};
    EXPECT_EQ(nextSet(sets, 1), 2);
    EXPECT_EQ(nextSet(sets, 2), -1);
    EXPECT_EQ(plan(sets, 2).kind, LabRestoreStep::Kind::Idle);
    EXPECT_EQ(nextSet(sets, 2, true), 3);
    // A full set inside an unbroken chain is not needed.
    EXPECT_EQ(nextSet({fullSet(1), logSet(2), fullSet(3), logSet(4), logSet(5)}, 2), 4);
    // ... unless it brings a database added to the job.
    LabImportedSet added = fullSet(3);
    added.bringsNewDatabase = true;
    EXPECT_EQ(nextSet({fullSet(1), logSet(2), added, logSet(4)}, 2), 3);
}

TEST(LabRestorePlanner, PartialSetsGapsAndUnusableSetsWaitForTheNextFullSet)
{
    // Partial log set 3: log set 4 is skipped; blocked until full set 5 and log 6.
    QVector<LabImportedSet> sets = {fullSet(1), logSet(2), logSet(3, false), logSet(4)};
    LabRestoreStep step = plan(sets, 2);
    EXPECT_EQ(step.kind, LabRestoreStep::Kind::Blocked);
    EXPECT_TRUE(step.reason.startsWith(QStringLiteral("Backup set 3 is a partial set")));
    sets.append(fullSet(5));
    sets.append(logSet(6));
    EXPECT_EQ(nextSet(sets, 2), 5);
    // Restore To Mark stops quietly at the break instead.
    EXPECT_EQ(plan({fullSet(1), logSet(2), logSet(3, false)}, 2, true).kind,
              LabRestoreStep::Kind::Idle);

    // A gap: set 3 never imported.
    step = plan({fullSet(1), logSet(2), logSet(4), logSet(5)}, 2);
    EXPECT_EQ(step.kind, LabRestoreStep::Kind::Blocked);
    EXPECT_TRUE(step.reason.startsWith(QStringLiteral("Backup set 3 is not in the imported")));
    // A full set right after the gap repairs it.
    EXPECT_EQ(nextSet({fullSet(1), logSet(2), fullSet(4), logSet(5)}, 2), 4);

    // A lost file in log set 3.
    const QHash<qint64, QString> lost = {{3, QStringLiteral("Cannot open backup device 'x'.")}};
    step = plan({fullSet(1), logSet(2), logSet(3), logSet(4)}, 2, false, lost);
    EXPECT_EQ(step.kind, LabRestoreStep::Kind::Blocked);
    EXPECT_TRUE(step.reason.startsWith(QStringLiteral("Cannot open backup device 'x'.")));
    EXPECT_EQ(nextSet({fullSet(1), logSet(2), logSet(3), logSet(4), fullSet(5), logSet(6)}, 2,
                      false, lost),
              5);
    // A full set whose next set is partial cannot repair.
    EXPECT_EQ(
        nextSet({fullSet(1), logSet(2), logSet(3, false), fullSet(4), logSet(5, false), logSet(6)},
                2),
        -1);
}
