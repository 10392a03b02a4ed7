#pragma once

#include "DestinationWizardState.h"

#include <QWizardPage>

class QCheckBox;
class QLabel;
class QLineEdit;

namespace bts {

class FindingsLabel;

// Where LogShipping_Destination_Schema.sql and _Logic.sql are: the BizTalk Schema folder of the
// operator's installation (never shipped with the console). Running them again drops an existing
// configuration: that needs the destination's name typed.
class ScriptsPage : public QWizardPage {
    Q_OBJECT

public:
    ScriptsPage(DestinationWizardState& state, QWidget* parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    void readScripts();
    void update();

    DestinationWizardState& m_state;
    QLineEdit* m_folder;
    QCheckBox* m_run;
    FindingsLabel* m_findings;
    QLabel* m_confirmLabel;
    QLineEdit* m_confirm;
    bool m_scriptsOk = false;
};

} // namespace bts
