#include "FirstPaintProbe.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>
#include <QWidget>

#include <cstdio>

namespace bts {

FirstPaintProbe::FirstPaintProbe(QWidget* window, QElapsedTimer sinceStart)
    : QObject(window)
    , m_sinceStart(sinceStart)
{
    window->installEventFilter(this);
}

bool FirstPaintProbe::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::Paint && !m_painted) {
        m_painted = true;
        // Queued: the paint this event starts is finished (and flushed) before the figure is
        // taken.
        QTimer::singleShot(0, this, [this] {
            std::printf("first-paint-ms %lld\n", static_cast<long long>(m_sinceStart.elapsed()));
            std::fflush(stdout);
            QCoreApplication::exit(0);
        });
    }
    return QObject::eventFilter(watched, event);
}

} // namespace bts
