#pragma once

#include "SourceWizardState.h"
#include "actions/CallSequence.h"
#include "source/SourceJobPlanner.h"

#include <QWizardPage>

class QCheckBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace bts {

// The exact T-SQL, Copy and Save, and Apply: statement by statement, each with its result.
class SummaryPage : public QWizardPage {
    Q_OBJECT

public:
    SummaryPage(SourceWizardState& state, QWidget* parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    QVector<CallOutcome> outcomes() const { return m_outcomes; }

signals:
    void applied();

private:
    void plan();
    void apply();
    void showOutcomes(const QVector<CallOutcome>& outcomes);
    void readAgain();
    void save();

    SourceWizardState& m_state;
    QLabel* m_intro;
    QPlainTextEdit* m_sql;
    QLabel* m_overwriteWarning;
    QCheckBox* m_acknowledge;
    QPushButton* m_copy;
    QPushButton* m_save;
    QPushButton* m_apply;
    QPushButton* m_retry;
    QListWidget* m_results;
    SourceJobPlan m_plan;
    QString m_planError;
    QVector<CallOutcome> m_outcomes;
    bool m_done = false;
    bool m_running = false;
};

} // namespace bts
