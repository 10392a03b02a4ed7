#include "LogShippingJob.h"

#include <QCoreApplication>

namespace bts {

LogShippingJobKind classifyLogShippingJob(const QString& jobName)
{
    if (jobName.contains(QLatin1String("Get Backup History"), Qt::CaseInsensitive))
        return LogShippingJobKind::GetBackupHistory;
    if (jobName.contains(QLatin1String("Restore To Mark"), Qt::CaseInsensitive))
        return LogShippingJobKind::RestoreToMark;
    // "Restore Databases", and the singular "Restore Database" some pages use.
    if (jobName.contains(QLatin1String("Restore Database"), Qt::CaseInsensitive))
        return LogShippingJobKind::RestoreDatabases;
    return LogShippingJobKind::Other;
}

QString logShippingJobKindName(LogShippingJobKind kind)
{
    switch (kind) {
    case LogShippingJobKind::GetBackupHistory:
        return QCoreApplication::translate("bts", "Get Backup History");
    case LogShippingJobKind::RestoreDatabases:
        return QCoreApplication::translate("bts", "Restore Databases");
    case LogShippingJobKind::RestoreToMark:
        return QCoreApplication::translate("bts", "Restore To Mark");
    case LogShippingJobKind::Other:
        return QCoreApplication::translate("bts", "Other");
    }
    return QString();
}

} // namespace bts
