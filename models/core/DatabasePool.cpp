#include "DatabasePool.h"

namespace bts {

QThreadPool& databasePool()
{
    static QThreadPool* pool = [] {
        auto* p = new QThreadPool;
        p->setObjectName(QStringLiteral("database"));
        p->setMaxThreadCount(8);
        p->setExpiryTimeout(-1);
        return p;
    }();
    return *pool;
}

bool waitForDatabaseWork(int milliseconds)
{
    return databasePool().waitForDone(milliseconds);
}

} // namespace bts
