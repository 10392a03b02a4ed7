// Text from outside (a server name typed by the operator, a procedure name read from a job
// step, a name in a file) may hold "%1" or "%2". A chained QString::arg would fill those in
// with the next argument, so the message would show a name nobody typed.

#include "destination/DestinationState.h"
#include "group/BackupJobSettings.h"
#include "group/GroupSnapshot.h"
#include "mssql/ConnectionDiagnosis.h"
#include "restore/RestorePreflight.h"
#include "tsql/ExecCall.h"

#include <gtest/gtest.h>

#include <algorithm>

using namespace bts;

namespace {

const QString PercentHost = QStringLiteral("srv%1%2");
const QString PercentServer = QStringLiteral("SRV%1");

ConnectionSettings settingsFor(const QString& server)
{
    ConnectionSettings s;
    s.odbcDriver = QStringLiteral("FreeTDS");
    s.server = server;
    s.port = 1433;
    s.loginTimeoutSeconds = 7;
    return s;
}

DbError connectFailed()
{
    DbError e;
    e.kind = DbError::Kind::ConnectionFailed;
    e.summary = QStringLiteral("Cannot connect");
    return e;
}

DestinationState destination(const QString& server, qint64 restored, qint64 imported)
{
    DestinationState d;
    d.server = server;
    d.reachable = true;
    d.tables = {QStringLiteral("bts_LogShippingDatabases")};
    d.restoredByDatabase.insert(QStringLiteral("bizTalkmsgboxdb"), RestoredSet{restored, {}});
    d.newestImportedSetId = imported;
    return d;
}

QString findingsText(const RestorePreflight& p)
{
    QStringList lines;
    for (const PreflightFinding& f : p.findings)
        lines.append(f.message);
    return lines.join(QLatin1Char('\n'));
}

} // namespace

TEST(PercentInText, RefusedConnectionNamesTheHostAsTyped)
{
    NetworkProbe probe;
    probe.outcome = NetworkProbe::Outcome::Refused;
    const ConnectionDiagnosis d =
        diagnoseConnectError(connectFailed(), settingsFor(PercentHost), probe);
    EXPECT_EQ(d.cause, ConnectionDiagnosis::Cause::ConnectionRefused);
    EXPECT_EQ(d.summary, QStringLiteral("srv%1%2 refused the connection: nothing accepts "
                                        "connections on port 1433"));
}

TEST(PercentInText, TimedOutConnectionNamesTheHostAsTyped)
{
    NetworkProbe probe;
    probe.outcome = NetworkProbe::Outcome::NoAnswer;
    const ConnectionDiagnosis d =
        diagnoseConnectError(connectFailed(), settingsFor(PercentHost), probe);
    EXPECT_EQ(d.cause, ConnectionDiagnosis::Cause::Timeout);
    EXPECT_EQ(d.summary, QStringLiteral("srv%1%2,1433 did not answer within the login timeout "
                                        "of 7 seconds"));
}

TEST(PercentInText, PreflightNamesADestinationAsItIsCalled)
{
    GroupSnapshot snapshot;
    snapshot.managementServer = QStringLiteral("SOURCE");
    snapshot.destinations = {destination(PercentServer, 3, 6),
                             destination(QStringLiteral("B%2"), 5, 6)};
    const RestorePreflight p = evaluatePreflight(snapshot, /*sourceReachable=*/false, {});
    const QString text = findingsText(p);
    // checkAlignment: the lagging destination, the sets and the one ahead.
    EXPECT_TRUE(text.contains(
        QStringLiteral("SRV%1 is at backup set 3, 2 backup sets behind B%2 at set 5: the "
                       "destinations must be at the same set. Running Restore Databases once "
                       "more on SRV%1 may align them.")))
        << text.toStdString();
    // checkProgress: more than one set behind what it imported.
    EXPECT_TRUE(text.contains(QStringLiteral("SRV%1 restored up to set 3, 3 backup sets behind the "
                                             "newest set it imported, 6 (one is normal). While "
                                             "Restore Databases is idle, run it once more on "
                                             "SRV%1.")))
        << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("SRV3"))) << text.toStdString();
}

TEST(PercentInText, TooManyArgumentsNamesTheProcedureAsWritten)
{
    const auto r = parseExecCall(QStringLiteral("exec dbo.[sp_Mark%1All] 'a', 'b', 'c', 'd'"));
    ASSERT_TRUE(r.call.has_value());
    const BoundArguments b = bindArguments(*r.call, ProcedureSignatures::MarkAll);
    ASSERT_FALSE(b.ok());
    EXPECT_EQ(b.error, QStringLiteral("sp_Mark%1All takes at most ") +
                           QString::number(ProcedureSignatures::MarkAll.size()) +
                           QStringLiteral(" arguments"));
}
