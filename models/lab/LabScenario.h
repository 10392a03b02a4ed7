#pragma once

#include "core/Result.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace bts {

class Lab;

// Ready-made states of the lab for rehearsing monitoring: each starts from a fresh lab with
// backups and log shipping to LABSQL02 running for a few hours, then breaks one thing the way it
// breaks in production.
enum class LabScenario {
    Healthy,           // every destination keeps up: one set behind, as log shipping should be
    DestinationBehind, // LABSQL02's Agent stopped three hours ago: it restored nothing since
    PartialSet,        // BizTalkDTADb's backups fail: partial sets, LABSQL02 stuck until a full
    Gap,               // LABSQL02 restored past sets it never restored, with no full set since
    MissingBackupFile, // a log backup file LABSQL02 needs next is gone
    JobFailing,        // the Backup BizTalk Server job fails on every run
    SourceLost,        // LABSQL01 is gone: only the destination can be read
};

QStringList labScenarioNames(); // "healthy", "behind", "partial-set", "gap", "missing-file",
                                // "job-failing", "source-lost", in the enum's order
QString labScenarioName(LabScenario scenario);
std::optional<LabScenario> labScenarioFromName(const QString& name);
QString labScenarioDescription(LabScenario scenario); // one sentence for a menu's tooltip

// Resets the lab and builds `scenario` on it, its clock starting at `startUtc`. Blocks for a few
// seconds: call on a database thread.
Status applyLabScenario(const std::shared_ptr<Lab>& lab, LabScenario scenario,
                        const QDateTime& startUtc = QDateTime(QDate(2026, 11, 23), QTime(21, 55),
                                                              Qt::UTC));

} // namespace bts
