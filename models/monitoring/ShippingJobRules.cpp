// The SQL Agent jobs bts_ConfigureBizTalkLogShipping creates on a destination (facts §2.3): Get
// Backup History and Restore Databases must exist, be enabled and succeed for log shipping to go
// on; Restore To Mark must exist for a failover to run.

#include "ShippingRules.h"

namespace bts::shipping {
namespace {

void add(Findings& findings, StatusLevel level, const QString& subject, const QString& sentence,
         int index)
{
    findings.append(Finding{{level, ShippingTopic::DestinationJob, subject, sentence}, {index}});
}

void addMissingJobFindings(const DestinationState& state, int index, Findings& findings)
{
    const QString& server = state.server;
    if (!state.job(LogShippingJobKind::GetBackupHistory)) {
        add(findings, StatusLevel::Critical, server,
            ShippingText::tr(
                "%1 has no Get Backup History job: it imports no new backup history and falls "
                "behind; set log shipping up again (Destination > Set up log shipping).")
                .arg(server),
            index);
    }
    if (!state.job(LogShippingJobKind::RestoreDatabases)) {
        add(findings, StatusLevel::Critical, server,
            ShippingText::tr(
                "%1 has no Restore Databases job: it restores nothing and falls behind; set log "
                "shipping up again (Destination > Set up log shipping).")
                .arg(server),
            index);
    }
    if (!state.job(LogShippingJobKind::RestoreToMark)) {
        add(findings, StatusLevel::Warning, server,
            ShippingText::tr(
                "%1 has no Restore To Mark job: a failover cannot run there; set log shipping up "
                "again (Destination > Set up log shipping).")
                .arg(server),
            index);
    }
}

} // namespace

void addJobFindings(const ShippingFacts& facts, int index, Findings& findings)
{
    const DestinationState& state = facts.snapshot.destinations.at(index);
    const QString& server = state.server;
    addMissingJobFindings(state, index, findings);
    for (const LogShippingJob& job : state.jobs) {
        if (job.kind == LogShippingJobKind::Other)
            continue;
        // Restore To Mark only runs at failover; whether it is created enabled is not known
        // (facts §2.3), so its state says nothing.
        const bool shipping = job.kind == LogShippingJobKind::GetBackupHistory ||
                              job.kind == LogShippingJobKind::RestoreDatabases;
        if (shipping && !job.enabled) {
            if (facts.sourceReachable) {
                add(findings, StatusLevel::Warning, server,
                    ShippingText::tr(
                        "The job '%1' on %2 is disabled: log shipping to %2 has stopped; enable it "
                        "in SQL Server Agent on %2, or with Destination > Set up log shipping.")
                        .arg(job.name, server),
                    index);
            } else {
                // A failover disables both jobs before Restore To Mark (facts §3.2).
                add(findings, StatusLevel::Info, server,
                    ShippingText::tr(
                        "The job '%1' on %2 is disabled, as it should be before a restore to the "
                        "last mark while the source is lost; enable it again only when log "
                        "shipping to %2 resumes.")
                        .arg(job.name, server),
                    index);
            }
        }
        if (!job.lastRun)
            continue;
        const QString when = serverTimeText(job.lastRun->startedAt);
        if (job.lastRun->runStatus == 0 && !facts.sourceReachable &&
            job.kind == LogShippingJobKind::GetBackupHistory) {
            // It reads the source's history, so it fails with the source: the lost source is the
            // critical news, and this destination can still restore what it imported.
            add(findings, StatusLevel::Warning, server,
                ShippingText::tr(
                    "The last run of '%1' on %2 (%3 server time) failed: %4; it imports nothing "
                    "while the source cannot be reached, but %2 can still restore to the last "
                    "mark it imported.")
                    .arg(job.name, server, when, messageText(job.lastRun->message)),
                index);
        } else if (job.lastRun->runStatus == 0) {
            add(findings, StatusLevel::Critical, server,
                ShippingText::tr(
                    "The last run of '%1' on %2 (%3 server time) failed: %4; fix the cause, then "
                    "check that its next run succeeds.")
                    .arg(job.name, server, when, messageText(job.lastRun->message)),
                index);
        } else if (job.lastRun->runStatus == 3) {
            add(findings, StatusLevel::Warning, server,
                ShippingText::tr(
                    "The last run of '%1' on %2 (%3 server time) was cancelled: check that its "
                    "next run succeeds.")
                    .arg(job.name, server, when),
                index);
        }
    }
}

} // namespace bts::shipping
