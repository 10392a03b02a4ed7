#pragma once

#include "RestoreStepPage.h"

class QCheckBox;

namespace bts {

class FindingsLabel;

// The database half of UpdateDatabase.vbs (facts §3.4), done by the console: the new management
// database is read first, so the preview shows the exact rows and connection strings that change;
// what it cannot change (BAM, a missing table or procedure) is said in words.
class ManagementUpdatePage : public RestoreStepPage {
    Q_OBJECT

public:
    ManagementUpdatePage(RestoreWizardState& state, QWidget* parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    // Reads the new management database again: after a failure, what ran is no longer known.
    void replan() override;

private:
    void plan();

    RestoreWizardState& m_state;
    QCheckBox* m_renameServers;
    FindingsLabel* m_notes;
    ManagementUpdateFacts m_facts;
    bool m_ready = false;
};

} // namespace bts
