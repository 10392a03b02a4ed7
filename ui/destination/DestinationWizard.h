#pragma once

#include "DestinationWizardState.h"

#include <QWizard>

namespace bts {

// Sets up BizTalk log shipping on one or more destination SQL Servers: prerequisites, the
// scripts from the BizTalk Schema folder, bts_ConfigureBizTalkLogShipping, backup folders and
// the jobs. Every change is previewed exactly and applied statement by statement.
class DestinationWizard : public QWizard {
    Q_OBJECT

public:
    DestinationWizard(std::shared_ptr<const GroupBackend> backend, GroupSnapshot snapshot,
                      QString defaultSchemaFolder, QWidget* parent = nullptr);

signals:
    void applied();

private:
    DestinationWizardState m_state;
};

} // namespace bts
