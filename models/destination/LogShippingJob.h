#pragma once

#include "group/BackupJob.h"

#include <QString>

#include <optional>

namespace bts {

// The three jobs bts_ConfigureBizTalkLogShipping creates on a destination. Their exact names
// differ between sources (facts §2.3), so they are found with LIKE 'BTS Log Shipping%' and
// classified by keywords.
enum class LogShippingJobKind { GetBackupHistory, RestoreDatabases, RestoreToMark, Other };

LogShippingJobKind classifyLogShippingJob(const QString& jobName);
QString logShippingJobKindName(LogShippingJobKind kind);

inline const QString LogShippingJobPattern = QStringLiteral("BTS Log Shipping%");

struct LogShippingJob {
    QString name;
    LogShippingJobKind kind = LogShippingJobKind::Other;
    bool enabled = false;
    std::optional<int> intervalMinutes;
    std::optional<JobRun> lastRun;
};

} // namespace bts
