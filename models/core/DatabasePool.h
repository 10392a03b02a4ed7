#pragma once

#include <QFuture>
#include <QFutureWatcher>
#include <QObject>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <type_traits>
#include <utility>

namespace bts {

// The threads that talk to databases. Kept apart from the global pool so that a slow server
// never starves Qt's own work, and never expiring so that each thread keeps its connections.
QThreadPool& databasePool();

// Waits (at most `milliseconds`) for the database work still running. Call before leaving
// main(): a read in flight when the window closes would otherwise run on while the program's
// statics, Qt SQL's among them, are destroyed. Returns false when work was still running.
bool waitForDatabaseWork(int milliseconds = 15000);

// Runs `work` on a database thread and hands its result to `deliver` on `context`'s thread.
// If `context` is destroyed first, the result is dropped: no callback into a dead widget.
// (A watcher owned by the context, rather than QFuture::then(context), which asserts in Qt 6.4
// when the context is gone.) Call from the context's thread.
template <typename Work, typename Deliver>
QFuture<std::invoke_result_t<Work>> runAsync(QObject* context, Work&& work, Deliver&& deliver)
{
    using R = std::invoke_result_t<Work>;
    auto* watcher = new QFutureWatcher<R>(context);
    QObject::connect(watcher, &QFutureWatcher<R>::finished, context,
                     [watcher, deliver = std::forward<Deliver>(deliver)]() mutable {
                         if constexpr (std::is_void_v<R>)
                             deliver();
                         else
                             deliver(watcher->result());
                         watcher->deleteLater();
                     });
    QFuture<R> future = QtConcurrent::run(&databasePool(), std::forward<Work>(work));
    watcher->setFuture(future);
    return future;
}

} // namespace bts
