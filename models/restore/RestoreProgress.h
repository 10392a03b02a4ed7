#pragma once

#include "RestoreReport.h"

#include <QString>

#include <optional>

namespace bts {

// How far a failover got, kept on disk so that a wizard closed half-way (or a console that
// crashed) resumes where it stopped instead of running a step twice.
struct RestoreProgress {
    QString lastCompletedPage; // objectName of the last page whose changes ran
    RestoreReport report;
    // Where the failover moved the management database, once known (to open the new group).
    QString newManagementServer;
    QString newManagementDatabase;
};

// Keyed by the group (management server and database). No secrets: the report holds previews.
class RestoreProgressStore {
public:
    explicit RestoreProgressStore(QString group)
        : m_group(std::move(group))
    {}

    std::optional<RestoreProgress> load() const;
    void save(const RestoreProgress& progress) const;
    void clear() const;

private:
    QString m_group;
};

} // namespace bts
