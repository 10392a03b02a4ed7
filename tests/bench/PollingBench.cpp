#include "Bench.h"

#include "../support/LabFleet.h"
#include "lab/Lab.h"
#include "polling/ServerPoller.h"

#include <QDir>
#include <QElapsedTimer>
#include <QSignalSpy>

#include <algorithm>

// Issue "Performance at scale": 50 simulated servers, each 200 ms away, polled by the overview's
// ServerPoller (its own pool, default 16 threads), against the same 50 probes one after another.
BTS_BENCH(ParallelPollingOfFiftyServers)
{
    constexpr int servers = 50;
    constexpr int latencyMs = 200;
    bts::bench::Figure f;
    f.name = QStringLiteral("Overview: poll 50 servers, 200 ms round trip each");
    f.unit = QStringLiteral("ms");
    f.maxValue = 1000;
    const auto fail = [&](const QString& why) {
        f.failure = why;
        context.report(f);
    };
    const QString root = QDir(context.workFolder()).filePath(QStringLiteral("polling-lab"));
    bts::Lab lab(root);
    if (!lab.ensureCreated().ok())
        return fail(QStringLiteral("the lab could not be created"));
    const QStringList fleet =
        bts::testing::createLabFleet(root, QStringLiteral("LABFLEET"), servers, latencyMs);
    if (fleet.size() != servers)
        return fail(QStringLiteral("the 50 lab servers could not be made"));
    auto connector = std::make_shared<bts::LabConnector>(root, true); // as the console connects
    QVector<bts::PollTarget> targets;
    for (const QString& server : fleet) {
        bts::PollTarget t;
        t.environmentId = QStringLiteral("bench");
        t.server = server;
        t.connector = connector;
        targets.append(t);
    }

    bts::ServerPoller poller;
    poller.setTargets(targets);
    int reachable = 0;
    QObject::connect(&poller, &bts::ServerPoller::targetPolled,
                     [&](int, const bts::PollResult& r) { reachable += r.reachable(); });
    QSignalSpy finished(&poller, &bts::ServerPoller::roundFinished);
    // The first round also opens each pool thread's connections; the best of the next 3 is kept,
    // as the overview polls again and again with the same threads.
    double parallel = 1e9;
    for (int round = 0; round < 4; ++round) {
        reachable = 0;
        finished.clear();
        poller.poll();
        if (!finished.wait(60000) || reachable != servers)
            return fail(
                QStringLiteral("round %1: %2 of 50 servers reachable").arg(round).arg(reachable));
        if (round > 0)
            parallel = std::min(parallel, finished.first().first().toDouble());
    }

    // The same probes, one after another, on this thread (connections opened first).
    for (const bts::PollTarget& t : std::as_const(targets))
        bts::ServerPoller::probe(t);
    QElapsedTimer sequential;
    sequential.start();
    for (const bts::PollTarget& t : std::as_const(targets))
        bts::ServerPoller::probe(t);

    f.value = parallel;
    f.baseline = double(sequential.elapsed());
    f.baselineName = QStringLiteral("the same 50 probes one after another (measured)");
    f.note = QStringLiteral("lab servers LABFLEET01-50 with LabLatency 200 ms; ServerPoller "
                            "with %1 threads, wall time of a round (best of 3 after a first "
                            "round that opens connections)")
                 .arg(poller.maxThreadCount());
    context.report(f);
}
