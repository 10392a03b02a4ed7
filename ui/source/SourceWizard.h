#pragma once

#include "SourceWizardState.h"

#include <QWizard>

namespace bts {

// Configures the Backup BizTalk Server job: backup folder, schedule and marks, history to keep,
// custom databases; then shows the exact T-SQL and applies it. Opened with the context already
// read, so that no page waits on a server before it can show.
class SourceWizard : public QWizard {
    Q_OBJECT

public:
    SourceWizard(std::shared_ptr<const GroupBackend> backend, SourceContext context,
                 QWidget* parent = nullptr);

    const SourceJobConfig& config() const { return m_state.config; }

signals:
    void applied();

private:
    SourceWizardState m_state;
};

} // namespace bts
