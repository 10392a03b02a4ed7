#pragma once

#include "Result.h"

#include <QSqlDatabase>
#include <QString>

#include <functional>

namespace bts {

// One named QSqlDatabase per logical database per thread. A QSqlDatabase belongs to the thread
// that opened it, so every thread gets its own, named "<key>@<thread>", and the calling thread's
// connections are removed when that thread ends.
class ThreadConnections {
public:
    using Opener = std::function<Status(QSqlDatabase&)>;

    // The open connection for `key` on the calling thread; created with `driver` and prepared
    // and opened by `open` when missing or closed.
    static Result<QSqlDatabase> get(const QString& key, const QString& driver, const Opener& open);

    // Forgets the calling thread's connection for `key` (after the server dropped it).
    static void discard(const QString& key);

    // Forgets every connection of the calling thread whose key starts with `prefix`.
    static void discardAll(const QString& prefix);
};

} // namespace bts
