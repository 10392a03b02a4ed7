#pragma once

#include "SourceWizardState.h"

#include <QWizardPage>

class QLabel;

namespace bts {

class SummaryPage;

// What changed, and what to do next.
class ResultPage : public QWizardPage {
    Q_OBJECT

public:
    ResultPage(SourceWizardState& state, const SummaryPage& summary, QWidget* parent = nullptr);

    void initializePage() override;

private:
    SourceWizardState& m_state;
    const SummaryPage& m_summary;
    QLabel* m_text;
};

} // namespace bts
