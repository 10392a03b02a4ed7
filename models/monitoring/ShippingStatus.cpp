#include "ShippingStatus.h"

#include "ShippingRules.h"

#include <QCoreApplication>

#include <algorithm>

namespace bts {
namespace shipping {

QString timeText(const QDateTime& time)
{
    if (!time.isValid())
        return ShippingText::tr("unknown time");
    // Backup history is UTC unless the job uses local time; say which, as job runs are in the
    // server's local time and an operator compares the two.
    const QString text = time.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    return time.timeSpec() == Qt::UTC ? ShippingText::tr("%1 UTC").arg(text) : text;
}

QString serverTimeText(const QDateTime& time)
{
    if (!time.isValid())
        return ShippingText::tr("unknown time");
    return time.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString setText(const SetSummary& set)
{
    if (set.full || set.markName.isEmpty())
        return ShippingText::tr("set %1 (full, %2)").arg(set.setId).arg(timeText(set.backupTime));
    return ShippingText::tr("set %1 (mark %2, %3)")
        .arg(set.setId)
        .arg(set.markName, timeText(set.backupTime));
}

namespace {

QString withoutFinalPeriod(QString text)
{
    text = text.simplified();
    while (text.endsWith(QLatin1Char('.')))
        text.chop(1);
    return text;
}

} // namespace

QString errorText(const DbError& error)
{
    QString text = withoutFinalPeriod(error.summary);
    if (!error.location.isEmpty())
        text += ShippingText::tr(" on %1").arg(error.location);
    return text.isEmpty() ? ShippingText::tr("no reason given") : text;
}

QString messageText(const QString& message)
{
    // SQL Agent messages run to kilobytes (one line per failed database); a status line keeps
    // the start, and the job history on its tab has the rest.
    constexpr int Longest = 400;
    QString text = withoutFinalPeriod(message);
    if (text.size() > Longest) {
        text.truncate(Longest);
        const int space = text.lastIndexOf(QLatin1Char(' '));
        if (space > Longest / 2)
            text.truncate(space);
        text += QChar(0x2026); // an ellipsis: the message goes on
    }
    return text.isEmpty() ? ShippingText::tr("no message") : text;
}

QString setsText(int sets)
{
    return sets == 1 ? ShippingText::tr("1 set") : ShippingText::tr("%1 sets").arg(sets);
}

namespace {

// Untranslated names for machine-readable outputs; shippingTopicName translates the same text.
const char* topicSource(ShippingTopic topic)
{
    switch (topic) {
    case ShippingTopic::SourceUnreachable:
        return QT_TRANSLATE_NOOP("bts::ShippingStatus", "source unreachable");
    case ShippingTopic::BackupJob:
        return QT_TRANSLATE_NOOP("bts::ShippingStatus", "backup job");
    case ShippingTopic::NewestLogAge:
        return QT_TRANSLATE_NOOP("bts::ShippingStatus", "newest log age");
    case ShippingTopic::FullBackupAge:
        return QT_TRANSLATE_NOOP("bts::ShippingStatus", "full backup age");
    case ShippingTopic::PartialSet:
        return QT_TRANSLATE_NOOP("bts::ShippingStatus", "partial set");
    case ShippingTopic::DestinationUnreachable:
        return QT_TRANSLATE_NOOP("bts::ShippingStatus", "destination unreachable");
    case ShippingTopic::NotConfigured:
        return QT_TRANSLATE_NOOP("bts::ShippingStatus", "not configured");
    case ShippingTopic::Lag:
        return QT_TRANSLATE_NOOP("bts::ShippingStatus", "lag");
    case ShippingTopic::Gap:
        return QT_TRANSLATE_NOOP("bts::ShippingStatus", "gap");
    case ShippingTopic::DestinationJob:
        return QT_TRANSLATE_NOOP("bts::ShippingStatus", "destination job");
    case ShippingTopic::MissingFile:
        return QT_TRANSLATE_NOOP("bts::ShippingStatus", "missing file");
    case ShippingTopic::Disagreement:
        return QT_TRANSLATE_NOOP("bts::ShippingStatus", "disagreement");
    case ShippingTopic::DatabaseBehind:
        return QT_TRANSLATE_NOOP("bts::ShippingStatus", "database behind");
    }
    return "";
}

} // namespace

QString levelKey(StatusLevel level)
{
    switch (level) {
    case StatusLevel::Ok:
        return QStringLiteral("ok");
    case StatusLevel::Info:
        return QStringLiteral("info");
    case StatusLevel::Warning:
        return QStringLiteral("warning");
    case StatusLevel::Critical:
        return QStringLiteral("critical");
    }
    return QString();
}

QString topicKey(ShippingTopic topic)
{
    return QString::fromLatin1(topicSource(topic));
}

} // namespace shipping

using shipping::ShippingText;

QString shippingTopicName(ShippingTopic topic)
{
    return ShippingText::tr(shipping::topicSource(topic));
}

QString ShippingStatus::summary() const
{
    const auto isProblem = [](const ShippingVerdict& v) {
        return v.level >= StatusLevel::Warning;
    };
    if (!verdicts.isEmpty() && isProblem(verdicts.first())) {
        const auto problems = std::count_if(verdicts.cbegin(), verdicts.cend(), isProblem);
        QString text = verdicts.first().sentence;
        if (problems < 2)
            return text;
        while (text.endsWith(QLatin1Char('.')))
            text.chop(1);
        return problems == 2 ? ShippingText::tr("%1 (and 1 more problem).").arg(text)
                             : ShippingText::tr("%1 (and %2 more problems).")
                                   .arg(text, QString::number(problems - 1));
    }
    if (destinations.isEmpty())
        return ShippingText::tr("No destination to check.");
    QStringList lags;
    for (const DestinationStatus& d : destinations) {
        if (!d.minutesBehind) {
            lags.append(ShippingText::tr("%1 lag unknown").arg(d.server));
            continue;
        }
        const QString age = describeAge(qint64(*d.minutesBehind * 60));
        lags.append(d.setsBehind >= 0 ? ShippingText::tr("%1 %2 behind (%3)")
                                            .arg(d.server, age, shipping::setsText(d.setsBehind))
                                      : ShippingText::tr("%1 %2 behind").arg(d.server, age));
    }
    return ShippingText::tr("Every destination keeps up: %1.").arg(lags.join(QStringLiteral(", ")));
}

QVector<ShippingVerdict> ShippingStatus::verdictsAbout(ShippingTopic topic) const
{
    QVector<ShippingVerdict> about;
    for (const ShippingVerdict& v : verdicts) {
        if (v.topic == topic)
            about.append(v);
    }
    return about;
}

ShippingStatus evaluateShipping(const ShippingFacts& facts, const Thresholds& thresholds)
{
    const GroupSnapshot& snapshot = facts.snapshot;
    ShippingStatus status;
    status.group = snapshot.managementDatabase.isEmpty()
                       ? snapshot.managementServer
                       : snapshot.managementServer + QLatin1Char('/') + snapshot.managementDatabase;
    // The facts' own time, not the clock of this machine: the same facts give the same status.
    status.evaluatedAt = facts.historyNow;
    status.newestCompleteLog = facts.newestCompleteLog;
    status.newestCompleteFull = facts.newestCompleteFull;
    status.thresholds = thresholds;

    shipping::Findings findings;
    shipping::addSourceFindings(facts, thresholds, findings);
    for (int i = 0; i < snapshot.destinations.size(); ++i) {
        DestinationStatus destination;
        shipping::addDestinationFindings(facts, thresholds, i, destination, status.databases,
                                         findings);
        status.destinations.append(destination);
    }
    shipping::addDisagreementFindings(facts, findings);
    if (snapshot.destinations.isEmpty()) {
        findings.append(shipping::Finding{
            {StatusLevel::Warning, ShippingTopic::NotConfigured, snapshot.managementServer,
             ShippingText::tr("No destination server is known for this group: nothing is shipped, "
                              "so there is no standby to restore; add one (Destination > Set up "
                              "log shipping).")},
            {}});
    }

    // Worst first; then by subject so that the source comes before its databases and a page
    // shows the same order on every refresh.
    std::stable_sort(findings.begin(), findings.end(),
                     [](const shipping::Finding& a, const shipping::Finding& b) {
                         if (a.verdict.level != b.verdict.level)
                             return a.verdict.level > b.verdict.level;
                         const int byName =
                             a.verdict.subject.compare(b.verdict.subject, Qt::CaseInsensitive);
                         if (byName != 0)
                             return byName < 0;
                         return a.verdict.subject < b.verdict.subject;
                     });

    QVector<bool> described(status.destinations.size(), false);
    for (const shipping::Finding& finding : findings) {
        status.verdicts.append(finding.verdict);
        status.level = std::max(status.level, finding.verdict.level);
        for (int index : finding.destinations) {
            if (index < 0 || index >= status.destinations.size() || described[index])
                continue;
            // The first finding about a destination is its worst, thanks to the sort.
            described[index] = true;
            status.destinations[index].level = finding.verdict.level;
            status.destinations[index].sentence = finding.verdict.sentence;
        }
    }

    std::stable_sort(status.databases.begin(), status.databases.end(),
                     [](const DatabaseShippingStatus& a, const DatabaseShippingStatus& b) {
                         const int byServer =
                             a.destination.compare(b.destination, Qt::CaseInsensitive);
                         if (byServer != 0)
                             return byServer < 0;
                         return a.database.compare(b.database, Qt::CaseInsensitive) < 0;
                     });
    return status;
}

} // namespace bts
