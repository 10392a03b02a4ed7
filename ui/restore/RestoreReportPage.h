#pragma once

#include "RestoreWizardState.h"

#include <QWizardPage>

class QLabel;
class QLineEdit;
class QPushButton;

namespace bts {

// The failover's record: its timeline written as HTML and PDF where the operator chooses.
class RestoreReportPage : public QWizardPage {
    Q_OBJECT

public:
    RestoreReportPage(RestoreWizardState& state, QWidget* parent = nullptr);

    void initializePage() override;
    bool isComplete() const override { return m_written; }

signals:
    // The last step of facts §3.2: configure the Backup BizTalk Server job on the new system.
    void openNewGroupRequested();

private:
    void updateOpenNewGroup();

    void write();

    RestoreWizardState& m_state;
    QLineEdit* m_path;
    QLabel* m_result;
    QPushButton* m_openNewGroup;
    bool m_written = false;
};

} // namespace bts
