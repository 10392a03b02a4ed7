#include "RestorePoint.h"

#include "sql/SqlRunner.h"
#include "sql/SqlValues.h"

namespace bts {

Result<RestorePoint> readRestorePoint(const SqlConnector& connector, const QString& destination,
                                      qint64 setId)
{
    RestorePoint point;
    point.destination = destination;
    point.setId = setId;
    Result<QSqlQuery> q = SqlRunner(connector).query(
        destination, QStringLiteral("master"), QStringLiteral("logshipping_set_mark"), {setId});
    if (!q)
        return q.error();
    // MAX() over no rows still gives one row, of NULLs.
    if (q.value().next()) {
        point.markName = q.value().value(QStringLiteral("MarkName")).toString().trimmed();
        point.backupTime = sqlDateTime(q.value().value(QStringLiteral("BackupDateTime")));
        // NULL (no rows) reads as 0: not known to be complete.
        point.complete = q.value().value(QStringLiteral("SetComplete")).toInt() == 1;
    }
    return point;
}

const RestorePoint* findRestorePoint(const QVector<RestorePoint>& points,
                                     const QString& destination, qint64 setId)
{
    for (const RestorePoint& point : points) {
        if (point.setId == setId &&
            point.destination.compare(destination, Qt::CaseInsensitive) == 0)
            return &point;
    }
    return nullptr;
}

} // namespace bts
