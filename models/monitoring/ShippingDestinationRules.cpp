// A destination's share of the status: can it be read, how far it trails, and whether its chain
// still holds (gaps, partial sets, missing files; facts §2.7, §4).

#include "ShippingRules.h"

#include <algorithm>

namespace bts::shipping {
namespace {

void add(Findings& findings, StatusLevel level, ShippingTopic topic, const QString& subject,
         const QString& sentence, int index)
{
    findings.append(Finding{{level, topic, subject, sentence}, {index}});
}

// facts.destinations is parallel to snapshot.destinations; a reader that lost the order (or a
// destination) must not pin one server's history on another.
const DestinationHistory* historyFor(const ShippingFacts& facts, int index)
{
    const QString& server = facts.snapshot.destinations.at(index).server;
    if (index < facts.destinations.size()) {
        const DestinationHistory& history = facts.destinations.at(index);
        if (history.server.isEmpty() || history.server.compare(server, Qt::CaseInsensitive) == 0)
            return &history;
    }
    for (const DestinationHistory& history : facts.destinations) {
        if (history.server.compare(server, Qt::CaseInsensitive) == 0)
            return &history;
    }
    return nullptr;
}

QString checkTheJobs(const QString& server)
{
    return ShippingText::tr(
               "check that Get Backup History and Restore Databases run on %1, that SQL Server "
               "Agent runs there, and read the jobs' last messages")
        .arg(server);
}

// How an on-time destination trails: one set is normal, as the newest log is held back.
QString behindPhrase(const ShippingFacts& facts, const DestinationHistory& history,
                     const SetSummary& reference, qint64 seconds)
{
    const QString age = describeAge(seconds);
    if (!facts.sourceReachable) {
        if (reference.setId <= history.lastRestored->setId)
            return ShippingText::tr("at its newest imported set");
        return ShippingText::tr("%1 behind its newest imported set %2")
            .arg(age)
            .arg(reference.setId);
    }
    switch (history.completeLogSetsBehind) {
    case -1:
        return ShippingText::tr("%1 behind the source's newest complete log set").arg(age);
    case 0:
        return ShippingText::tr("no set behind the source");
    case 1:
        return ShippingText::tr("one set behind, as log shipping holds the newest log set back");
    default:
        return ShippingText::tr("%1 behind the source (%2)")
            .arg(age, setsText(history.completeLogSetsBehind));
    }
}

void addLagFinding(const ShippingFacts& facts, const Thresholds& thresholds, int index,
                   const DestinationHistory& history, DestinationStatus& status, Findings& findings)
{
    const QString& server = status.server;
    if (!history.lastRestored) {
        add(findings, StatusLevel::Warning, ShippingTopic::Lag, server,
            ShippingText::tr(
                "%1 has nothing restored yet: it starts from a complete full set once a later log "
                "set is imported; %2.")
                .arg(server, checkTheJobs(server)),
            index);
        return;
    }
    const SetSummary& last = *history.lastRestored;
    // With the source lost, the newest set the destination imported is all it can ever reach.
    const std::optional<SetSummary>& reference =
        facts.sourceReachable ? facts.newestCompleteLog : history.newestImported;
    if (!reference || !reference->backupTime.isValid() || !last.backupTime.isValid()) {
        add(findings, StatusLevel::Info, ShippingTopic::Lag, server,
            ShippingText::tr(
                "%1 last restored %2; how far it trails is unknown, as there is no newer set to "
                "compare it with.")
                .arg(server, setText(last)),
            index);
        return;
    }
    const qint64 seconds = std::max<qint64>(0, last.backupTime.secsTo(reference->backupTime));
    status.minutesBehind = double(seconds) / 60.0;
    StatusLevel level = StatusLevel::Ok;
    if (seconds >= qint64(thresholds.lagCriticalMinutes) * 60)
        level = StatusLevel::Critical;
    else if (seconds >= qint64(thresholds.lagWarningMinutes) * 60)
        level = StatusLevel::Warning;

    QString sentence;
    if (level == StatusLevel::Ok) {
        sentence =
            ShippingText::tr("%1 keeps up: last restored %2, %3.")
                .arg(server, setText(last), behindPhrase(facts, history, *reference, seconds));
    } else if (!facts.sourceReachable) {
        sentence = ShippingText::tr("%1 is %2 behind its newest imported set %3, at %4: %5.")
                       .arg(server, describeAge(seconds), QString::number(reference->setId),
                            setText(last), checkTheJobs(server));
    } else if (history.completeLogSetsBehind >= 0) {
        sentence = ShippingText::tr("%1 is %2 (%3) behind the source, at %4: %5.")
                       .arg(server, describeAge(seconds), setsText(history.completeLogSetsBehind),
                            setText(last), checkTheJobs(server));
    } else {
        sentence = ShippingText::tr("%1 is %2 behind the source, at %3: %4.")
                       .arg(server, describeAge(seconds), setText(last), checkTheJobs(server));
    }
    add(findings, level, ShippingTopic::Lag, server, sentence, index);
}

void addChainFindings(int index, const DestinationHistory& history, const QString& server,
                      Findings& findings)
{
    if (history.unrepairedGap) {
        const SetGap& gap = *history.unrepairedGap;
        const int sets = gap.sets > 0 ? gap.sets : int(gap.lastSetId - gap.firstSetId + 1);
        const QString range =
            gap.firstSetId == gap.lastSetId
                ? ShippingText::tr("set %1").arg(gap.firstSetId)
                : ShippingText::tr("sets %1 to %2").arg(gap.firstSetId).arg(gap.lastSetId);
        add(findings, StatusLevel::Critical, ShippingTopic::Gap, server,
            ShippingText::tr(
                "%1 skipped %2 (%3) although later sets were restored: its databases are not "
                "consistent; force a full backup on the source, the next full set repairs the "
                "chain.")
                .arg(server, range, setsText(sets)),
            index);
    }
    if (!history.partialSets.isEmpty()) {
        const auto first = std::min_element(
            history.partialSets.cbegin(), history.partialSets.cend(),
            [](const SetSummary& a, const SetSummary& b) { return a.setId < b.setId; });
        QString what = ShippingText::tr("partial set %1 (%2)")
                           .arg(first->setId)
                           .arg(timeText(first->backupTime));
        if (history.partialSets.size() > 1)
            what = history.partialSets.size() == 2
                       ? ShippingText::tr("%1 and 1 later partial set").arg(what)
                       : ShippingText::tr("%1 and %2 later partial sets")
                             .arg(what, QString::number(history.partialSets.size() - 1));
        add(findings, StatusLevel::Warning, ShippingTopic::PartialSet, server,
            ShippingText::tr(
                "%1 imported %2: it cannot restore past set %3 and waits for the next full set; "
                "force a full backup on the source (Backup job tab).")
                .arg(server, what, QString::number(first->setId - 1)),
            index);
    }
    if (!history.missingFiles.isEmpty()) {
        const QString& file = history.missingFiles.first();
        const int more = history.missingFiles.size() - 1;
        add(findings, StatusLevel::Critical, ShippingTopic::MissingFile, server,
            (more > 0 ? ShippingText::tr(
                            "%1 cannot find the backup file %2 (and %3 more): its restores stop "
                            "there; copy the file back, or force a full backup on the source "
                            "(Backup job tab).")
                            .arg(server, file, QString::number(more))
                      : ShippingText::tr(
                            "%1 cannot find the backup file %2: its restores stop there; copy the "
                            "file back, or force a full backup on the source (Backup job tab).")
                            .arg(server, file)),
            index);
    }
}

} // namespace

void addDestinationFindings(const ShippingFacts& facts, const Thresholds& thresholds, int index,
                            DestinationStatus& status, QVector<DatabaseShippingStatus>& databases,
                            Findings& findings)
{
    const DestinationState& state = facts.snapshot.destinations.at(index);
    const DestinationHistory* history = historyFor(facts, index);
    status.server = state.server;
    status.lastRestoredSetId = state.lastRestoredSetId();
    status.newestImportedSetId = state.newestImportedSetId;
    status.sentence = ShippingText::tr("%1: no finding.").arg(state.server);

    if (!state.reachable) {
        add(findings, StatusLevel::Critical, ShippingTopic::DestinationUnreachable, state.server,
            ShippingText::tr(
                "%1 cannot be read (%2): whether it could restore is unknown; check that the "
                "server runs and that this login can read master and msdb there.")
                .arg(state.server, errorText(state.error)),
            index);
        return;
    }
    if (!state.isConfigured()) {
        add(findings, StatusLevel::Warning, ShippingTopic::NotConfigured, state.server,
            ShippingText::tr(
                "%1 has no log shipping configured: it restores nothing from this group; set it up "
                "(Destination > Set up log shipping).")
                .arg(state.server),
            index);
        return;
    }

    // Among findings of one level about one server the first added leads (the sort is stable):
    // causes before symptoms, so a broken chain, then the failing job, then the lag they cause.
    if (history && history->read) {
        if (history->lastRestored)
            status.lastRestoredSetId = history->lastRestored->setId;
        if (history->newestImported)
            status.newestImportedSetId = history->newestImported->setId;
        status.setsBehind = history->completeLogSetsBehind;
        status.lastRestoredAt = history->lastRestoredAt;
        status.lagHistory = history->lagHistory;
        addChainFindings(index, *history, state.server, findings);
        addJobFindings(facts, index, findings);
        addLagFinding(facts, thresholds, index, *history, status, findings);
    } else {
        addJobFindings(facts, index, findings);
        add(findings, StatusLevel::Warning, ShippingTopic::DestinationUnreachable, state.server,
            ShippingText::tr(
                "The log shipping history on %1 could not be read (%2): how far it trails is "
                "unknown; check that this login can read the bts_LogShipping tables in master "
                "there.")
                .arg(state.server,
                     history ? errorText(history->error) : ShippingText::tr("not read")),
            index);
    }
    addDatabaseFindings(facts, index, status.lastRestoredSetId, databases, findings);
}

void addDisagreementFindings(const ShippingFacts& facts, Findings& findings)
{
    struct At {
        int index;
        QString server;
        qint64 setId;
        int setsBehind; // -1 unknown
    };
    QVector<At> restored;
    for (int i = 0; i < facts.snapshot.destinations.size(); ++i) {
        const DestinationState& state = facts.snapshot.destinations.at(i);
        const DestinationHistory* history = historyFor(facts, i);
        if (state.reachable && state.isConfigured() && history && history->read &&
            history->lastRestored)
            restored.append(
                {i, state.server, history->lastRestored->setId, history->completeLogSetsBehind});
    }
    if (restored.size() < 2)
        return;
    const qint64 newest =
        std::max_element(restored.cbegin(), restored.cend(), [](const At& a, const At& b) {
            return a.setId < b.setId;
        })->setId;
    const int fewestBehind =
        std::min_element(restored.cbegin(), restored.cend(), [](const At& a, const At& b) {
            return a.setsBehind < b.setsBehind;
        })->setsBehind;
    QStringList each;
    QStringList lagging;
    QVector<int> indexes;
    // Each destination's Restore Databases runs on its own schedule, so two healthy ones trail
    // each other by one log set for a moment: only a wider or unknown difference is a warning,
    // else a monitoring system would flap.
    bool momentary = fewestBehind >= 0;
    for (const At& at : restored) {
        each.append(ShippingText::tr("%1 at set %2").arg(at.server, QString::number(at.setId)));
        if (at.setId < newest) {
            lagging.append(at.server);
            indexes.append(at.index);
            momentary = momentary && at.setsBehind >= 0 && at.setsBehind - fewestBehind <= 1;
        }
    }
    if (lagging.isEmpty())
        return;
    const QString servers = lagging.join(QStringLiteral(", "));
    const QString sentence =
        momentary
            ? ShippingText::tr(
                  "The destinations are one log set apart (%1), as happens while their Restore "
                  "Databases jobs run at different times; a failover needs them at the same set.")
                  .arg(each.join(QStringLiteral(", ")))
            : ShippingText::tr(
                  "The destinations are at different last restored sets (%1): a failover brings "
                  "every database to one mark only when they agree; run Restore Databases on %2.")
                  .arg(each.join(QStringLiteral(", ")), servers);
    findings.append(Finding{{momentary ? StatusLevel::Info : StatusLevel::Warning,
                             ShippingTopic::Disagreement, servers, sentence},
                            indexes});
}

} // namespace bts::shipping
