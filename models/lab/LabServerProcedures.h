#pragma once

#include "LabConnector.h"
#include "core/Result.h"

#include <QStringList>

#include <optional>

namespace bts {

// Server-level procedures of a lab server: sp_configure on lab_Configurations (the lab's
// sys.configurations). The value takes effect at once; RECONFIGURE is a no-op in the lab.
class LabServerProcedures {
public:
    LabServerProcedures(const LabConnector& connector, QString server)
        : m_connector(connector)
        , m_server(std::move(server))
    {}

    Status configure(const std::optional<QString>& name, const std::optional<QString>& value) const;

    QStringList messages() const { return m_messages; }

private:
    QString location() const { return m_server + QStringLiteral("/master"); }

    const LabConnector& m_connector;
    QString m_server;
    mutable QStringList m_messages;
};

} // namespace bts
