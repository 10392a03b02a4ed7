#include "monitoring/ShippingCheckOutput.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace bts;

namespace {

const QDateTime Now(QDate(2024, 5, 1), QTime(12, 0), Qt::UTC);

std::string str(const QString& text)
{
    return text.toStdString();
}

SetSummary setTaken(qint64 id, int minutesAgo, bool full)
{
    SetSummary set;
    set.setId = id;
    set.full = full;
    set.complete = true;
    set.backupTime = Now.addSecs(-60 * qint64(minutesAgo));
    set.markName = full ? QString() : QStringLiteral("BTS_%1").arg(id);
    return set;
}

// One destination 50.4 minutes and 4 sets behind; log set 10 minutes old, full set 5 hours.
ShippingStatus smallStatus(const QString& server = QStringLiteral("SQL02"))
{
    ShippingStatus s;
    s.group = QStringLiteral("SQL01/BizTalkMgmtDb");
    s.evaluatedAt = Now;
    s.level = StatusLevel::Warning;
    s.verdicts.append({StatusLevel::Warning, ShippingTopic::Lag, server,
                       QStringLiteral("%1 is 50 minutes behind the source.").arg(server)});
    s.verdicts.append({StatusLevel::Ok, ShippingTopic::NewestLogAge, QStringLiteral("SQL01"),
                       QStringLiteral("The newest complete log set is set 40.")});
    DestinationStatus d;
    d.server = server;
    d.level = StatusLevel::Warning;
    d.lastRestoredSetId = 36;
    d.newestImportedSetId = 40;
    d.setsBehind = 4;
    d.minutesBehind = 50.4;
    d.lastRestoredAt = Now.addSecs(-600);
    d.sentence = s.verdicts.first().sentence;
    s.destinations.append(d);
    DatabaseShippingStatus db;
    db.destination = server;
    db.database = QStringLiteral("BizTalkMsgBoxDb");
    db.lastRestoredSetId = 36;
    db.sentence = QStringLiteral("BizTalkMsgBoxDb on %1 restored set 36.").arg(server);
    s.databases.append(db);
    s.newestCompleteLog = setTaken(40, 10, false);
    s.newestCompleteFull = setTaken(20, 5 * 60, true);
    return s;
}

TEST(ShippingCheckOutput, ThePluginLineOfASmallCase)
{
    EXPECT_EQ(str(checkStatusLine(smallStatus())),
              "BIZTALK LOG SHIPPING WARNING - SQL02 is 50 minutes behind the source. | "
              "'SQL02 lag'=50.4min;45;120;0 'SQL02 sets behind'=4;;;0 "
              "'newest log age'=10.0min;30;60;0 'newest full age'=300.0min;1560;3000;0");
}

TEST(ShippingCheckOutput, ThresholdsAsUsedGoIntoThePerformanceData)
{
    ShippingStatus s = smallStatus();
    s.thresholds.lagWarningMinutes = 20;
    s.thresholds.lagCriticalMinutes = 40;
    s.thresholds.fullWarningHours = 2;
    s.thresholds.fullCriticalHours = 3;
    const QString line = checkStatusLine(s);
    EXPECT_TRUE(line.contains(QStringLiteral("'SQL02 lag'=50.4min;20;40;0"))) << str(line);
    EXPECT_TRUE(line.contains(QStringLiteral("'newest full age'=300.0min;120;180;0"))) << str(line);
}

TEST(ShippingCheckOutput, UnknownValuesAreLeftOut)
{
    ShippingStatus s = smallStatus();
    s.destinations[0].minutesBehind.reset();
    s.destinations[0].setsBehind = -1;
    s.newestCompleteFull.reset();
    EXPECT_EQ(str(checkStatusLine(s)),
              "BIZTALK LOG SHIPPING WARNING - SQL02 is 50 minutes behind the source. | "
              "'newest log age'=10.0min;30;60;0");
    s.newestCompleteLog.reset();
    EXPECT_EQ(str(checkStatusLine(s)),
              "BIZTALK LOG SHIPPING WARNING - SQL02 is 50 minutes behind the source.");
}

TEST(ShippingCheckOutput, EveryLevelHasItsStateAndExitCode)
{
    EXPECT_EQ(checkExitFor(StatusLevel::Ok), CheckExit::Ok);
    EXPECT_EQ(checkExitFor(StatusLevel::Info), CheckExit::Ok);
    EXPECT_EQ(checkExitFor(StatusLevel::Warning), CheckExit::Warning);
    EXPECT_EQ(checkExitFor(StatusLevel::Critical), CheckExit::Critical);
    EXPECT_EQ(int(CheckExit::Unknown), 3);

    ShippingStatus s = smallStatus();
    s.level = StatusLevel::Critical;
    EXPECT_TRUE(checkStatusLine(s).startsWith(QStringLiteral("BIZTALK LOG SHIPPING CRITICAL - ")));
    s.level = StatusLevel::Info;
    EXPECT_TRUE(checkStatusLine(s).startsWith(QStringLiteral("BIZTALK LOG SHIPPING OK - ")));
}

TEST(ShippingCheckOutput, AHealthyGroupIsOkWithEveryDestinationsLag)
{
    ShippingStatus s = smallStatus();
    s.level = StatusLevel::Ok;
    s.verdicts[0].level = StatusLevel::Ok;
    s.destinations[0].minutesBehind = 14.0;
    s.destinations[0].setsBehind = 1;
    EXPECT_TRUE(checkStatusLine(s).startsWith(
        QStringLiteral("BIZTALK LOG SHIPPING OK - Every destination keeps up: SQL02 14 minutes "
                       "behind (1 set). | 'SQL02 lag'=14.0min;45;120;0")))
        << str(checkStatusLine(s));
}

TEST(ShippingCheckOutput, AHostileServerNameCannotBreakTheLine)
{
    const QString hostile = QStringLiteral("SQL'02 | x=1\nnext");
    const QString line = checkStatusLine(smallStatus(hostile));
    EXPECT_FALSE(line.contains(QLatin1Char('\n'))) << str(line);
    EXPECT_EQ(line.count(QLatin1Char('|')), 1) << str(line);
    const QString text = line.section(QStringLiteral(" | "), 0, 0);
    const QString perf = line.section(QStringLiteral(" | "), 1);
    EXPECT_EQ(str(text),
              "BIZTALK LOG SHIPPING WARNING - SQL'02 / x=1 next is 50 minutes behind the source.");
    EXPECT_TRUE(perf.startsWith(QStringLiteral("'SQL''02 / x_1 next lag'=50.4min;45;120;0 "
                                               "'SQL''02 / x_1 next sets behind'=4;;;0 ")))
        << str(perf);
}

TEST(ShippingCheckOutput, TheUnknownLineIsOneLineWithoutPerformanceData)
{
    EXPECT_EQ(str(checkUnknownLine(QStringLiteral("Cannot reach SQL01 | port 1433.\nGive up."))),
              "BIZTALK LOG SHIPPING UNKNOWN - Cannot reach SQL01 / port 1433. Give up.");
}

TEST(ShippingCheckOutput, TheJsonParsesBackWithEveryPart)
{
    ShippingStatus s = smallStatus(QStringLiteral("SQL\"02 \u00e9"));
    s.destinations.append(DestinationStatus{});
    s.destinations[1].server = QStringLiteral("SQL03");
    s.destinations[1].level = StatusLevel::Critical;
    s.destinations[1].sentence = QStringLiteral("SQL03 cannot be read.");

    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(shippingStatusJson(s), &error);
    ASSERT_EQ(error.error, QJsonParseError::NoError) << str(error.errorString());
    const QJsonObject root = json.object();
    EXPECT_EQ(root.value(QStringLiteral("group")).toString(), s.group);
    EXPECT_EQ(
        QDateTime::fromString(root.value(QStringLiteral("evaluatedAt")).toString(), Qt::ISODate),
        Now);
    EXPECT_EQ(root.value(QStringLiteral("level")).toString(), QStringLiteral("warning"));
    EXPECT_EQ(root.value(QStringLiteral("summary")).toString(), s.summary());
    const QJsonObject thresholds = root.value(QStringLiteral("thresholds")).toObject();
    EXPECT_EQ(thresholds.value(QStringLiteral("lagWarningMinutes")).toInt(), 45);
    EXPECT_EQ(thresholds.value(QStringLiteral("fullCriticalHours")).toInt(), 50);
    EXPECT_EQ(thresholds.size(), 6);
    EXPECT_EQ(root.value(QStringLiteral("newestCompleteLog"))
                  .toObject()
                  .value(QStringLiteral("setId"))
                  .toInteger(),
              40);

    const QJsonArray verdicts = root.value(QStringLiteral("verdicts")).toArray();
    ASSERT_EQ(verdicts.size(), 2);
    const QJsonObject first = verdicts.first().toObject();
    EXPECT_EQ(first.value(QStringLiteral("level")).toString(), QStringLiteral("warning"));
    EXPECT_EQ(first.value(QStringLiteral("topic")).toString(), QStringLiteral("lag"));
    EXPECT_EQ(first.value(QStringLiteral("subject")).toString(), s.verdicts[0].subject);
    EXPECT_EQ(first.value(QStringLiteral("sentence")).toString(), s.verdicts[0].sentence);

    const QJsonArray destinations = root.value(QStringLiteral("destinations")).toArray();
    ASSERT_EQ(destinations.size(), 2);
    const QJsonObject d = destinations[0].toObject();
    EXPECT_EQ(d.value(QStringLiteral("server")).toString(), s.destinations[0].server);
    EXPECT_EQ(d.value(QStringLiteral("lastRestoredSetId")).toInteger(), 36);
    EXPECT_EQ(d.value(QStringLiteral("newestImportedSetId")).toInteger(), 40);
    EXPECT_EQ(d.value(QStringLiteral("setsBehind")).toInt(), 4);
    EXPECT_DOUBLE_EQ(d.value(QStringLiteral("minutesBehind")).toDouble(), 50.4);
    EXPECT_EQ(
        QDateTime::fromString(d.value(QStringLiteral("lastRestoredAt")).toString(), Qt::ISODate),
        Now.addSecs(-600));
    EXPECT_EQ(d.value(QStringLiteral("sentence")).toString(), s.destinations[0].sentence);
    // What is not known is null, not a made-up number.
    const QJsonObject unknown = destinations[1].toObject();
    EXPECT_EQ(unknown.value(QStringLiteral("level")).toString(), QStringLiteral("critical"));
    EXPECT_TRUE(unknown.value(QStringLiteral("minutesBehind")).isNull());
    EXPECT_TRUE(unknown.value(QStringLiteral("lastRestoredSetId")).isNull());
    EXPECT_TRUE(unknown.value(QStringLiteral("setsBehind")).isNull());
    EXPECT_TRUE(unknown.value(QStringLiteral("lastRestoredAt")).isNull());

    const QJsonArray databases = root.value(QStringLiteral("databases")).toArray();
    ASSERT_EQ(databases.size(), 1);
    const QJsonObject db = databases.first().toObject();
    EXPECT_EQ(db.value(QStringLiteral("destination")).toString(), s.destinations[0].server);
    EXPECT_EQ(db.value(QStringLiteral("database")).toString(), QStringLiteral("BizTalkMsgBoxDb"));
    EXPECT_EQ(db.value(QStringLiteral("level")).toString(), QStringLiteral("ok"));
    EXPECT_EQ(db.value(QStringLiteral("lastRestoredSetId")).toInteger(), 36);
    EXPECT_EQ(db.value(QStringLiteral("sentence")).toString(), s.databases[0].sentence);
}

TEST(ShippingCheckOutput, TheJsonIsIndentedForReading)
{
    const QByteArray json = shippingStatusJson(smallStatus());
    EXPECT_TRUE(json.startsWith("{\n    \"")) << json.left(40).toStdString();
}

} // namespace
