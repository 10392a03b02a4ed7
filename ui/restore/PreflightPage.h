#pragma once

#include "RestoreWizardState.h"
#include "restore/RestorePreflight.h"

#include <QWizardPage>

class QCheckBox;
class QLabel;
class QPushButton;

namespace bts {

class FindingsLabel;

// Before anything changes: where each destination stands, and what restoring now would give,
// in words. Blockers stop the wizard; warnings need the operator's explicit choice.
class PreflightPage : public QWizardPage {
    Q_OBJECT

public:
    PreflightPage(RestoreWizardState& state, QWidget* parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

private:
    void check();

    RestoreWizardState& m_state;
    QLabel* m_outcome;
    FindingsLabel* m_findings;
    QCheckBox* m_acceptWarnings;
    QPushButton* m_recheck;
    std::optional<RestorePreflight> m_preflight;
    QString m_error;
    bool m_checking = false;
    bool m_planned = false;
};

} // namespace bts
