#pragma once

#include "RestoreWizardState.h"

#include <QWizard>

namespace bts {

// Fails a BizTalk group over to its destinations: pre-flight, a typed confirmation, stopping the
// source and log shipping, Restore To Mark followed until every database is ONLINE,
// SampleUpdateInfo.xml, and the operator's checklist for what needs the BizTalk servers.
class RestoreWizard : public QWizard {
    Q_OBJECT

public:
    RestoreWizard(std::shared_ptr<const GroupBackend> backend, QWidget* parent = nullptr);

signals:
    void changed();

private:
    RestoreWizardState m_state;
};

} // namespace bts
