#pragma once

#include "RestoreWizardState.h"
#include "restore/UpdateInfo.h"

#include <QWizardPage>

class QLineEdit;
class QTableWidget;

namespace bts {

class FindingsLabel;

// SampleUpdateInfo.xml, the file UpdateDatabase.vbs and UpdateRegistry.vbs read: every database
// with its old and new server, pre-filled from the group as discovered, edited in a grid,
// validated by reading it back, and saved where the operator chooses.
class UpdateInfoPage : public QWizardPage {
    Q_OBJECT

public:
    UpdateInfoPage(RestoreWizardState& state, QWidget* parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

private:
    void readRestoredTopology();
    void fill(const GroupSnapshot& snapshot);
    UpdateInfo edited() const;
    void validate();
    void save();

    RestoreWizardState& m_state;
    UpdateInfo m_info;
    QTableWidget* m_table;
    QLineEdit* m_path;
    FindingsLabel* m_findings;
    bool m_saved = false;
    bool m_filling = false;
};

} // namespace bts
