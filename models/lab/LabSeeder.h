#pragma once

#include "core/Result.h"

#include <QStringList>

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
    // tables it lacks (with their seed rows), new columns of the destinations' tables and the
    // Schema folder's stand-ins.
    Status upgrade() const;

    static inline const QString MasterSchema = QStringLiteral(":/lab/master_schema.sql");
    static inline const QString ManagementSchema = QStringLiteral(":/lab/management_schema.sql");
    static inline const QString MessageBoxSchema = QStringLiteral(":/lab/messagebox_schema.sql");

    // The statements of one of the lab's DDL resources.
    static QStringList scriptStatements(const QString& resource);
    // CREATE VIEW admv_BackupDatabases for the management database `database` on `server` (the
    // view holds the server's name where BizTalk's calls SERVERPROPERTY('servername')).
    static QStringList managementViewStatements(const QString& server, const QString& database);

private:
    // Creates the tables of `resource` that `database` lacks; says whether it lacked `probe`.
    Result<bool> ensureTables(const QString& server, const QString& database,
                              const QString& resource, const QString& probe) const;
    Status upgradeRuntime() const;
    Status upgradeJobStepCopies(const QString& server) const;
    Status createDatabase(const QString& server, const QString& database,
                          const QStringList& scripts) const;
    Status seedMaster(const QString& server, const QDateTime& startUtc, int utcOffsetSeconds) const;
    Status seedManagement() const;
    Status seedBackupObjects(const QString& server, const QString& database) const;
    Status seedBackupJob(const QDateTime& startUtc, int utcOffsetSeconds) const;

    QString m_root;
};

} // namespace bts
