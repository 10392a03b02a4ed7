#include "ShippingCheckOutput.h"

#include "ShippingRules.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace bts {
namespace {

const QString Prefix = QStringLiteral("BIZTALK LOG SHIPPING");

// The plugin's text is one line, and '|' starts the performance data.
QString pluginText(QString text)
{
    text.replace(QLatin1Char('|'), QLatin1Char('/'));
    text.replace(QLatin1Char('\r'), QLatin1Char(' '));
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return text.simplified();
}

// A perfdata label: in single quotes with quotes doubled (plugin guidelines). '=' ends a label and
// '|' splits text from perfdata in some parsers, so neither may appear, nor a line break.
QString perfLabel(const QString& label)
{
    QString text = pluginText(label);
    text.replace(QLatin1Char('='), QLatin1Char('_'));
    text.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QLatin1Char('\'') + text + QLatin1Char('\'');
}

QString minutes(double value)
{
    return QString::number(value, 'f', 1);
}

// 'label'=value[UOM];[warn];[crit];[min]
QString perfValue(const QString& label, const QString& value, const QString& unit,
                  const QString& warning, const QString& critical)
{
    return QStringLiteral("%1=%2%3;%4;%5;0").arg(perfLabel(label), value, unit, warning, critical);
}

QString checkState(StatusLevel level)
{
    switch (checkExitFor(level)) {
    case CheckExit::Ok:
        return QStringLiteral("OK");
    case CheckExit::Warning:
        return QStringLiteral("WARNING");
    case CheckExit::Critical:
        return QStringLiteral("CRITICAL");
    case CheckExit::Unknown:
        break;
    }
    return QStringLiteral("UNKNOWN");
}

QJsonValue idOrNull(qint64 id)
{
    return id >= 0 ? QJsonValue(id) : QJsonValue(QJsonValue::Null);
}

QJsonValue timeOrNull(const std::optional<QDateTime>& time)
{
    return time && time->isValid() ? QJsonValue(time->toString(Qt::ISODate))
                                   : QJsonValue(QJsonValue::Null);
}

QJsonValue setJson(const std::optional<SetSummary>& set)
{
    if (!set)
        return QJsonValue(QJsonValue::Null);
    return QJsonObject{{QStringLiteral("setId"), set->setId},
                       {QStringLiteral("full"), set->full},
                       {QStringLiteral("backupTime"), timeOrNull(set->backupTime)},
                       {QStringLiteral("markName"), set->markName}};
}

QJsonObject thresholdsJson(const Thresholds& t)
{
    return {{QStringLiteral("logWarningMinutes"), t.logWarningMinutes},
            {QStringLiteral("logCriticalMinutes"), t.logCriticalMinutes},
            {QStringLiteral("fullWarningHours"), t.fullWarningHours},
            {QStringLiteral("fullCriticalHours"), t.fullCriticalHours},
            {QStringLiteral("lagWarningMinutes"), t.lagWarningMinutes},
            {QStringLiteral("lagCriticalMinutes"), t.lagCriticalMinutes}};
}

} // namespace

CheckExit checkExitFor(StatusLevel level)
{
    switch (level) {
    case StatusLevel::Ok:
    case StatusLevel::Info:
        return CheckExit::Ok;
    case StatusLevel::Warning:
        return CheckExit::Warning;
    case StatusLevel::Critical:
        return CheckExit::Critical;
    }
    return CheckExit::Unknown;
}

QString checkStatusLine(const ShippingStatus& status)
{
    const Thresholds& t = status.thresholds;
    // Labels stay in English whatever the language: monitoring systems key their graphs on them.
    QStringList perf;
    for (const DestinationStatus& d : status.destinations) {
        if (d.minutesBehind) {
            perf.append(perfValue(QStringLiteral("%1 lag").arg(d.server), minutes(*d.minutesBehind),
                                  QStringLiteral("min"), QString::number(t.lagWarningMinutes),
                                  QString::number(t.lagCriticalMinutes)));
        }
        if (d.setsBehind >= 0) {
            perf.append(perfValue(QStringLiteral("%1 sets behind").arg(d.server),
                                  QString::number(d.setsBehind), QString(), QString(), QString()));
        }
    }
    // The ages as of the evaluation, like the verdicts that judged them.
    const auto age = [&](const std::optional<SetSummary>& set) -> std::optional<double> {
        if (!set || !set->backupTime.isValid() || !status.evaluatedAt.isValid())
            return std::nullopt;
        return double(std::max<qint64>(0, set->backupTime.secsTo(status.evaluatedAt))) / 60.0;
    };
    if (const auto log = age(status.newestCompleteLog)) {
        perf.append(perfValue(QStringLiteral("newest log age"), minutes(*log),
                              QStringLiteral("min"), QString::number(t.logWarningMinutes),
                              QString::number(t.logCriticalMinutes)));
    }
    if (const auto full = age(status.newestCompleteFull)) {
        perf.append(perfValue(QStringLiteral("newest full age"), minutes(*full),
                              QStringLiteral("min"), QString::number(t.fullWarningHours * 60),
                              QString::number(t.fullCriticalHours * 60)));
    }
    QString line = QStringLiteral("%1 %2 - %3")
                       .arg(Prefix, checkState(status.level), pluginText(status.summary()));
    if (!perf.isEmpty())
        line += QStringLiteral(" | ") + perf.join(QLatin1Char(' '));
    return line;
}

QString checkUnknownLine(const QString& reason)
{
    return QStringLiteral("%1 UNKNOWN - %2").arg(Prefix, pluginText(reason));
}

QByteArray shippingStatusJson(const ShippingStatus& status)
{
    QJsonArray verdicts;
    for (const ShippingVerdict& v : status.verdicts) {
        verdicts.append(QJsonObject{{QStringLiteral("level"), shipping::levelKey(v.level)},
                                    {QStringLiteral("topic"), shipping::topicKey(v.topic)},
                                    {QStringLiteral("subject"), v.subject},
                                    {QStringLiteral("sentence"), v.sentence}});
    }
    QJsonArray destinations;
    for (const DestinationStatus& d : status.destinations) {
        destinations.append(QJsonObject{
            {QStringLiteral("server"), d.server},
            {QStringLiteral("level"), shipping::levelKey(d.level)},
            {QStringLiteral("lastRestoredSetId"), idOrNull(d.lastRestoredSetId)},
            {QStringLiteral("newestImportedSetId"), idOrNull(d.newestImportedSetId)},
            {QStringLiteral("setsBehind"), idOrNull(d.setsBehind)},
            {QStringLiteral("minutesBehind"),
             d.minutesBehind ? QJsonValue(*d.minutesBehind) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("lastRestoredAt"), timeOrNull(d.lastRestoredAt)},
            {QStringLiteral("sentence"), d.sentence}});
    }
    QJsonArray databases;
    for (const DatabaseShippingStatus& db : status.databases) {
        databases.append(
            QJsonObject{{QStringLiteral("destination"), db.destination},
                        {QStringLiteral("database"), db.database},
                        {QStringLiteral("level"), shipping::levelKey(db.level)},
                        {QStringLiteral("lastRestoredSetId"), idOrNull(db.lastRestoredSetId)},
                        {QStringLiteral("setsBehindDestination"), db.setsBehindDestination},
                        {QStringLiteral("sentence"), db.sentence}});
    }
    const QJsonObject root{
        {QStringLiteral("group"), status.group},
        {QStringLiteral("evaluatedAt"), timeOrNull(status.evaluatedAt)},
        {QStringLiteral("level"), shipping::levelKey(status.level)},
        {QStringLiteral("summary"), status.summary()},
        {QStringLiteral("thresholds"), thresholdsJson(status.thresholds)},
        {QStringLiteral("newestCompleteLog"), setJson(status.newestCompleteLog)},
        {QStringLiteral("newestCompleteFull"), setJson(status.newestCompleteFull)},
        {QStringLiteral("verdicts"), verdicts},
        {QStringLiteral("destinations"), destinations},
        {QStringLiteral("databases"), databases}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace bts
