#include "LabLatency.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QSaveFile>

namespace bts::LabLatency {
namespace {

// Per lab root: every server's latency (upper-case names). A root absent from the map was not
// read yet; an empty hash is a lab without latency.
QMutex cacheMutex;
QHash<QString, QHash<QString, int>> cache;

QString fileOf(const QString& labRoot)
{
    return QDir(labRoot).filePath(QStringLiteral("latency.json"));
}

QString keyOf(const QString& labRoot)
{
    return QDir::cleanPath(labRoot);
}

QHash<QString, int> readFile(const QString& labRoot)
{
    QHash<QString, int> latencies;
    QFile file(fileOf(labRoot));
    if (!file.open(QIODevice::ReadOnly))
        return latencies;
    const QJsonObject object = QJsonDocument::fromJson(file.readAll()).object();
    for (auto it = object.begin(); it != object.end(); ++it) {
        const int ms = it.value().toInt();
        if (ms > 0)
            latencies.insert(it.key().toUpper(), ms);
    }
    return latencies;
}

// Call with cacheMutex held.
const QHash<QString, int>& cached(const QString& labRoot)
{
    const QString key = keyOf(labRoot);
    auto found = cache.find(key);
    if (found == cache.end())
        found = cache.insert(key, readFile(labRoot));
    return found.value();
}

} // namespace

Status set(const QString& labRoot, const QString& server, int milliseconds)
{
    const QMutexLocker lock(&cacheMutex);
    QHash<QString, int> latencies = cached(labRoot);
    if (milliseconds > 0)
        latencies.insert(server.toUpper(), milliseconds);
    else
        latencies.remove(server.toUpper());

    QJsonObject object;
    for (auto it = latencies.cbegin(); it != latencies.cend(); ++it)
        object.insert(it.key(), it.value());
    QSaveFile file(fileOf(labRoot));
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(object).toJson()) < 0 ||
        !file.commit()) {
        DbError error;
        error.kind = DbError::Kind::Internal;
        error.summary = QStringLiteral("Could not save the lab's latency in %1")
                            .arg(QDir::toNativeSeparators(fileOf(labRoot)));
        error.advice = QStringLiteral("Check that the lab folder can be written to.");
        error.driverText = file.errorString();
        return error;
    }
    cache.insert(keyOf(labRoot), latencies);
    return success();
}

int of(const QString& labRoot, const QString& server)
{
    const QMutexLocker lock(&cacheMutex);
    return cached(labRoot).value(server.toUpper());
}

QHash<QString, int> all(const QString& labRoot)
{
    const QMutexLocker lock(&cacheMutex);
    return cached(labRoot);
}

void forget(const QString& labRoot)
{
    const QMutexLocker lock(&cacheMutex);
    cache.remove(keyOf(labRoot));
}

} // namespace bts::LabLatency
