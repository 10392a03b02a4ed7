#include "SqlStatements.h"

#include "core/ResourceText.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QMutex>

namespace bts {
namespace {

QString load(const QString& path)
{
    return readResourceText(path).trimmed();
}

} // namespace

QString SqlStatements::text(const QString& name, SqlDialect dialect)
{
    static QMutex mutex;
    static QHash<QString, QString> cache;
    const QString key = (dialect == SqlDialect::Lab ? QStringLiteral("lab/") : QString()) + name;
    QMutexLocker lock(&mutex);
    auto it = cache.constFind(key);
    if (it != cache.constEnd())
        return *it;
    QString sql;
    if (dialect == SqlDialect::Lab)
        sql = load(QStringLiteral(":/sql/lab/%1.sql").arg(name));
    if (sql.isEmpty())
        sql = load(QStringLiteral(":/sql/%1.sql").arg(name));
    Q_ASSERT_X(!sql.isEmpty(), "SqlStatements::text", qPrintable(name));
    cache.insert(key, sql);
    return sql;
}

QStringList SqlStatements::names()
{
    QStringList result;
    const QStringList files =
        QDir(QStringLiteral(":/sql")).entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (const QString& file : files)
        result.append(file.chopped(4));
    return result;
}

} // namespace bts
