#pragma once

#include "RestoreWizardState.h"

#include <QWizardPage>

class QLabel;
class QLineEdit;

namespace bts {

// Before the first change: the operator types the management server's name, so that nobody
// starts a failover of the wrong group by a slip of the mouse.
class ConfirmFailoverPage : public QWizardPage {
    Q_OBJECT

public:
    ConfirmFailoverPage(RestoreWizardState& state, QWidget* parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

private:
    RestoreWizardState& m_state;
    QLabel* m_text;
    QLineEdit* m_name;
};

} // namespace bts
