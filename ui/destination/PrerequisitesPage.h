#pragma once

#include "DestinationWizardState.h"

#include <QWizardPage>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace bts {

// Every prerequisite of every destination, checked on the servers, in words; the ones the
// console can fix become part of the change.
class PrerequisitesPage : public QWizardPage {
    Q_OBJECT

public:
    PrerequisitesPage(DestinationWizardState& state, QWidget* parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

private:
    void check();
    void show();

    DestinationWizardState& m_state;
    QLabel* m_status;
    QWidget* m_results;
    QVBoxLayout* m_resultsLayout;
    QPushButton* m_recheck;
    bool m_checking = false;
    QString m_error;
};

} // namespace bts
