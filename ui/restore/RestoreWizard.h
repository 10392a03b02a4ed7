#pragma once

#include "RestoreWizardState.h"

#include <QWizard>

namespace bts {

// Fails a BizTalk group over to its destinations: pre-flight, a typed confirmation, stopping the
// source and log shipping, Restore To Mark followed until every database is ONLINE,
// SampleUpdateInfo.xml, and the operator's checklist for what needs the BizTalk servers.
class RestoreWizard : public QWizard {
    Q_OBJECT

public:
    // With `resume`, starts after the last step that ran in an earlier session of the same
    // group, with its timeline (see hasUnfinishedFailover).
    RestoreWizard(std::shared_ptr<const GroupBackend> backend, bool resume = false,
                  QWidget* parent = nullptr);

    static bool hasUnfinishedFailover(const GroupBackend& backend);
    // Where an unfinished failover stopped, in words, for the question whether to resume it.
    static QString unfinishedFailoverDescription(const GroupBackend& backend);

signals:
    void changed();
    // The operator asked to manage the group the failover made, and to configure its backup job.
    void newGroupRequested(const QString& managementServer, const QString& managementDatabase);

private:
    void saveProgress(const QString& completedPage);
    void resumeFrom(const QString& completedPage);

    RestoreWizardState m_state;
};

} // namespace bts
