#pragma once

#include <QPair>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVector>

namespace bts {

// One stored-procedure call that changes a server, e.g. msdb.dbo.sp_update_job. The same value
// gives the preview an operator reads and exports (literals spelled out and quoted) and the
// statement that runs (every value bound as a parameter, never concatenated).
struct ProcedureCall {
    QString server;
    QString database;                             // the database the connection opens
    QStringList procedure;                        // {"msdb", "dbo", "sp_update_job"}
    QVector<QPair<QString, QVariant>> parameters; // name without '@', value (null = NULL)
    QString purpose; // one line for the audit log and the preview's comment

    // EXEC [msdb].[dbo].[sp_update_job] @job_name = N'Backup BizTalk Server (BizTalkMgmtDb)',
    // @enabled = 1;
    QString previewSql() const;
    // EXEC [msdb].[dbo].[sp_update_job] @job_name = ?, @enabled = ?;
    QString boundSql() const;
    QVariantList boundValues() const;

    QString procedureName() const { return procedure.isEmpty() ? QString() : procedure.last(); }
    QVariant parameter(const QString& name) const;
};

} // namespace bts
