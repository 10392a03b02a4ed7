#pragma once

#include "PollTarget.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QVector>

#include <memory>

class QThreadPool;

namespace bts {

// Probes many SQL Servers at once: one small read per target (the name the server gives
// itself, from master), each on a thread of the poller's own bounded pool, each with its own
// timeout. Results reach the caller's thread one by one as they come in, so a slow or dead
// server delays nobody else. Runs nothing on the caller's thread but bookkeeping.
//
// The pool is not databasePool(): servers that hang must not starve the group monitors. Its
// threads never expire, so each keeps its connections open from one round to the next.
class ServerPoller : public QObject {
    Q_OBJECT

public:
    static constexpr int DefaultTimeoutMs = 5000;
    static constexpr int DefaultMaxThreads = 16;

    explicit ServerPoller(QObject* parent = nullptr);
    // Never waits for a probe still running: the pool is deleted once its probes return.
    ~ServerPoller() override;

    // Replaces the targets; a round under way is abandoned and its late replies dropped.
    void setTargets(QVector<PollTarget> targets);
    const QVector<PollTarget>& targets() const { return m_targets; }

    // How long one probe may take, from the moment it gets a thread, before it is reported
    // TimedOut. Applies from the next round.
    void setTimeoutMs(int milliseconds);
    int timeoutMs() const { return m_timeoutMs; }
    void setMaxThreadCount(int threads);
    int maxThreadCount() const;

    bool isPolling() const { return m_running; }
    // Replies that came after their target was reported (timed out) or its round abandoned.
    int droppedReplies() const { return m_dropped; }

    // One probe, on the calling thread (a database thread: it blocks for the round trip).
    static PollResult probe(const PollTarget& target);

public slots:
    // Starts a round over every target. A request while a round runs is coalesced: one more
    // round starts when this one ends, however many requests came in the meantime.
    void poll();

signals:
    void roundStarted();
    // `index` into targets(); at most once per target per round.
    void targetPolled(int index, const bts::PollResult& result);
    // Every target of the round reported (answer, error or timeout); wall-clock time of it.
    void roundFinished(qint64 wallMs);

private:
    struct Relay;

    void startRound();
    void probeStarted(int generation, int index);
    void probeFinished(int generation, int index, const QString& key, const PollResult& result);
    void report(int index, const PollResult& result);
    void finishIfDone();

    std::shared_ptr<Relay> m_relay;
    QThreadPool* m_pool = nullptr; // owned; see the destructor
    QVector<PollTarget> m_targets;
    QVector<bool> m_reported;
    QHash<QString, qint64> m_inFlight; // target key -> when its probe was sent (m_clock ms)
    QElapsedTimer m_clock;
    QElapsedTimer m_wall;
    int m_timeoutMs = DefaultTimeoutMs;
    int m_generation = 0;
    int m_outstanding = 0;
    int m_dropped = 0;
    bool m_running = false;
    bool m_launching = false;
    bool m_again = false;
};

} // namespace bts
