#pragma once

#include "DestinationWizardState.h"

#include <QWizardPage>

class QLabel;

namespace bts {

// What is configured, and what to watch next.
class DestinationResultPage : public QWizardPage {
    Q_OBJECT

public:
    DestinationResultPage(DestinationWizardState& state, QWidget* parent = nullptr);

    void initializePage() override;

private:
    DestinationWizardState& m_state;
    QLabel* m_text;
};

} // namespace bts
