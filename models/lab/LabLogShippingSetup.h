#pragma once

#include "LabConnector.h"
#include "core/Result.h"

#include <QDateTime>
#include <QStringList>

#include <optional>

namespace bts {

struct LabConfigureArguments {
    std::optional<QString> description;
    std::optional<QString> mgmtDatabase;
    std::optional<QString> mgmtServer;
    std::optional<QString> sourceServer; // none: every source server
    bool linkServers = false;
};

// The lab's bts_ConfigureBizTalkLogShipping and sp_LogShippingClean on one destination server
// (facts §2.2, §2.8). They run only where the Logic stand-in created them and need the tables
// of the Schema stand-in; they fail with SQL Server's words otherwise.
class LabLogShippingSetup {
public:
    LabLogShippingSetup(const LabConnector& connector, QString server, QDateTime utcNow,
                        int utcOffsetSeconds);

    // `database`: where the call looked the procedure up (master, normally).
    Status configure(const QString& database, const LabConfigureArguments& args) const;
    // `sourceId`: the @nvcDescription given to the configuration, or a source server's name.
    Status clean(const QString& database, const std::optional<QString>& sourceId) const;

    QStringList messages() const { return m_messages; }

private:
    Status requireProcedure(const QString& database, const QString& name) const;
    Status checkConfigurable(const LabConfigureArguments& args) const;
    Status requireAdHocQueries() const;
    Status record(const LabConfigureArguments& args, const QStringList& databases,
                  const QStringList& servers) const;
    Status createJobs(const QString& description) const;

    const LabConnector& m_connector;
    QString m_server;
    QDateTime m_utcNow;
    int m_utcOffsetSeconds;
    mutable QStringList m_messages;
};

} // namespace bts
