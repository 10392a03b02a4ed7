#pragma once

#include "RestoreWizardState.h"

#include <QWizardPage>

#include <functional>

class QListWidget;

namespace bts {

class ApplyPanel;

// One step of the failover: its exact T-SQL with Run, and, where the console cannot do it all,
// the operator's checklist for the rest. Complete once its commands ran (or there were none)
// and every checklist item is ticked.
class RestoreStepPage : public QWizardPage {
    Q_OBJECT

public:
    using Commands = std::function<QVector<ServerCommand>(const RestoreWizardState&)>;

    RestoreStepPage(RestoreWizardState& state, Commands commands, QStringList checklist,
                    QWidget* parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    // Takes the commands from the plan again (after a resume has read the group, or a retry).
    virtual void replan();

signals:
    void applied();

protected:
    ApplyPanel* panel() const { return m_panel; }

private:
    RestoreWizardState& m_state;
    Commands m_commands;
    ApplyPanel* m_panel;
    QListWidget* m_checklist;
};

} // namespace bts
