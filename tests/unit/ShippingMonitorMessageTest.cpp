#include "monitoring/ShippingMonitor.h"

#include <gtest/gtest.h>

using namespace bts;

namespace {

const QString Group = QStringLiteral("LABSQL01/BizTalkMgmtDb");

// A status whose worst finding is at `level`; summary() then says that finding's sentence.
ShippingStatus statusAt(StatusLevel level, const QString& sentence = QString())
{
    ShippingStatus status;
    status.group = Group;
    status.level = level;
    if (!sentence.isEmpty())
        status.verdicts.append({level, ShippingTopic::Lag, QStringLiteral("LABSQL02"), sentence});
    DestinationStatus destination;
    destination.server = QStringLiteral("LABSQL02");
    destination.level = level;
    destination.setsBehind = 1;
    destination.minutesBehind = 15;
    status.destinations.append(destination);
    return status;
}

std::string str(const QString& text)
{
    return text.toStdString();
}

} // namespace

TEST(ShippingMonitorMessage, SaysNothingWhenTheLevelStaysTheSame)
{
    EXPECT_TRUE(levelChangeMessage(statusAt(StatusLevel::Ok), statusAt(StatusLevel::Ok)).isEmpty());
    const QString behind = QStringLiteral("LABSQL02 is 3 hours behind the source.");
    EXPECT_TRUE(levelChangeMessage(statusAt(StatusLevel::Critical, behind),
                                   statusAt(StatusLevel::Critical, behind))
                    .isEmpty());
}

TEST(ShippingMonitorMessage, InfoIsNoChangeFromOk)
{
    const QString note = QStringLiteral("LABSQL02 has no Restore To Mark history yet.");
    EXPECT_TRUE(
        levelChangeMessage(statusAt(StatusLevel::Ok), statusAt(StatusLevel::Info, note)).isEmpty());
    EXPECT_TRUE(
        levelChangeMessage(statusAt(StatusLevel::Info, note), statusAt(StatusLevel::Ok)).isEmpty());
}

TEST(ShippingMonitorMessage, NamesTheGroupTheNewLevelAndTheWorstFinding)
{
    const QString behind = QStringLiteral("LABSQL02 is 3 hours behind the source.");
    const ShippingStatus current = statusAt(StatusLevel::Critical, behind);
    const QString message = levelChangeMessage(statusAt(StatusLevel::Ok), current);
    EXPECT_EQ(message, QStringLiteral("Log shipping of LABSQL01/BizTalkMgmtDb is now CRITICAL: ") +
                           current.summary())
        << str(message);
    EXPECT_TRUE(message.contains(behind)) << str(message);
}

TEST(ShippingMonitorMessage, SaysTheLevelItWasWhenItOnlyImproves)
{
    const QString critical = QStringLiteral("LABSQL02 is 3 hours behind the source.");
    const QString warning = QStringLiteral("LABSQL02 is 50 minutes behind the source.");
    const QString message = levelChangeMessage(statusAt(StatusLevel::Critical, critical),
                                               statusAt(StatusLevel::Warning, warning));
    EXPECT_TRUE(message.startsWith(
        QStringLiteral("Log shipping of LABSQL01/BizTalkMgmtDb is now WARNING (was CRITICAL): ")))
        << str(message);
    EXPECT_TRUE(message.contains(warning)) << str(message);

    const QString worse = levelChangeMessage(statusAt(StatusLevel::Warning, warning),
                                             statusAt(StatusLevel::Critical, critical));
    EXPECT_TRUE(worse.startsWith(
        QStringLiteral("Log shipping of LABSQL01/BizTalkMgmtDb is now CRITICAL (was WARNING): ")))
        << str(worse);
}

TEST(ShippingMonitorMessage, RecoveryEndsWithWhatIsRightNow)
{
    const QString critical = QStringLiteral("LABSQL02 is 3 hours behind the source.");
    const ShippingStatus current = statusAt(StatusLevel::Ok);
    const QString message = levelChangeMessage(statusAt(StatusLevel::Critical, critical), current);
    EXPECT_EQ(
        message,
        QStringLiteral("Log shipping of LABSQL01/BizTalkMgmtDb has recovered (was CRITICAL): ") +
            current.summary())
        << str(message);
    EXPECT_FALSE(message.contains(critical));
    EXPECT_TRUE(message.contains(QStringLiteral("LABSQL02"))) << str(message);

    // A warning that ends in a note only is a recovery too.
    const QString fromWarning = levelChangeMessage(
        statusAt(StatusLevel::Warning, QStringLiteral("LABSQL02 is 50 minutes behind.")),
        statusAt(StatusLevel::Info, QStringLiteral("A note.")));
    EXPECT_TRUE(fromWarning.contains(QStringLiteral("has recovered (was WARNING)")))
        << str(fromWarning);
}

TEST(ShippingMonitorMessage, ALostGroupNameStillNamesTheGroup)
{
    ShippingStatus current = statusAt(StatusLevel::Critical, QStringLiteral("Source lost."));
    current.group.clear();
    const QString message = levelChangeMessage(statusAt(StatusLevel::Ok), current);
    EXPECT_TRUE(message.contains(Group)) << str(message);
}
