#include "SourceJobValidation.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace bts {
namespace {

// The file's messages, under one context for lupdate and the translator alike.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(bts::SourceJobValidation)
};

bool hasControlCharacters(const QString& text)
{
    for (const QChar c : text) {
        if (c.category() == QChar::Other_Control)
            return true;
    }
    return false;
}

QString pathLabel(Finding::Field field)
{
    return field == Finding::Field::LogPath ? Text::tr("Log backup folder")
                                            : Text::tr("Full backup folder");
}

} // namespace

BackupPathKind classifyBackupPath(const QString& path)
{
    if (path.trimmed().isEmpty())
        return BackupPathKind::Empty;
    if (path.startsWith(QLatin1String("\\\\")))
        return BackupPathKind::Unc;
    if (path.startsWith(QLatin1String("https://"), Qt::CaseInsensitive) ||
        path.startsWith(QLatin1String("http://"), Qt::CaseInsensitive))
        return BackupPathKind::BlobUrl;
    static const QRegularExpression drive(QStringLiteral("^[A-Za-z]:[\\\\/]"));
    if (drive.match(path).hasMatch())
        return BackupPathKind::LocalDrive;
    if (path.startsWith(QLatin1Char('/')))
        return BackupPathKind::LocalPosix;
    return BackupPathKind::Unknown;
}

QVector<Finding> validateBackupPath(const QString& path, Finding::Field field)
{
    const QString label = pathLabel(field);
    QVector<Finding> findings;
    const auto add = [&](Finding::Level level, const QString& message) {
        findings.append({level, field, message});
    };
    if (hasControlCharacters(path)) {
        add(Finding::Level::Error,
            Text::tr("%1 contains control characters (a tab or a line break?): remove them.")
                .arg(label));
        return findings;
    }
    if (path.size() > MaxBackupPathLength) {
        add(Finding::Level::Error,
            Text::tr("%1 has %2 characters: @BackupPath is nvarchar(128), so SQL "
                     "Server would silently cut it to 128.")
                .arg(label)
                .arg(path.size()));
        return findings;
    }
    if (path != path.trimmed()) {
        add(Finding::Level::Error,
            Text::tr("%1 starts or ends with a space: remove it.").arg(label));
        return findings;
    }
    switch (classifyBackupPath(path)) {
    case BackupPathKind::Empty:
        add(Finding::Level::Error,
            Text::tr("%1 is empty: the job needs a folder to write its backups to.").arg(label));
        break;
    case BackupPathKind::Unc:
        add(Finding::Level::Ok, Text::tr("%1 is a UNC share (%2 of 128 characters): the "
                                         "destination can read the same files.")
                                    .arg(label)
                                    .arg(path.size()));
        break;
    case BackupPathKind::BlobUrl:
        add(Finding::Level::Info, Text::tr("%1 is a blob container URL: needs BizTalk Server 2016 "
                                           "Feature Pack 2 or later, and a SQL "
                                           "Server credential for the container on every server.")
                                      .arg(label));
        break;
    case BackupPathKind::LocalDrive:
    case BackupPathKind::LocalPosix:
        add(Finding::Level::Warning,
            Text::tr("%1 is a local folder: the destination must read the same "
                     "files, so copy them to the same "
                     "folder there yourself, or use a UNC share.")
                .arg(label));
        break;
    case BackupPathKind::Unknown:
        add(Finding::Level::Error, Text::tr("%1 is neither a drive path (G:\\Backups), a UNC share "
                                            "(\\\\server\\share) nor a blob URL.")
                                       .arg(label));
        break;
    }
    return findings;
}

QVector<Finding> validateMarkName(const QString& name)
{
    const Finding::Field f = Finding::Field::MarkName;
    if (name.isEmpty())
        return {{Finding::Level::Error, f,
                 Text::tr("The mark name is empty: it starts every mark and backup file name.")}};
    if (hasControlCharacters(name))
        return {{Finding::Level::Error, f,
                 Text::tr("The mark name contains control characters: remove them.")}};
    if (name.size() > MaxMarkNameLength) {
        return {
            {Finding::Level::Error, f,
             Text::tr("Mark name '%1' has %2 characters: SQL Server would silently cut it to %3.")
                 .arg(name, QString::number(name.size()), QString::number(MaxMarkNameLength))}};
    }
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_]+$"));
    if (!plain.match(name).hasMatch()) {
        return {
            {Finding::Level::Warning, f,
             Text::tr("Mark name '%1' has characters other than letters, digits and '_': BizTalk "
                      "replaces "
                      "punctuation with '_' and drops quotes, so marks and file names will differ "
                      "from it.")
                 .arg(name)}};
    }
    return {{Finding::Level::Ok, f,
             Text::tr("Mark name '%1' has %2 characters: OK.")
                 .arg(name, QString::number(name.size()))}};
}

QVector<Finding> validateSchedule(const SourceJobConfig& config)
{
    QVector<Finding> findings;
    const QChar frequency = config.frequency.toLower();
    if (!QStringLiteral("hdwmy").contains(frequency)) {
        findings.append({Finding::Level::Error, Finding::Field::Frequency,
                         Text::tr("Frequency must be h, d, w, m or y.")});
        return findings;
    }
    if (QStringLiteral("wmy").contains(frequency) && !config.forceFullAfterPartialSet) {
        findings.append(
            {Finding::Level::Warning, Finding::Field::Frequency,
             Text::tr(
                 "With full backups this rare, turn on 'force a full backup after a partial set': "
                 "otherwise a partial set blocks log shipping until the next full set.")});
    }
    if (config.backupHour) {
        if (*config.backupHour < 0 || *config.backupHour > 23) {
            findings.append(
                {Finding::Level::Error, Finding::Field::BackupHour,
                 Text::tr("The backup hour must be between 0 and 23 (server local time).")});
        } else if (frequency == QLatin1Char('h')) {
            findings.append({Finding::Level::Info, Finding::Field::BackupHour,
                             Text::tr("The backup hour is ignored with hourly full backups.")});
        } else if (config.intervalMinutes >= 60) {
            findings.append(
                {Finding::Level::Warning, Finding::Field::Interval,
                 Text::tr("A full backup is only taken when a run falls in hour %1: keep the job "
                          "interval under 60 minutes.")
                     .arg(*config.backupHour)});
        }
    }
    if (config.intervalMinutes < 1 || config.intervalMinutes > 1440) {
        findings.append({Finding::Level::Error, Finding::Field::Interval,
                         Text::tr("The job interval must be between 1 and 1440 minutes.")});
    } else if (config.intervalMinutes < 5) {
        findings.append(
            {Finding::Level::Warning, Finding::Field::Interval,
             Text::tr("Every %1 minutes marks every database very often: each mark blocks new "
                      "distributed transactions for a moment.")
                 .arg(config.intervalMinutes)});
    } else if (config.intervalMinutes > 60) {
        findings.append(
            {Finding::Level::Warning, Finding::Field::Interval,
             Text::tr("Every %1 minutes: transaction logs grow between runs and more work is lost "
                      "after a failure.")
                 .arg(config.intervalMinutes)});
    }
    if (config.daysToKeep < 0 || config.daysToKeep > 32767) {
        findings.append({Finding::Level::Error, Finding::Field::DaysToKeep,
                         Text::tr("Days of history to keep must be between 0 and 32767.")});
    } else if (config.daysToKeep == 0) {
        findings.append(
            {Finding::Level::Warning, Finding::Field::DaysToKeep,
             Text::tr("0 days: the backup history is never purged and grows forever.")});
    }
    findings.append({Finding::Level::Info, Finding::Field::DaysToKeep,
                     Text::tr("The job never deletes backup files: purge them yourself.")});
    return findings;
}

QVector<Finding> validateOtherDatabase(const OtherBackupDatabase& db)
{
    const Finding::Field f = Finding::Field::Databases;
    QVector<Finding> findings;
    const struct {
        const QString& value;
        int max;
        const char* what;
    } fields[] = {
        // Marked for lupdate under this file's context, translated where the finding is made.
        {db.defaultName, MaxDatabaseNameLength,
         QT_TRANSLATE_NOOP("bts::SourceJobValidation", "The default name")},
        {db.databaseName, MaxDatabaseNameLength,
         QT_TRANSLATE_NOOP("bts::SourceJobValidation", "The database name")},
        {db.serverName, MaxServerNameLength,
         QT_TRANSLATE_NOOP("bts::SourceJobValidation", "The server name")},
        {db.btsServerName, MaxServerNameLength,
         QT_TRANSLATE_NOOP("bts::SourceJobValidation", "The BizTalk server name")}};
    for (const auto& field : fields) {
        if (field.value.trimmed().isEmpty())
            findings.append(
                {Finding::Level::Error, f, Text::tr("%1 is empty.").arg(Text::tr(field.what))});
        else if (field.value.size() > field.max)
            findings.append({Finding::Level::Error, f,
                             Text::tr("%1 has %2 characters; the column holds %3.")
                                 .arg(Text::tr(field.what))
                                 .arg(field.value.size())
                                 .arg(field.max)});
        else if (hasControlCharacters(field.value))
            findings.append(
                {Finding::Level::Error, f,
                 Text::tr("%1 contains control characters.").arg(Text::tr(field.what))});
    }
    return findings;
}

QVector<Finding> validateSourceJob(const SourceJobConfig& config)
{
    QVector<Finding> findings = validateBackupPath(config.fullBackupPath, Finding::Field::FullPath);
    findings += validateBackupPath(config.logBackupPath, Finding::Field::LogPath);
    findings += validateMarkName(config.markName);
    findings += validateSchedule(config);
    for (const OtherBackupDatabase& db : config.databasesToAdd)
        findings += validateOtherDatabase(db);
    return findings;
}

bool hasErrors(const QVector<Finding>& findings)
{
    for (const Finding& f : findings) {
        if (f.level == Finding::Level::Error)
            return true;
    }
    return false;
}

} // namespace bts
