#pragma once

#include <QElapsedTimer>
#include <QObject>

namespace bts {

// Watches a window for its first paint, then prints how long the console took to get there and
// ends the run: the cold-start figure of the benchmark (--exit-after-first-paint).
class FirstPaintProbe : public QObject {
    Q_OBJECT

public:
    // `sinceStart` was started when the process entered main().
    FirstPaintProbe(QWidget* window, QElapsedTimer sinceStart);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QElapsedTimer m_sinceStart;
    bool m_painted = false;
};

} // namespace bts
