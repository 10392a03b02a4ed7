#pragma once

#include "DestinationWizardState.h"

#include <QWizardPage>

namespace bts {

class ApplyPanel;

// Phase 1 on every destination: the prerequisite fixes, the two scripts, and
// bts_ConfigureBizTalkLogShipping, previewed exactly and applied statement by statement.
class SetupApplyPage : public QWizardPage {
    Q_OBJECT

public:
    SetupApplyPage(DestinationWizardState& state, QWidget* parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

private:
    void plan();
    void readAgain();

    DestinationWizardState& m_state;
    ApplyPanel* m_panel;
};

} // namespace bts
