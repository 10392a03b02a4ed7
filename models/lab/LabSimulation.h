#pragma once

#include "core/DbError.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>

#include <memory>

namespace bts {

class Lab;

// Runs the lab's clock fast, so that an operator sees backup sets arrive: every tick moves the
// simulated time forward (on a database thread) and says so. Ticks never pile up.
class LabSimulation : public QObject {
    Q_OBJECT

public:
    explicit LabSimulation(std::shared_ptr<Lab> lab, QObject* parent = nullptr);

    // Simulated seconds per real second; 60 = a 15-minute job interval every 15 seconds.
    void setSpeed(int simulatedSecondsPerSecond) { m_speed = simulatedSecondsPerSecond; }
    int speed() const { return m_speed; }
    void start(int tickMilliseconds = 1000);
    void stop();
    bool isRunning() const { return m_timer.isActive(); }

signals:
    void advanced(const QDateTime& simulatedUtc);
    void failed(const bts::DbError& error);

private:
    void tick();

    std::shared_ptr<Lab> m_lab;
    QTimer m_timer;
    int m_speed = 60;
    bool m_busy = false;
};

} // namespace bts
