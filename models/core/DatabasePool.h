#pragma once

#include <QFuture>
#include <QObject>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <utility>

namespace bts {

// The threads that talk to databases. Kept apart from the global pool so that a slow server
// never starves Qt's own work, and never expiring so that each thread keeps its connections.
QThreadPool& databasePool();

// Runs `work` on a database thread and hands its result to `deliver` on `context`'s thread.
// If `context` is destroyed first, the result is dropped: no callback into a dead widget.
template <typename Work, typename Deliver>
auto runAsync(QObject* context, Work&& work, Deliver&& deliver)
{
    return QtConcurrent::run(&databasePool(), std::forward<Work>(work))
        .then(context, std::forward<Deliver>(deliver));
}

} // namespace bts
