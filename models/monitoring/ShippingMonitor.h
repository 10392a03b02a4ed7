#pragma once

#include "ShippingStatus.h"
#include "group/GroupBackend.h"

#include <QObject>
#include <QTimer>

#include <memory>
#include <optional>

namespace bts {

// Keeps a fresh log shipping status of one group, like GroupMonitor does for the snapshot: reads
// the facts on a database thread, on demand and on a timer, evaluates them, and hands the status
// to the UI thread. At most one read runs at a time; results of a replaced backend are dropped.
class ShippingMonitor : public QObject {
    Q_OBJECT

public:
    explicit ShippingMonitor(QObject* parent = nullptr);

    void setBackend(std::shared_ptr<const GroupBackend> backend);
    std::shared_ptr<const GroupBackend> backend() const { return m_backend; }
    void setThresholds(const Thresholds& thresholds);
    const Thresholds& thresholds() const { return m_thresholds; }

    void setAutoRefreshInterval(int milliseconds); // 0 = off
    int autoRefreshInterval() const;
    bool isBusy() const { return m_inFlight; }
    bool hasStatus() const { return m_hasStatus; }
    const ShippingStatus& status() const { return m_status; }
    // What the status was evaluated from (the jobs of both sides, for a page); empty until the
    // first status of the current backend.
    const ShippingFacts& facts() const { return m_facts; }

public slots:
    void refresh();

signals:
    void busyChanged(bool busy);
    void statusReady(const bts::ShippingStatus& status);
    // The group's level got worse or recovered since its previous status (not on the first; kept
    // across setBackend for the same group, never compared with another group's).
    void levelChanged(bts::StatusLevel previous, bts::StatusLevel current, const QString& message);
    void refreshFailed(const bts::DbError& error);

private:
    void start();
    void finish(quint64 generation, const Result<ShippingFacts>& facts);

    std::shared_ptr<const GroupBackend> m_backend;
    Thresholds m_thresholds;
    QTimer m_timer;
    bool m_inFlight = false;
    bool m_pending = false;
    quint64 m_generation = 0;
    bool m_hasStatus = false;
    ShippingStatus m_status;
    ShippingFacts m_facts;
    // The last status evaluated, kept across setBackend: when the same group comes back (the lab
    // rebuilt for a scenario) a change of level is still worth saying.
    std::optional<ShippingStatus> m_previous;
};

// What a notification says when the level changes between two statuses: "Log shipping of
// LABSQL01/BizTalkMgmtDb is now CRITICAL: ..." or "... has recovered (was CRITICAL): ...". Empty
// when the level is the same; Info counts as OK (a note is nothing to be woken for).
QString levelChangeMessage(const ShippingStatus& previous, const ShippingStatus& current);

} // namespace bts

Q_DECLARE_METATYPE(bts::ShippingStatus)
