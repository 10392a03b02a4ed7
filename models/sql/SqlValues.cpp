#include "SqlValues.h"

namespace bts {

std::optional<QDateTime> sqlDateTime(const QVariant& value)
{
    if (value.isNull() || !value.isValid())
        return std::nullopt;
    QDateTime result;
    if (value.typeId() == QMetaType::QDateTime) {
        result = value.toDateTime();
    } else {
        const QString text = value.toString().trimmed();
        result = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (!result.isValid())
            result = QDateTime::fromString(text, QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
        if (!result.isValid())
            result = QDateTime::fromString(text, QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    }
    if (!result.isValid())
        return std::nullopt;
    result.setTimeSpec(Qt::UTC);
    return result;
}

QDateTime msdbDateTime(int runDate, int runTime)
{
    const QDate date(runDate / 10000, (runDate / 100) % 100, runDate % 100);
    const QTime time(runTime / 10000, (runTime / 100) % 100, runTime % 100);
    return QDateTime(date, time, Qt::UTC);
}

int msdbDurationSeconds(int runDuration)
{
    return (runDuration / 10000) * 3600 + ((runDuration / 100) % 100) * 60 + runDuration % 100;
}

int msdbDate(const QDate& date)
{
    return date.year() * 10000 + date.month() * 100 + date.day();
}

int msdbTime(const QTime& time)
{
    return time.hour() * 10000 + time.minute() * 100 + time.second();
}

QString labDateTimeText(const QDateTime& value)
{
    return value.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
}

} // namespace bts
