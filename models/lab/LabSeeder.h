#pragma once

#include "core/Result.h"

#include <QDateTime>
#include <QString>

namespace bts {

// Writes a fresh lab: every simulated server and database file, with the BizTalk configuration
// and the Backup BizTalk Server job exactly as BizTalk creates them (disabled, unconfigured).
class LabSeeder {
public:
    explicit LabSeeder(QString root)
        : m_root(std::move(root))
    {}

    Status seed(const QDateTime& startUtc, int utcOffsetSeconds) const;
    // Brings a lab written by an earlier version up to date without losing its state: the
    // master tables it lacks (with their seed rows) and the Schema folder's stand-ins.
    Status upgrade() const;

private:
    Status createDatabase(const QString& server, const QString& database,
                          const QStringList& scripts) const;
    Status seedMaster(const QString& server, const QDateTime& startUtc, int utcOffsetSeconds) const;
    Status seedManagement() const;
    Status seedBackupObjects(const QString& server, const QString& database) const;
    Status seedBackupJob(const QDateTime& startUtc, int utcOffsetSeconds) const;

    QString m_root;
};

} // namespace bts
