#include "HistoryFormat.h"

#include "source/JobHistoryModel.h"
#include "sql/SqlValues.h"

#include <QCoreApplication>

namespace bts {
namespace {

// The file's messages, under one context for lupdate and the translator alike.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(HistoryFormat)
};

QString hhmmss(int value)
{
    // msdb packs times and durations as hhmmss integers.
    return QStringLiteral("%1:%2:%3")
        .arg(value / 10000, 2, 10, QLatin1Char('0'))
        .arg(value / 100 % 100, 2, 10, QLatin1Char('0'))
        .arg(value % 100, 2, 10, QLatin1Char('0'));
}

} // namespace

QString historyDisplayText(HistoryKind kind, const QString& column, const QVariant& value)
{
    if (value.isNull() || !value.isValid())
        return QString();
    if (kind == HistoryKind::JobHistory) {
        if (column == QLatin1String("run_status"))
            return JobHistoryModel::outcomeName(value.toInt());
        if (column == QLatin1String("run_date")) {
            const int d = value.toInt();
            return QDate(d / 10000, d / 100 % 100, d % 100).toString(Qt::ISODate);
        }
        if (column == QLatin1String("run_time") || column == QLatin1String("run_duration"))
            return hhmmss(value.toInt());
        return value.toString().trimmed(); // sysname comes back padded from some drivers
    }
    if (column.endsWith(QLatin1String("DateTime"))) {
        const std::optional<QDateTime> when = sqlDateTime(value);
        return when ? when->toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : value.toString();
    }
    if (column == QLatin1String("BackupType")) {
        const QString type = value.toString().trimmed();
        if (type == QLatin1String("db"))
            return Text::tr("Full (db)");
        if (type == QLatin1String("lg"))
            return Text::tr("Log (lg)");
        return type;
    }
    if (column == QLatin1String("SetComplete") || column == QLatin1String("Restored"))
        return value.toInt() != 0 ? Text::tr("Yes") : Text::tr("No");
    return value.toString();
}

QString historyColumnTitle(const QString& column)
{
    // Marked for lupdate here, translated when shown.
    static const QHash<QString, const char*> titles = {
        {QStringLiteral("BackupId"), QT_TRANSLATE_NOOP("HistoryFormat", "Backup id")},
        {QStringLiteral("BackupSetId"), QT_TRANSLATE_NOOP("HistoryFormat", "Set")},
        {QStringLiteral("DatabaseName"), QT_TRANSLATE_NOOP("HistoryFormat", "Database")},
        {QStringLiteral("ServerName"), QT_TRANSLATE_NOOP("HistoryFormat", "Server")},
        {QStringLiteral("BackupType"), QT_TRANSLATE_NOOP("HistoryFormat", "Type")},
        {QStringLiteral("BackupDateTime"), QT_TRANSLATE_NOOP("HistoryFormat", "Taken")},
        {QStringLiteral("MarkName"), QT_TRANSLATE_NOOP("HistoryFormat", "Mark")},
        {QStringLiteral("SetComplete"), QT_TRANSLATE_NOOP("HistoryFormat", "Set complete")},
        {QStringLiteral("Restored"), QT_TRANSLATE_NOOP("HistoryFormat", "Restored")},
        {QStringLiteral("RestoredDateTime"), QT_TRANSLATE_NOOP("HistoryFormat", "Restored at")},
        {QStringLiteral("BackupFileName"), QT_TRANSLATE_NOOP("HistoryFormat", "File")},
        {QStringLiteral("BackupFileLocation"), QT_TRANSLATE_NOOP("HistoryFormat", "Folder")},
        {QStringLiteral("instance_id"), QT_TRANSLATE_NOOP("HistoryFormat", "Instance")},
        {QStringLiteral("job_name"), QT_TRANSLATE_NOOP("HistoryFormat", "Job")},
        {QStringLiteral("step_id"), QT_TRANSLATE_NOOP("HistoryFormat", "Step")},
        {QStringLiteral("step_name"), QT_TRANSLATE_NOOP("HistoryFormat", "Step name")},
        {QStringLiteral("run_status"), QT_TRANSLATE_NOOP("HistoryFormat", "Outcome")},
        {QStringLiteral("run_date"), QT_TRANSLATE_NOOP("HistoryFormat", "Date")},
        {QStringLiteral("run_time"), QT_TRANSLATE_NOOP("HistoryFormat", "Time")},
        {QStringLiteral("run_duration"), QT_TRANSLATE_NOOP("HistoryFormat", "Duration")},
        {QStringLiteral("message"), QT_TRANSLATE_NOOP("HistoryFormat", "Message")},
        {QStringLiteral("server"), QT_TRANSLATE_NOOP("HistoryFormat", "Server")},
    };
    const auto it = titles.constFind(column);
    return it == titles.constEnd() ? column : Text::tr(*it);
}

} // namespace bts
