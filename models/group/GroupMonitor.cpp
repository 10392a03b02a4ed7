#include "GroupMonitor.h"

#include "core/DatabasePool.h"

#include <spdlog/spdlog.h>

namespace bts {

GroupMonitor::GroupMonitor(QObject* parent)
    : QObject(parent)
{
    qRegisterMetaType<GroupSnapshot>();
    qRegisterMetaType<GroupVerdicts>();
    qRegisterMetaType<DbError>();
    connect(&m_timer, &QTimer::timeout, this, &GroupMonitor::refresh);
}

void GroupMonitor::setBackend(std::shared_ptr<const GroupBackend> backend)
{
    m_backend = std::move(backend);
    ++m_generation; // a read of the previous backend still running is dropped when it ends
    m_pending = false;
    if (m_inFlight) {
        m_inFlight = false;
        emit busyChanged(false);
    }
    m_snapshot = GroupSnapshot();
    m_verdicts = GroupVerdicts();
}

void GroupMonitor::setAutoRefreshInterval(int milliseconds)
{
    if (milliseconds <= 0) {
        m_timer.stop();
        return;
    }
    m_timer.start(milliseconds);
}

int GroupMonitor::autoRefreshInterval() const
{
    return m_timer.isActive() ? m_timer.interval() : 0;
}

void GroupMonitor::refresh()
{
    if (!m_backend)
        return;
    if (m_inFlight) {
        m_pending = true;
        return;
    }
    start();
}

void GroupMonitor::start()
{
    m_inFlight = true;
    emit busyChanged(true);
    const quint64 generation = m_generation;
    std::shared_ptr<const GroupBackend> backend = m_backend;
    runAsync(
        this, [backend] { return backend->readSnapshot(); },
        [this, generation](const Result<GroupSnapshot>& result) { finish(generation, result); });
}

void GroupMonitor::finish(quint64 generation, const Result<GroupSnapshot>& result)
{
    if (generation != m_generation)
        return;
    m_inFlight = false;
    if (result) {
        m_snapshot = result.value();
        m_verdicts = evaluateGroup(m_snapshot, m_thresholds);
        m_lastRefresh = QDateTime::currentDateTime();
        emit snapshotReady(m_snapshot, m_verdicts);
    } else {
        // DbError text never holds a connection string or a password.
        spdlog::warn("Reading {} failed: {} {}", m_backend->displayName().toStdString(),
                     result.error().sentence().toStdString(),
                     result.error().driverText.toStdString());
        emit refreshFailed(result.error());
    }
    if (m_pending) {
        m_pending = false;
        start();
        return;
    }
    emit busyChanged(false);
}

} // namespace bts
