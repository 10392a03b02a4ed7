#pragma once

#include "DestinationWizardState.h"

#include <QWizardPage>

class QCheckBox;
class QLabel;
class QTableWidget;

namespace bts {

class ApplyPanel;

// Phase 2, on the configured destinations: where each database's backups are read from
// (DBFileLocation / LogFileLocation), and enabling Get Backup History and Restore Databases.
class PathsJobsPage : public QWizardPage {
    Q_OBJECT

public:
    PathsJobsPage(DestinationWizardState& state, QWidget* parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

private:
    void read();
    void fill();
    void plan();

    DestinationWizardState& m_state;
    QLabel* m_status;
    QTableWidget* m_paths;
    QTableWidget* m_jobs;
    QCheckBox* m_enableJobs;
    ApplyPanel* m_panel;
    bool m_filling = false;
};

} // namespace bts
