#include "LabDestinationFixture.h"

#include "actions/CallSequence.h"
#include "destination/DestinationPlanner.h"
#include "destination/DestinationReader.h"
#include "lab/LabBackend.h"

#include <QFile>
#include <QFileInfo>

using namespace bts;

// The destination wizard's second phase (path redirection and enabling the jobs) applied over a
// connection that drops at each statement in turn: the operator is told exactly what ran, and
// reading the destination again and applying what is left converges.
TEST_F(LabDestinationTest, PathsAndJobsSurviveAConnectionLostAtEachStatement)
{
    makeCustomDatabaseFull();
    startBackups();
    runScripts();
    enableAdHocQueries();
    ASSERT_TRUE(configureLogShipping().ok());
    const QVector<PathRedirect> redirects = {
        {QStringLiteral("BizTalkMsgBoxDb"), lab->backupFolder(), lab->backupFolder()},
        {QStringLiteral("BizTalkDTADb"), lab->backupFolder(), QString()}};
    LabConnector c(lab->root());
    const QString master = c.databaseFile(Destination, QStringLiteral("master"));
    const QString msdb = c.databaseFile(Destination, QStringLiteral("msdb"));
    // Every attempt starts from the destination as configured.
    c.discardConnection(Destination, QStringLiteral("master"));
    c.discardConnection(Destination, QStringLiteral("msdb"));
    ASSERT_TRUE(QFile::copy(master, master + QStringLiteral(".configured")));
    ASSERT_TRUE(QFile::copy(msdb, msdb + QStringLiteral(".configured")));

    LabBackend probe(lab->root());
    const auto first =
        planPathsAndJobs(readDestination(probe.connector(), Destination), redirects, true);
    ASSERT_TRUE(first.ok()) << first.error().sentence().toStdString();
    const int total = int(first.value().size());
    ASSERT_GE(total, 4); // two redirections, two jobs enabled

    for (int drop = 0; drop < total; ++drop) {
        SCOPED_TRACE(drop);
        for (const QString& file : {master, msdb}) {
            c.discardConnection(Destination, QFileInfo(file).completeBaseName());
            ASSERT_TRUE(QFile::remove(file));
            ASSERT_TRUE(QFile::copy(file + QStringLiteral(".configured"), file));
        }
        LabBackend backend(lab->root());
        backend.dropConnectionAfter(drop);
        const auto plan =
            planPathsAndJobs(readDestination(backend.connector(), Destination), redirects, true);
        ASSERT_TRUE(plan.ok());
        const QVector<CallOutcome> outcomes = runCallSequence(backend, plan.value());
        for (int i = 0; i < outcomes.size(); ++i) {
            EXPECT_EQ(outcomes[i].ran, i <= drop);
            EXPECT_EQ(outcomes[i].status.ok(), i < drop);
        }
        EXPECT_EQ(outcomes[drop].status.error().kind, DbError::Kind::ConnectionFailed);
        // Read again and plan again: only what did not run is left.
        const auto second =
            planPathsAndJobs(readDestination(backend.connector(), Destination), redirects, true);
        ASSERT_TRUE(second.ok());
        EXPECT_EQ(second.value().size(), total - drop);
        for (const CallOutcome& o : runCallSequence(backend, second.value()))
            EXPECT_TRUE(o.status.ok()) << o.status.error().sentence().toStdString();
        const auto third =
            planPathsAndJobs(readDestination(backend.connector(), Destination), redirects, true);
        ASSERT_TRUE(third.ok());
        EXPECT_TRUE(third.value().isEmpty());
    }
}
