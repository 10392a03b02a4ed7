#pragma once

#include "LabConnector.h"
#include "group/GroupBackend.h"

namespace bts {

// The lab seen through the same interface as a SQL Server: reads go through the shared
// GroupReader and statements; changes run through the lab's procedure implementations.
class LabBackend : public GroupBackend {
public:
    explicit LabBackend(QString root);

    QString displayName() const override;
    bool isLab() const override { return true; }
    QString managementServer() const override;
    QString managementDatabase() const override;

    Result<GroupSnapshot> readSnapshot() const override;
    Status execute(const ProcedureCall& call) const override;

private:
    LabConnector m_connector;
};

} // namespace bts
