#include "ShippingMonitor.h"

#include "ShippingReader.h"
#include "core/DatabasePool.h"
#include "group/GroupMonitor.h" // Q_DECLARE_METATYPE(bts::DbError)

#include <QCoreApplication>

#include <utility>

#include <spdlog/spdlog.h>

namespace bts {
namespace {

// Info findings (a note, nothing to do) never make a notification: for an operator the group is
// as fine as when it was OK.
bool needsAttention(StatusLevel level)
{
    return level == StatusLevel::Warning || level == StatusLevel::Critical;
}

StatusLevel notifiedLevel(StatusLevel level)
{
    return needsAttention(level) ? level : StatusLevel::Ok;
}

// The file's messages, under one context for lupdate and the translator alike.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(bts::ShippingMonitor)
};

} // namespace

ShippingMonitor::ShippingMonitor(QObject* parent)
    : QObject(parent)
{
    qRegisterMetaType<ShippingStatus>();
    qRegisterMetaType<DbError>();
    qRegisterMetaType<StatusLevel>("bts::StatusLevel");
    connect(&m_timer, &QTimer::timeout, this, &ShippingMonitor::refresh);
}

void ShippingMonitor::setBackend(std::shared_ptr<const GroupBackend> backend)
{
    m_backend = std::move(backend);
    ++m_generation; // a read of the previous backend still running is dropped when it ends
    m_pending = false;
    if (m_inFlight) {
        m_inFlight = false;
        emit busyChanged(false);
    }
    // The status belonged to the previous backend; m_previous still remembers it.
    m_hasStatus = false;
    m_status = ShippingStatus();
    m_facts = ShippingFacts();
}

void ShippingMonitor::setThresholds(const Thresholds& thresholds)
{
    m_thresholds = thresholds;
}

void ShippingMonitor::setAutoRefreshInterval(int milliseconds)
{
    if (milliseconds <= 0) {
        m_timer.stop();
        return;
    }
    m_timer.start(milliseconds);
}

int ShippingMonitor::autoRefreshInterval() const
{
    return m_timer.isActive() ? m_timer.interval() : 0;
}

void ShippingMonitor::refresh()
{
    if (!m_backend)
        return;
    if (m_inFlight) {
        m_pending = true;
        return;
    }
    start();
}

void ShippingMonitor::start()
{
    m_inFlight = true;
    emit busyChanged(true);
    const quint64 generation = m_generation;
    std::shared_ptr<const GroupBackend> backend = m_backend;
    runAsync(
        this, [backend] { return readShippingFacts(*backend); },
        [this, generation](const Result<ShippingFacts>& facts) { finish(generation, facts); });
}

void ShippingMonitor::finish(quint64 generation, const Result<ShippingFacts>& facts)
{
    if (generation != m_generation)
        return;
    m_inFlight = false;
    if (facts) {
        m_facts = facts.value();
        m_status = evaluateShipping(m_facts, m_thresholds);
        m_hasStatus = true;
        // Another group's level is never compared: opening it is no change of this one.
        const std::optional<ShippingStatus> previous = std::exchange(m_previous, m_status);
        emit statusReady(m_status);
        if (previous && previous->group == m_status.group) {
            const QString message = levelChangeMessage(*previous, m_status);
            if (!message.isEmpty())
                emit levelChanged(previous->level, m_status.level, message);
        }
    } else {
        // DbError text never holds a connection string or a password.
        spdlog::warn("Reading the log shipping status of {} failed: {} {}",
                     m_backend->displayName().toStdString(), facts.error().sentence().toStdString(),
                     facts.error().driverText.toStdString());
        emit refreshFailed(facts.error());
    }
    if (m_pending) {
        m_pending = false;
        start();
        return;
    }
    emit busyChanged(false);
}

QString levelChangeMessage(const ShippingStatus& previous, const ShippingStatus& current)
{
    const StatusLevel before = notifiedLevel(previous.level);
    const StatusLevel now = notifiedLevel(current.level);
    if (before == now)
        return QString();
    const QString group = current.group.isEmpty() ? previous.group : current.group;
    const QString summary = current.summary();
    if (!needsAttention(now)) {
        return Text::tr("Log shipping of %1 has recovered (was %2): %3")
            .arg(group, statusLevelName(before).toUpper(), summary);
    }
    if (!needsAttention(before))
        return Text::tr("Log shipping of %1 is now %2: %3")
            .arg(group, statusLevelName(now).toUpper(), summary);
    return Text::tr("Log shipping of %1 is now %2 (was %3): %4")
        .arg(group, statusLevelName(now).toUpper(), statusLevelName(before).toUpper(), summary);
}

} // namespace bts
