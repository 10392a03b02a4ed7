#pragma once

#include "SourceWizardState.h"

#include <QWizardPage>

class QCheckBox;
class QLineEdit;

namespace bts {

class FindingsLabel;

// Where the job writes its full and log backups: the folder the destination reads them from.
class BackupFolderPage : public QWizardPage {
    Q_OBJECT

public:
    BackupFolderPage(SourceWizardState& state, QWidget* parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    void update();
    QVector<Finding> findings() const;

    SourceWizardState& m_state;
    QLineEdit* m_fullPath;
    QCheckBox* m_samePath;
    QLineEdit* m_logPath;
    FindingsLabel* m_findings;
};

} // namespace bts
