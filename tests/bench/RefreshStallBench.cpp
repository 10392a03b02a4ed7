#include "Bench.h"
#include "ScaleLab.h"

#include "MainWindow.h"
#include "group/GroupMonitor.h"
#include "lab/Lab.h"
#include "monitoring/ShippingMonitor.h"

#include <QElapsedTimer>
#include <QTimer>

#include <algorithm>

// The longest the console's event loop goes without turning while the group, with 1,000,000
// history rows on each side, is read again: everything that blocks the UI thread (models reset,
// verdicts, painting) shows up as a late tick of a 1 ms timer.
BTS_BENCH(EventLoopStallDuringRefresh)
{
    const QString root = bts::bench::scaleLab(context, 1000000);
    if (root.isEmpty())
        return;
    bts::MainWindow window;
    window.resize(1280, 800);
    window.show();
    window.openLab(std::make_shared<bts::Lab>(root), false);
    const auto idle = [&] {
        return !window.monitor()->isBusy() && !window.shippingMonitor()->isBusy() &&
               window.shippingMonitor()->hasStatus() && !window.monitor()->lastRefresh().isNull();
    };
    bts::bench::waitFor(context, idle); // the first read opens the connections
    bts::bench::pause(500);             // and the window paints what it read

    double longest = 0;
    QElapsedTimer sinceTick;
    QTimer ticker;
    ticker.setInterval(1);
    ticker.setTimerType(Qt::PreciseTimer);
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        longest = std::max(longest, double(sinceTick.nsecsElapsed()) / 1e6);
        sinceTick.restart();
    });
    QElapsedTimer total;
    total.start();
    for (int i = 0; i < 5; ++i) {
        sinceTick.start();
        ticker.start();
        window.monitor()->refresh();
        window.shippingMonitor()->refresh();
        bts::bench::pause(5); // both reads under way
        bts::bench::waitFor(context, idle);
        bts::bench::pause(50); // and the repaint they cause
        ticker.stop();
    }
    bts::bench::Figure f;
    f.name = QStringLiteral("Longest event-loop stall while the group refreshes");
    f.value = longest;
    f.unit = QStringLiteral("ms");
    f.maxValue = 16;
    f.note = QStringLiteral("5 refreshes of both monitors, main window shown (offscreen), 1 ms "
                            "timer; %1 ms in all")
                 .arg(total.elapsed());
    context.report(f);
}
