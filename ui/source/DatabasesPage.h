#pragma once

#include "SourceWizardState.h"

#include <QWizardPage>

class QCheckBox;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTreeWidget;

namespace bts {

class FindingsLabel;

// The databases the job backs up, and custom databases to add or take out
// (adm_OtherBackupDatabases), each checked before it may be added.
class DatabasesPage : public QWizardPage {
    Q_OBJECT

public:
    DatabasesPage(SourceWizardState& state, QWidget* parent = nullptr);

    void initializePage() override;
    bool validatePage() override;

private:
    void fillJobDatabases();
    void fillCustomDatabases();
    void checkCandidate();
    void addCandidate();
    OtherBackupDatabase candidate() const;
    void candidateEdited();
    void updateForceFull();

    SourceWizardState& m_state;
    QTreeWidget* m_jobDatabases;
    QListWidget* m_custom;
    QLineEdit* m_server;
    QLineEdit* m_database;
    QLineEdit* m_defaultName;
    QLineEdit* m_btsServer;
    QPushButton* m_check;
    QPushButton* m_add;
    FindingsLabel* m_findings;
    QListWidget* m_pending;
    QCheckBox* m_forceFull;
    QVector<OtherBackupDatabase> m_toAdd;
    bool m_candidateReady = false;
};

} // namespace bts
