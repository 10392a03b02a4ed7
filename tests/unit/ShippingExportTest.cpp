#include "monitoring/ShippingExport.h"

#include <gtest/gtest.h>

using namespace bts;

namespace {

const QDateTime Now(QDate(2024, 5, 1), QTime(12, 0), Qt::UTC);

std::string str(const QString& text)
{
    return text.toStdString();
}

// A server and a database with everything HTML and CSV must escape.
const QString Hostile = QStringLiteral("<b>SQL&02 \"main\", 'dr'</b>");
const QString HostileDb = QStringLiteral("Biz,Talk \"DTA\"\nDb");

ShippingStatus status()
{
    ShippingStatus s;
    s.group = QStringLiteral("SQL01/BizTalkMgmtDb");
    s.evaluatedAt = Now;
    s.level = StatusLevel::Critical;
    s.verdicts.append(
        {StatusLevel::Critical, ShippingTopic::Gap, Hostile,
         QStringLiteral("%1 skipped sets 12 to 14: force a full backup.").arg(Hostile)});
    s.verdicts.append({StatusLevel::Warning, ShippingTopic::DatabaseBehind,
                       Hostile + QLatin1Char(' ') + HostileDb,
                       QStringLiteral("It trails, by \"3\" sets.")});
    s.verdicts.append({StatusLevel::Ok, ShippingTopic::NewestLogAge, QStringLiteral("SQL01"),
                       QStringLiteral("The newest complete log set is set 40.")});
    DestinationStatus d;
    d.server = Hostile;
    d.level = StatusLevel::Critical;
    d.lastRestoredSetId = 36;
    d.newestImportedSetId = 40;
    d.setsBehind = 4;
    d.minutesBehind = 50.4;
    d.lastRestoredAt = Now.addSecs(-600);
    d.sentence = s.verdicts.first().sentence;
    s.destinations.append(d);
    DestinationStatus unknown;
    unknown.server = QStringLiteral("SQL03");
    unknown.level = StatusLevel::Info;
    unknown.sentence = QStringLiteral("SQL03 lag unknown.");
    s.destinations.append(unknown);
    DatabaseShippingStatus db;
    db.destination = Hostile;
    db.database = HostileDb;
    db.lastRestoredSetId = 33;
    db.setsBehindDestination = 3;
    db.level = StatusLevel::Warning;
    db.sentence = s.verdicts[1].sentence;
    s.databases.append(db);
    return s;
}

// RFC 4180 read back: records of fields, CRLF between records, quotes doubled inside quotes.
QVector<QStringList> parseCsv(const QString& text, bool* crlfOnly)
{
    QVector<QStringList> records;
    QStringList fields;
    QString field;
    bool quoted = false;
    *crlfOnly = true;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() &&
                text.at(i + 1) == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            fields.append(field);
            field.clear();
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() &&
                   text.at(i + 1) == QLatin1Char('\n')) {
            fields.append(field);
            field.clear();
            records.append(fields);
            fields.clear();
            ++i;
        } else {
            if (c == QLatin1Char('\n') || c == QLatin1Char('\r'))
                *crlfOnly = false; // a bare line break outside quotes
            field += c;
        }
    }
    EXPECT_TRUE(field.isEmpty() && fields.isEmpty()) << "the last record has no CRLF";
    return records;
}

TEST(ShippingExport, TheCsvHasAHeaderAndOneRowPerVerdictDestinationAndDatabase)
{
    const QString csv = shippingStatusCsv(status());
    EXPECT_TRUE(csv.startsWith(QStringLiteral(
        "kind,level,topic,subject,destination,database,last_restored_set,sets_behind,"
        "minutes_behind,sentence\r\n")));
    bool crlfOnly = false;
    const QVector<QStringList> rows = parseCsv(csv, &crlfOnly);
    EXPECT_TRUE(crlfOnly);
    ASSERT_EQ(rows.size(), 1 + 3 + 2 + 1);
    for (const QStringList& row : rows)
        EXPECT_EQ(row.size(), 10) << str(row.join(QLatin1Char('|')));

    EXPECT_EQ(rows[1], (QStringList{QStringLiteral("verdict"), QStringLiteral("critical"),
                                    QStringLiteral("gap"), Hostile, QString(), QString(), QString(),
                                    QString(), QString(), status().verdicts[0].sentence}));
    EXPECT_EQ(rows[2][3], Hostile + QLatin1Char(' ') + HostileDb);
    EXPECT_EQ(rows[2][9], QStringLiteral("It trails, by \"3\" sets."));
    EXPECT_EQ(rows[3][1], QStringLiteral("ok"));
    EXPECT_EQ(rows[4],
              (QStringList{QStringLiteral("destination"), QStringLiteral("critical"), QString(),
                           Hostile, Hostile, QString(), QStringLiteral("36"), QStringLiteral("4"),
                           QStringLiteral("50.4"), status().verdicts[0].sentence}));
    // Unknown numbers are empty cells, not -1.
    EXPECT_EQ(rows[5],
              (QStringList{QStringLiteral("destination"), QStringLiteral("info"), QString(),
                           QStringLiteral("SQL03"), QStringLiteral("SQL03"), QString(), QString(),
                           QString(), QString(), QStringLiteral("SQL03 lag unknown.")}));
    EXPECT_EQ(rows[6], (QStringList{QStringLiteral("database"), QStringLiteral("warning"),
                                    QString(), Hostile + QLatin1Char(' ') + HostileDb, Hostile,
                                    HostileDb, QStringLiteral("33"), QStringLiteral("3"), QString(),
                                    QStringLiteral("It trails, by \"3\" sets.")}));
}

TEST(ShippingExport, CsvQuotesOnlyWhatNeedsIt)
{
    const QString csv = shippingStatusCsv(status());
    EXPECT_TRUE(csv.contains(
        QStringLiteral("\r\nverdict,ok,newest log age,SQL01,,,,,,The newest complete log set is "
                       "set 40.\r\n")))
        << str(csv);
    EXPECT_TRUE(csv.contains(QStringLiteral("\"<b>SQL&02 \"\"main\"\", 'dr'</b>\"")));
    EXPECT_TRUE(csv.contains(QStringLiteral("\"Biz,Talk \"\"DTA\"\"\nDb\"")));
}

TEST(ShippingExport, TheHtmlIsACompleteDocumentWithEveryTable)
{
    const QString html = shippingStatusHtml(status());
    EXPECT_TRUE(html.startsWith(QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\">")));
    EXPECT_TRUE(html.endsWith(QStringLiteral("</body>\n</html>\n")));
    EXPECT_TRUE(html.contains(QStringLiteral("<meta charset=\"utf-8\">")));
    EXPECT_TRUE(html.contains(
        QStringLiteral("<title>BizTalk log shipping of SQL01/BizTalkMgmtDb at 2024-05-01 12:00 UTC"
                       "</title>")))
        << str(html);
    EXPECT_EQ(html.count(QStringLiteral("<table>")), 3);
    EXPECT_EQ(html.count(QStringLiteral("</table>")), 3);
    EXPECT_TRUE(html.contains(QStringLiteral("Verdicts")));
    EXPECT_TRUE(html.contains(QStringLiteral("Destinations")));
    EXPECT_TRUE(html.contains(QStringLiteral("Databases")));
    // Levels are words with a symbol; the colour only repeats them.
    EXPECT_TRUE(html.contains(QStringLiteral("\u2714 OK")));
    EXPECT_TRUE(html.contains(QStringLiteral("\u26A0 Warning")));
    EXPECT_TRUE(html.contains(QStringLiteral("\u2716 Critical")));
    EXPECT_TRUE(html.contains(QStringLiteral("\u2139 Info")));
    EXPECT_TRUE(html.contains(QStringLiteral("<td class=\"critical\">\u2716 Critical</td>")));
    EXPECT_TRUE(html.contains(QStringLiteral("<strong>\u2716 Critical</strong>")));
    EXPECT_TRUE(html.contains(QStringLiteral("50 min")));       // the lag, in words
    EXPECT_TRUE(html.contains(QStringLiteral("<td>gap</td>"))); // topics by name
}

TEST(ShippingExport, TheHtmlEscapesEveryText)
{
    const QString html = shippingStatusHtml(status());
    EXPECT_FALSE(html.contains(QStringLiteral("<b>"))) << str(html);
    EXPECT_FALSE(html.contains(QStringLiteral("\"main\"")));
    EXPECT_FALSE(html.contains(QStringLiteral("'dr'")));
    const QString escaped =
        QStringLiteral("&lt;b&gt;SQL&amp;02 &quot;main&quot;, &#39;dr&#39;&lt;/b&gt;");
    EXPECT_TRUE(html.contains(QStringLiteral("<td>%1</td>").arg(escaped))) << str(html);
    EXPECT_TRUE(html.contains(QStringLiteral("It trails, by &quot;3&quot; sets.")));

    ShippingStatus group = status();
    group.group = QStringLiteral("A&B</title><script>x</script>");
    const QString titled = shippingStatusHtml(group);
    EXPECT_FALSE(titled.contains(QStringLiteral("<script>")));
    EXPECT_TRUE(titled.contains(QStringLiteral("A&amp;B&lt;/title&gt;&lt;script&gt;")));
}

TEST(ShippingExport, EmptyTablesSaySo)
{
    ShippingStatus s;
    s.group = QStringLiteral("SQL01/BizTalkMgmtDb");
    s.evaluatedAt = Now;
    const QString html = shippingStatusHtml(s);
    EXPECT_EQ(html.count(QStringLiteral("<table>")), 0);
    EXPECT_EQ(html.count(QStringLiteral("<p>None.</p>")), 3);
    EXPECT_EQ(shippingStatusCsv(s).count(QStringLiteral("\r\n")), 1);
}

} // namespace
