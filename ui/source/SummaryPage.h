#pragma once

#include "SourceWizardState.h"
#include "actions/CallSequence.h"
#include "source/SourceJobPlanner.h"

#include <QWizardPage>

class QCheckBox;
class QLabel;

namespace bts {

class ApplyPanel;

// The exact T-SQL, Copy and Save, and Apply: statement by statement, each with its result. A
// step command the console cannot read is shown as it is and replaced only when the operator
// says so.
class SummaryPage : public QWizardPage {
    Q_OBJECT

public:
    SummaryPage(SourceWizardState& state, QWidget* parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    QVector<CallOutcome> outcomes() const;

signals:
    void applied();

private:
    void plan();
    void readAgain();

    SourceWizardState& m_state;
    QLabel* m_overwriteWarning;
    QCheckBox* m_acknowledge;
    ApplyPanel* m_panel;
    SourceJobPlan m_plan;
};

} // namespace bts
