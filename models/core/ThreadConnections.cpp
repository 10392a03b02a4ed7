#include "ThreadConnections.h"

#include <QSet>
#include <QThread>

namespace bts {
namespace {

QString connectionName(const QString& key)
{
    const auto thread = reinterpret_cast<quintptr>(QThread::currentThread());
    return key + QLatin1Char('@') + QString::number(thread, 16);
}

// Removes the thread's connections at thread exit, after every QSqlQuery of it is gone.
struct Registry {
    QSet<QString> names;
    ~Registry()
    {
        for (const QString& name : std::as_const(names))
            QSqlDatabase::removeDatabase(name);
    }
};

Registry& registry()
{
    thread_local Registry r;
    return r;
}

void removeConnection(const QString& name)
{
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(name);
    registry().names.remove(name);
}

} // namespace

Result<QSqlDatabase> ThreadConnections::get(const QString& key, const QString& driver,
                                            const Opener& open)
{
    const QString name = connectionName(key);
    if (registry().names.contains(name)) {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isOpen())
            return db;
        removeConnection(name);
    }
    if (!QSqlDatabase::isDriverAvailable(driver)) {
        DbError error;
        error.kind = DbError::Kind::DriverMissing;
        error.summary = QStringLiteral("The Qt SQL driver %1 is not available").arg(driver);
        error.location = key;
        error.advice =
            QStringLiteral("Install the Qt SQL plugin for %1 (on Debian: libqt6sql6-%2).")
                .arg(driver, driver == QLatin1String("QODBC") ? QStringLiteral("odbc")
                                                              : QStringLiteral("sqlite"));
        return error;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(driver, name);
    registry().names.insert(name);
    Status opened = open(db);
    if (!opened) {
        db = QSqlDatabase();
        removeConnection(name);
        return opened.error();
    }
    return db;
}

void ThreadConnections::discard(const QString& key)
{
    const QString name = connectionName(key);
    if (registry().names.contains(name))
        removeConnection(name);
}

void ThreadConnections::discardAll(const QString& prefix)
{
    const QSet<QString> names = registry().names;
    const QString suffix = connectionName(QString());
    for (const QString& name : names) {
        if (name.startsWith(prefix) && name.endsWith(suffix))
            removeConnection(name);
    }
}

} // namespace bts
