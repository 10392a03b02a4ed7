#pragma once

#include "RestoreStepPage.h"

#include <QTimer>

class QLabel;
class QTreeWidget;

namespace bts {

// Starts Restore To Mark on every destination and follows it: each database's state as it comes
// ONLINE, and the job's own message when it fails.
class RestoreToMarkPage : public RestoreStepPage {
    Q_OBJECT

public:
    RestoreToMarkPage(RestoreWizardState& state, QWidget* parent = nullptr);

    bool isComplete() const override;

private:
    void poll();

    RestoreWizardState& m_state;
    QLabel* m_progress;
    QTreeWidget* m_databases;
    QTimer m_timer;
    bool m_polling = false;
    bool m_allOnline = false;
};

} // namespace bts
