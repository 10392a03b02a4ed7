#pragma once

#include "SourceWizardState.h"

#include <QWizardPage>

class QSpinBox;

namespace bts {

class FindingsLabel;

// How many days of backup history the job keeps.
class RetentionPage : public QWizardPage {
    Q_OBJECT

public:
    RetentionPage(SourceWizardState& state, QWidget* parent = nullptr);

    void initializePage() override;
    bool validatePage() override;

private:
    void update();

    SourceWizardState& m_state;
    QSpinBox* m_days;
    FindingsLabel* m_findings;
};

} // namespace bts
