#pragma once

#include "LabConnector.h"
#include "core/Result.h"

#include <QDateTime>
#include <optional>

namespace bts {

// The lab's msdb job procedures, with the parameters the console uses.
class LabMsdbProcedures {
public:
    explicit LabMsdbProcedures(const LabConnector& connector)
        : m_connector(connector)
    {}

    Status updateJob(const QString& jobName, std::optional<int> enabled) const;
    Status updateJobStep(const QString& jobName, int stepId,
                         const std::optional<QString>& command) const;
    Status updateSchedule(const QString& scheduleName, std::optional<int> enabled,
                          std::optional<int> subdayType, std::optional<int> subdayInterval) const;

private:
    Result<QString> jobId(const QString& jobName) const;

    const LabConnector& m_connector;
};

} // namespace bts
