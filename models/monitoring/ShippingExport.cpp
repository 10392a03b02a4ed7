#include "ShippingExport.h"

#include "ShippingRules.h"

#include <QCoreApplication>
#include <QStringList>

namespace bts {
namespace {

// The file's messages, under one context for lupdate and the translator alike.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(bts::ShippingExport)
};

// Text and attribute values alike; toHtmlEscaped() leaves the single quote alone.
QString html(const QString& text)
{
    QString escaped = text.toHtmlEscaped();
    escaped.replace(QLatin1Char('\''), QStringLiteral("&#39;"));
    return escaped;
}

// The level as a symbol and a word, so that it reads without colour (and prints in black).
QString levelLabel(StatusLevel level)
{
    switch (level) {
    case StatusLevel::Ok:
        return QString(QChar(0x2714)) + QLatin1Char(' ') + Text::tr("OK");
    case StatusLevel::Info:
        return QString(QChar(0x2139)) + QLatin1Char(' ') + Text::tr("Info");
    case StatusLevel::Warning:
        return QString(QChar(0x26A0)) + QLatin1Char(' ') + Text::tr("Warning");
    case StatusLevel::Critical:
        return QString(QChar(0x2716)) + QLatin1Char(' ') + Text::tr("Critical");
    }
    return QString();
}

QString levelCell(StatusLevel level)
{
    return QStringLiteral("<td class=\"%1\">%2</td>")
        .arg(shipping::levelKey(level), html(levelLabel(level)));
}

QString cell(const QString& text)
{
    return QStringLiteral("<td>%1</td>").arg(html(text));
}

QString idText(qint64 id)
{
    return id >= 0 ? QString::number(id) : QString();
}

QString table(const QStringList& headers, const QStringList& rows)
{
    if (rows.isEmpty())
        return QStringLiteral("<p>%1</p>\n").arg(html(Text::tr("None.")));
    QString text = QStringLiteral("<table>\n<thead><tr>");
    for (const QString& header : headers)
        text += QStringLiteral("<th scope=\"col\">%1</th>").arg(html(header));
    text += QStringLiteral("</tr></thead>\n<tbody>\n");
    for (const QString& row : rows)
        text += QStringLiteral("<tr>") + row + QStringLiteral("</tr>\n");
    return text + QStringLiteral("</tbody>\n</table>\n");
}

// RFC 4180: a field with a comma, a quote or a line break goes in quotes, its quotes doubled.
QString csvField(const QString& text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) &&
        !text.contains(QLatin1Char('\n')) && !text.contains(QLatin1Char('\r')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString csvLine(const QStringList& fields)
{
    QStringList quoted;
    for (const QString& field : fields)
        quoted.append(csvField(field));
    return quoted.join(QLatin1Char(',')) + QStringLiteral("\r\n");
}

} // namespace

QString shippingStatusHtml(const ShippingStatus& status)
{
    const QString when = shipping::timeText(status.evaluatedAt);
    const QString title = Text::tr("BizTalk log shipping of %1 at %2").arg(status.group, when);

    QStringList verdicts;
    for (const ShippingVerdict& v : status.verdicts) {
        verdicts.append(levelCell(v.level) + cell(shippingTopicName(v.topic)) + cell(v.subject) +
                        cell(v.sentence));
    }
    QStringList destinations;
    for (const DestinationStatus& d : status.destinations) {
        destinations.append(
            cell(d.server) + levelCell(d.level) + cell(idText(d.lastRestoredSetId)) +
            cell(d.lastRestoredAt ? shipping::timeText(*d.lastRestoredAt) : QString()) +
            cell(idText(d.newestImportedSetId)) + cell(idText(d.setsBehind)) +
            cell(d.minutesBehind ? describeShortAge(qint64(*d.minutesBehind * 60)) : QString()) +
            cell(d.sentence));
    }
    QStringList databases;
    for (const DatabaseShippingStatus& db : status.databases) {
        databases.append(cell(db.destination) + cell(db.database) + levelCell(db.level) +
                         cell(idText(db.lastRestoredSetId)) +
                         cell(QString::number(db.setsBehindDestination)) + cell(db.sentence));
    }

    const Thresholds& t = status.thresholds;
    const QString thresholds =
        Text::tr(
            "Thresholds: newest log set warning after %1 and critical after %2 minutes; newest "
            "full "
            "set warning after %3 and critical after %4 hours; destination lag warning from %5 and "
            "critical from %6 minutes.")
            .arg(t.logWarningMinutes)
            .arg(t.logCriticalMinutes)
            .arg(t.fullWarningHours)
            .arg(t.fullCriticalHours)
            .arg(t.lagWarningMinutes)
            .arg(t.lagCriticalMinutes);

    QString text;
    // The language of the words, for screen readers: a translation names its own.
    const QString language = QCoreApplication::translate("bts::ShippingExport", "en",
                                                         "HTML lang attribute of the report");
    text +=
        QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n")
            .arg(html(language));
    text += QStringLiteral("<title>%1</title>\n").arg(html(title));
    // Colour only repeats what the symbol and the word say.
    text +=
        QStringLiteral("<style>\nbody { font-family: sans-serif; }\n"
                       "table { border-collapse: collapse; margin-bottom: 1em; }\n"
                       "th, td { border: 1px solid #999; padding: 2px 6px; text-align: left; "
                       "vertical-align: top; }\n"
                       "td.ok { background: #e3f4e3; } td.info { background: #e3ecf7; }\n"
                       "td.warning { background: #fdf3d0; } td.critical { background: #f9dcdc; }\n"
                       "</style>\n</head>\n<body>\n");
    text += QStringLiteral("<h1>%1</h1>\n").arg(html(title));
    text += QStringLiteral("<p><strong>%1</strong>: %2</p>\n")
                .arg(html(levelLabel(status.level)), html(status.summary()));
    text += QStringLiteral("<p>%1</p>\n").arg(html(thresholds));
    text += QStringLiteral("<h2>%1</h2>\n").arg(html(Text::tr("Verdicts")));
    text += table({Text::tr("Level"), Text::tr("Topic"), Text::tr("Subject"),
                   Text::tr("What is wrong and what to do")},
                  verdicts);
    text += QStringLiteral("<h2>%1</h2>\n").arg(html(Text::tr("Destinations")));
    text += table({Text::tr("Destination"), Text::tr("Level"), Text::tr("Last restored set"),
                   Text::tr("Restored at"), Text::tr("Newest imported set"),
                   Text::tr("Sets behind"), Text::tr("Behind"), Text::tr("Status")},
                  destinations);
    text += QStringLiteral("<h2>%1</h2>\n").arg(html(Text::tr("Databases")));
    text += table({Text::tr("Destination"), Text::tr("Database"), Text::tr("Level"),
                   Text::tr("Last restored set"), Text::tr("Sets behind the destination"),
                   Text::tr("Status")},
                  databases);
    text += QStringLiteral("</body>\n</html>\n");
    return text;
}

QString shippingStatusCsv(const ShippingStatus& status)
{
    // Column names and keys stay in English: scripts and spreadsheets filter on them.
    QString text = csvLine({QStringLiteral("kind"), QStringLiteral("level"),
                            QStringLiteral("topic"), QStringLiteral("subject"),
                            QStringLiteral("destination"), QStringLiteral("database"),
                            QStringLiteral("last_restored_set"), QStringLiteral("sets_behind"),
                            QStringLiteral("minutes_behind"), QStringLiteral("sentence")});
    for (const ShippingVerdict& v : status.verdicts) {
        text += csvLine({QStringLiteral("verdict"), shipping::levelKey(v.level),
                         shipping::topicKey(v.topic), v.subject, QString(), QString(), QString(),
                         QString(), QString(), v.sentence});
    }
    for (const DestinationStatus& d : status.destinations) {
        text += csvLine(
            {QStringLiteral("destination"), shipping::levelKey(d.level), QString(), d.server,
             d.server, QString(), idText(d.lastRestoredSetId), idText(d.setsBehind),
             d.minutesBehind ? QString::number(*d.minutesBehind, 'f', 1) : QString(), d.sentence});
    }
    for (const DatabaseShippingStatus& db : status.databases) {
        text += csvLine({QStringLiteral("database"), shipping::levelKey(db.level), QString(),
                         db.destination + QLatin1Char(' ') + db.database, db.destination,
                         db.database, idText(db.lastRestoredSetId),
                         QString::number(db.setsBehindDestination), QString(), db.sentence});
    }
    return text;
}

} // namespace bts
