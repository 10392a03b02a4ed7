#pragma once

#include "LabConnector.h"
#include "core/Result.h"

#include <QSet>
#include <QStringList>

namespace bts {

struct LabShippingSource;

// lab_GetBackupHistory, the step of "BTS Log Shipping - Get Backup History" on a destination:
// copies the source's adm_BackupHistory rows newer than the newest imported set into
// bts_LogShippingHistory, for the databases this destination restores. Databases added to the
// Backup BizTalk Server job since the configuration are picked up (facts §5), and the copies of
// the source's jobs are refreshed whenever new history arrives.
class LabHistoryImport {
public:
    LabHistoryImport(const LabConnector& connector, QString server)
        : m_connector(connector)
        , m_server(std::move(server))
    {}

    Status run() const;

    QStringList messages() const { return m_messages; }

private:
    Status addNewDatabases(const LabShippingSource& source) const;
    Result<QSet<QString>> restoredDatabases() const;

    const LabConnector& m_connector;
    QString m_server;
    mutable QStringList m_messages;
};

} // namespace bts
