#pragma once

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QString>
#include <QStringList>
#include <QUuid>

// Helpers for the "planted password" tests: a password nobody could write by accident, and a
// search of every folder the console may write to for it, in UTF-8, UTF-16 and Latin-1.

inline QString plantedPassword()
{
    // Characters an escaper changes (quote, semicolon, brace), then a random tail that it
    // cannot change and that nothing else could contain.
    return QStringLiteral("Pl4nted'\"};Pw-") + QUuid::createUuid().toString(QUuid::Id128);
}

// The folders the console writes to in test mode (QtTestMain enables it), plus `extra`.
inline QStringList writableFolders(const QStringList& extra = {})
{
    QStringList folders = extra;
    for (auto location : {QStandardPaths::AppDataLocation, QStandardPaths::AppLocalDataLocation,
                          QStandardPaths::AppConfigLocation, QStandardPaths::ConfigLocation,
                          QStandardPaths::GenericConfigLocation, QStandardPaths::CacheLocation,
                          QStandardPaths::GenericDataLocation})
        folders << QStandardPaths::writableLocation(location);
    folders.removeDuplicates();
    return folders;
}

// Files under `folders` (recursively) and files directly in the temp folder changed since
// `since`, that contain `secret` or its random tail (the part after the last '-', which no
// escaping can change: a connection string doubles the '}' of the whole password). The temp
// folder is shared with other programs, hence only its recent top-level files.
inline QStringList filesContaining(const QString& secret, const QStringList& folders,
                                   const QDateTime& since)
{
    QList<QByteArray> needles;
    for (const QString& form : {secret, secret.section(QLatin1Char('-'), -1)}) {
        needles << form.toUtf8()
                << QByteArray(reinterpret_cast<const char*>(form.utf16()), form.size() * 2);
    }
    QStringList hits;
    auto scan = [&](const QString& file) {
        QFile f(file);
        if (f.size() > 64 * 1024 * 1024 || !f.open(QIODevice::ReadOnly))
            return;
        const QByteArray content = f.readAll();
        for (const QByteArray& needle : needles) {
            if (content.contains(needle)) {
                hits << file;
                return;
            }
        }
    };
    for (const QString& folder : folders) {
        QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::System,
                        QDirIterator::Subdirectories);
        while (it.hasNext())
            scan(it.next());
    }
    QDirIterator temp(QDir::tempPath(), QDir::Files | QDir::Hidden);
    while (temp.hasNext()) {
        const QString file = temp.next();
        if (QFileInfo(file).lastModified() >= since.addSecs(-1))
            scan(file);
    }
    hits.removeDuplicates();
    return hits;
}
