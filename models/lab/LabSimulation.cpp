#include "LabSimulation.h"

#include "Lab.h"
#include "core/DatabasePool.h"

namespace bts {

LabSimulation::LabSimulation(std::shared_ptr<Lab> lab, QObject* parent)
    : QObject(parent)
    , m_lab(std::move(lab))
{
    connect(&m_timer, &QTimer::timeout, this, &LabSimulation::tick);
}

void LabSimulation::start(int tickMilliseconds)
{
    m_timer.start(tickMilliseconds);
}

void LabSimulation::stop()
{
    m_timer.stop();
}

void LabSimulation::tick()
{
    if (m_busy)
        return;
    m_busy = true;
    const qint64 seconds = qint64(m_speed) * m_timer.interval() / 1000;
    std::shared_ptr<Lab> lab = m_lab;
    runAsync(
        this,
        [lab, seconds]() -> Result<QDateTime> {
            if (Status s = lab->advance(seconds); !s)
                return s.error();
            return lab->utcNow();
        },
        [this](const Result<QDateTime>& now) {
            m_busy = false;
            if (now)
                emit advanced(now.value());
            else
                emit failed(now.error());
        });
}

} // namespace bts
