#pragma once

#include "SourceWizardState.h"

#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace bts {

class FindingsLabel;

// When full backups are taken, how often the job runs, and the mark name.
class SchedulePage : public QWizardPage {
    Q_OBJECT

public:
    SchedulePage(SourceWizardState& state, QWidget* parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    void update();
    SourceJobConfig edited() const;

    SourceWizardState& m_state;
    QComboBox* m_frequency;
    QCheckBox* m_useBackupHour;
    QSpinBox* m_backupHour;
    QCheckBox* m_useLocalTime;
    QCheckBox* m_forceFull;
    QLineEdit* m_markName;
    QSpinBox* m_interval;
    QCheckBox* m_compression;
    QLabel* m_versionNote;
    FindingsLabel* m_findings;
};

} // namespace bts
