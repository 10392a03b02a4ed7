#pragma once

#include "LabConnector.h"
#include "core/Result.h"

namespace bts {

// Seeds what BizTalk's runtime keeps in the group's databases beside the backup configuration,
// which UpdateDatabase.vbs rewrites after a failover (facts §3.4): where the tracking service
// reads (TDDS_Sources) and writes (TDDS_Destinations), the group's BizTalk servers (adm_Server),
// the databases hotfixes are installed in (adm_OtherDatabases), and in each MessageBox the two
// procedures the script calls there, with the targets of the jobs they rewrite.
class LabRuntimeSeeder {
public:
    explicit LabRuntimeSeeder(const LabConnector& connector)
        : m_connector(connector)
    {}

    // In the management database on the source server, its tables already created.
    Status seedManagement() const;
    // In one MessageBox, its lab_JobTargets table already created.
    Status seedMessageBox(const QString& server, const QString& database) const;

    // The formats UpdateDatabase.vbs writes.
    static QString trackingSourceName(const QString& server, const QString& database);
    static QString trackingSourceConnection(const QString& server, const QString& database);
    static QString trackingDestinationConnection(const QString& server, const QString& database);

private:
    Status insertAll(const QString& server, const QString& database, const QString& sql,
                     const QVector<QVariantList>& rows) const;

    const LabConnector& m_connector;
};

} // namespace bts
