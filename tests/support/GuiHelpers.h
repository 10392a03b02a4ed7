#pragma once

#include "group/GroupMonitor.h"

#include <QAbstractItemModel>
#include <QSignalSpy>
#include <QTest>

// Waits for a refresh that starts after this call, not one already running.
inline bool refreshAndWait(bts::GroupMonitor& monitor)
{
    if (!QTest::qWaitFor([&] { return !monitor.isBusy(); }, 20000))
        return false;
    QSignalSpy ready(&monitor, &bts::GroupMonitor::snapshotReady);
    monitor.refresh();
    return ready.wait(20000);
}

// The text of `column` in the first row whose `keyColumn` reads `key`; empty when none does.
inline QString cellOf(const QAbstractItemModel& model, int keyColumn, const QString& key,
                      int column)
{
    for (int r = 0; r < model.rowCount(); ++r) {
        if (model.index(r, keyColumn).data().toString() == key)
            return model.index(r, column).data().toString();
    }
    return QString();
}
