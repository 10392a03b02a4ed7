#pragma once

#include "SourceJobValidation.h"
#include "sql/SqlConnector.h"

#include <QStringList>

namespace bts {

// Whether a database can join the Backup BizTalk Server job (facts §1.10, §1.14): FULL recovery,
// the objects of Backup_Setup_All_Procs.sql / _Tables.sql, and the BTS_BACKUP_USERS role.
struct CustomDatabaseCheck {
    bool exists = false;
    QString recoveryModel;
    QStringList missingObjects;
    bool hasBackupRole = false;
    QVector<Finding> findings;

    bool ready() const { return !hasErrors(findings); }
};

// Blocks: call on a database thread.
Result<CustomDatabaseCheck> checkCustomDatabase(const SqlConnector& connector,
                                                const QString& server, const QString& database);

} // namespace bts
