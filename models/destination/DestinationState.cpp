#include "DestinationState.h"

namespace bts {

bool DestinationState::hasColumn(const QString& table, const QString& column) const
{
    for (auto it = columns.constBegin(); it != columns.constEnd(); ++it) {
        if (it.key().compare(table, Qt::CaseInsensitive) == 0)
            return it.value().contains(column, Qt::CaseInsensitive);
    }
    return false;
}

const LogShippingJob* DestinationState::job(LogShippingJobKind kind) const
{
    for (const LogShippingJob& j : jobs) {
        if (j.kind == kind)
            return &j;
    }
    return nullptr;
}

qint64 DestinationState::lastRestoredSetId() const
{
    // The column's name is undocumented: take the set id from any integer column whose name
    // speaks of a set, else from the only integer column.
    qint64 best = -1;
    for (const QVariantMap& row : lastRestoreSets) {
        for (auto it = row.constBegin(); it != row.constEnd(); ++it) {
            bool numeric = false;
            const qint64 value = it.value().toLongLong(&numeric);
            if (numeric && it.key().contains(QLatin1String("Set"), Qt::CaseInsensitive))
                best = qMax(best, value);
        }
    }
    return best;
}

} // namespace bts
