#pragma once

#include "RestoreWizardState.h"

#include <QWizardPage>

class QLabel;
class QLineEdit;

namespace bts {

// The failover's record: its timeline written as HTML and PDF where the operator chooses.
class RestoreReportPage : public QWizardPage {
    Q_OBJECT

public:
    RestoreReportPage(RestoreWizardState& state, QWidget* parent = nullptr);

    void initializePage() override;
    bool isComplete() const override { return m_written; }

private:
    void write();

    RestoreWizardState& m_state;
    QLineEdit* m_path;
    QLabel* m_result;
    bool m_written = false;
};

} // namespace bts
