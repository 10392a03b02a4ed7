#pragma once

#include "LabConnector.h"
#include "core/Result.h"

namespace bts {

// Seeds what a lab server shows of itself to the console's prerequisite checks (the stand-ins
// for SERVERPROPERTY, sys.configurations, sys.dm_server_services, sys.servers, sys.master_files
// and its folders) and the lab's stand-ins for BizTalk's Schema folder scripts.
class LabServerSeeder {
public:
    LabServerSeeder(const LabConnector& connector, QString root)
        : m_connector(connector)
        , m_root(std::move(root))
    {}

    Status seedServer(const QString& server) const;
    Status seedSchemaFolder() const;

private:
    Status insertAll(const QString& server, const QString& sql,
                     const QVector<QVariantList>& rows) const;
    QVector<QVariantList> masterFiles(const QString& server) const;
    QVector<QVariantList> folders() const;

    const LabConnector& m_connector;
    QString m_root;
};

} // namespace bts
