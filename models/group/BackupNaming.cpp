#include "BackupNaming.h"

namespace bts {

QString fullMarkName(const QString& markName, const QDateTime& timestamp)
{
    QString name =
        markName + QLatin1Char('_') + timestamp.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
    static const QString replaced = QStringLiteral(" ~!@#$%^&*()-+{[}\\:;<>,./|");
    QString result;
    for (const QChar c : std::as_const(name)) {
        if (c == QLatin1Char('\'') || c == QLatin1Char('"'))
            continue;
        result += replaced.contains(c) ? QLatin1Char('_') : c;
    }
    return result;
}

QString backupFileName(const QString& serverName, const QString& databaseName, BackupKind kind,
                       const QString& fullMark)
{
    QString server = serverName.left(30);
    server.replace(QLatin1Char('\\'), QLatin1Char('_'));
    return QStringLiteral("%1_%2_%3_%4.bak")
        .arg(server, databaseName,
             kind == BackupKind::Full ? QStringLiteral("Full") : QStringLiteral("Log"), fullMark);
}

} // namespace bts
