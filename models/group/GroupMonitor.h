#pragma once

#include "DatabaseStatus.h"
#include "GroupBackend.h"
#include "GroupSnapshot.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>

#include <memory>

namespace bts {

// Keeps a fresh snapshot of one group: reads it on a database thread, on demand and on a timer,
// and hands the result to the UI thread. At most one read runs at a time; a request made while
// one runs is served by one more read after it, and results of a replaced backend are dropped.
class GroupMonitor : public QObject {
    Q_OBJECT

public:
    explicit GroupMonitor(QObject* parent = nullptr);

    void setBackend(std::shared_ptr<const GroupBackend> backend);
    std::shared_ptr<const GroupBackend> backend() const { return m_backend; }
    void setThresholds(const Thresholds& thresholds) { m_thresholds = thresholds; }
    const Thresholds& thresholds() const { return m_thresholds; }

    void setAutoRefreshInterval(int milliseconds); // 0 = off
    int autoRefreshInterval() const;

    bool isBusy() const { return m_inFlight; }
    QDateTime lastRefresh() const { return m_lastRefresh; }
    const GroupSnapshot& snapshot() const { return m_snapshot; }
    const GroupVerdicts& verdicts() const { return m_verdicts; }

public slots:
    void refresh();

signals:
    void busyChanged(bool busy);
    void snapshotReady(const bts::GroupSnapshot& snapshot, const bts::GroupVerdicts& verdicts);
    void refreshFailed(const bts::DbError& error);

private:
    void start();
    void finish(quint64 generation, const Result<GroupSnapshot>& result);

    std::shared_ptr<const GroupBackend> m_backend;
    Thresholds m_thresholds;
    QTimer m_timer;
    bool m_inFlight = false;
    bool m_pending = false;
    quint64 m_generation = 0;
    QDateTime m_lastRefresh;
    GroupSnapshot m_snapshot;
    GroupVerdicts m_verdicts;
};

} // namespace bts

Q_DECLARE_METATYPE(bts::GroupSnapshot)
Q_DECLARE_METATYPE(bts::GroupVerdicts)
Q_DECLARE_METATYPE(bts::DbError)
