#include "LabBackupFiles.h"

#include "LabTopology.h"

#include <QDir>
#include <QFileInfo>

namespace bts {

QString LabBackupFiles::key(const QString& path)
{
    return QString(path).replace(QLatin1Char('\\'), QLatin1Char('/'));
}

Status LabBackupFiles::written(const QString& path) const
{
    return onEveryServer(QStringLiteral("INSERT OR IGNORE INTO lab_Files (path) VALUES (?)"), path);
}

Status LabBackupFiles::removed(const QString& path) const
{
    return onEveryServer(QStringLiteral("DELETE FROM lab_Files WHERE path = ?"), path);
}

Status LabBackupFiles::recordFolder(const QString& folder) const
{
    const QString native = QDir::toNativeSeparators(folder);
    const QStringList names = QDir(folder).entryList(QDir::Files, QDir::Name);
    for (const QString& name : names) {
        if (Status s = written(native + QDir::separator() + name); !s)
            return s;
    }
    return success();
}

Status LabBackupFiles::onEveryServer(const QString& sql, const QString& path) const
{
    for (const QString& server : LabTopology::servers()) {
        // A server a test removed from the lab has no master to keep the record in.
        if (!QFileInfo(m_connector.serverFolder(server)).isDir())
            continue;
        Result<QSqlQuery> r = m_connector.run(server, QStringLiteral("master"), sql, {key(path)});
        if (!r)
            return r.error();
    }
    return success();
}

} // namespace bts
