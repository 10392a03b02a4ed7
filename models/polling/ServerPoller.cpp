#include "ServerPoller.h"

#include "sql/SqlRunner.h"

#include <QMutex>
#include <QThreadPool>
#include <QTimer>

namespace bts {

// What the probes hold to reach the poller: cleared, under the mutex, when the poller goes, so
// that a probe finishing later posts nothing. (A posted call to a deleted object is discarded
// by Qt, so posting while the poller is alive is enough.)
struct ServerPoller::Relay {
    QMutex mutex;
    ServerPoller* poller = nullptr;

    // Runs `call(poller)` on the poller's thread, if the poller is still there.
    template <typename F>
    void post(F call)
    {
        const QMutexLocker lock(&mutex);
        if (poller)
            QMetaObject::invokeMethod(
                poller, [p = poller, call = std::move(call)] { call(p); }, Qt::QueuedConnection);
    }
};

ServerPoller::ServerPoller(QObject* parent)
    : QObject(parent)
    , m_relay(std::make_shared<Relay>())
    , m_pool(new QThreadPool)
{
    qRegisterMetaType<bts::PollResult>();
    m_relay->poller = this;
    m_pool->setObjectName(QStringLiteral("polling"));
    m_pool->setMaxThreadCount(DefaultMaxThreads);
    m_pool->setExpiryTimeout(-1);
    m_clock.start();
}

ServerPoller::~ServerPoller()
{
    {
        const QMutexLocker lock(&m_relay->mutex);
        m_relay->poller = nullptr;
    }
    m_pool->clear(); // probes not started yet never will
    if (m_pool->activeThreadCount() == 0) {
        delete m_pool;
        return;
    }
    // A probe may hang until the driver's own timeout: wait for it off this thread. The global
    // pool is waited for when the application ends, so no probe outlives Qt SQL's statics.
    QThreadPool* pool = m_pool;
    QThreadPool::globalInstance()->start([pool] {
        pool->waitForDone();
        delete pool;
    });
}

void ServerPoller::setTargets(QVector<PollTarget> targets)
{
    m_targets = std::move(targets);
    if (m_running) {
        ++m_generation; // the abandoned round's replies no longer match
        m_running = false;
        m_again = false;
    }
}

void ServerPoller::setTimeoutMs(int milliseconds)
{
    m_timeoutMs = std::max(1, milliseconds);
}

void ServerPoller::setMaxThreadCount(int threads)
{
    m_pool->setMaxThreadCount(std::max(1, threads));
}

int ServerPoller::maxThreadCount() const
{
    return m_pool->maxThreadCount();
}

void ServerPoller::poll()
{
    if (m_running) {
        m_again = true;
        return;
    }
    startRound();
}

void ServerPoller::startRound()
{
    ++m_generation;
    m_running = true;
    m_again = false;
    m_launching = true;
    m_outstanding = int(m_targets.size());
    m_reported.fill(false, m_targets.size());
    m_wall.start();
    emit roundStarted();
    const int generation = m_generation;
    for (int i = 0; i < m_targets.size(); ++i) {
        const PollTarget& target = m_targets.at(i);
        if (!target.connector) {
            PollResult r;
            r.state = PollResult::State::NotPolled;
            r.message = target.unavailableReason;
            r.level = StatusLevel::Info;
            report(i, r);
            continue;
        }
        // One probe per server at a time: a server that hangs holds one thread, not one more
        // every round, so that it cannot take the whole pool.
        if (const auto sent = m_inFlight.constFind(target.key()); sent != m_inFlight.cend()) {
            PollResult r;
            r.state = PollResult::State::TimedOut;
            r.level = StatusLevel::Critical;
            r.message =
                tr("%1 has still not answered the probe sent %2 s ago; not probed again "
                   "until it does. Check that the server is running and reachable.")
                    .arg(target.server, QString::number((m_clock.elapsed() - sent.value()) / 1000));
            report(i, r);
            continue;
        }
        m_inFlight.insert(target.key(), m_clock.elapsed());
        m_pool->start([relay = m_relay, generation, i, target] {
            relay->post([generation, i](ServerPoller* p) { p->probeStarted(generation, i); });
            const PollResult result = probe(target);
            relay->post([generation, i, key = target.key(), result](ServerPoller* p) {
                p->probeFinished(generation, i, key, result);
            });
        });
    }
    m_launching = false;
    finishIfDone();
}

void ServerPoller::probeStarted(int generation, int index)
{
    if (generation != m_generation || !m_running)
        return;
    // The clock starts when the probe has a thread: time queued is not the server's fault.
    QTimer::singleShot(m_timeoutMs, this, [this, generation, index] {
        if (generation != m_generation || !m_running || m_reported.value(index, true))
            return;
        PollResult r;
        r.state = PollResult::State::TimedOut;
        r.level = StatusLevel::Critical;
        r.message = tr("No answer from %1 within %2 ms; the console stopped waiting. Check that "
                       "the server is running and reachable from this machine.")
                        .arg(m_targets.at(index).server, QString::number(m_timeoutMs));
        report(index, r);
    });
}

void ServerPoller::probeFinished(int generation, int index, const QString& key,
                                 const PollResult& result)
{
    m_inFlight.remove(key);
    if (generation != m_generation || !m_running || m_reported.value(index, true)) {
        ++m_dropped; // late: the target was reported timed out, or the round abandoned
        return;
    }
    report(index, result);
}

void ServerPoller::report(int index, const PollResult& result)
{
    m_reported[index] = true;
    --m_outstanding;
    emit targetPolled(index, result);
    finishIfDone();
}

void ServerPoller::finishIfDone()
{
    if (m_launching || !m_running || m_outstanding > 0)
        return;
    m_running = false;
    emit roundFinished(m_wall.elapsed());
    if (m_again)
        QTimer::singleShot(0, this, &ServerPoller::poll);
}

PollResult ServerPoller::probe(const PollTarget& target)
{
    QElapsedTimer timer;
    timer.start();
    PollResult r;
    {
        // The facts' own way to name a server (sp_GetServerName): SERVERPROPERTY('servername').
        Result<QSqlQuery> query =
            SqlRunner(*target.connector)
                .query(target.server, target.database, QStringLiteral("server_property"),
                       {QStringLiteral("ServerName")});
        if (query && query.value().next())
            r.reportedName = query.value().value(0).toString();
        r.roundTripMs = int(timer.elapsed());
        if (!query) {
            r.state = PollResult::State::Unreachable;
            r.level = StatusLevel::Critical;
            r.message = query.error().sentence();
            r.driverText = query.error().driverText;
            return r;
        }
    }
    r.state = PollResult::State::Reachable;
    r.level = StatusLevel::Ok;
    r.message = r.reportedName.isEmpty() ? tr("Answered in %1 ms.").arg(r.roundTripMs)
                                         : tr("Answered in %1 ms; the server calls itself %2.")
                                               .arg(r.roundTripMs)
                                               .arg(r.reportedName);
    return r;
}

} // namespace bts
