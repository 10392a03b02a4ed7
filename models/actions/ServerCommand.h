#pragma once

#include <QPair>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVector>

namespace bts {

// One command that changes a server: a stored-procedure call (msdb.dbo.sp_update_job ...) or a
// parameterised statement from resources/sql (INSERT INTO dbo.adm_OtherBackupDatabases ...).
// The same value gives the preview an operator reads and exports (literals spelled out and
// quoted) and the statement that runs (every value bound as a parameter, never concatenated).
struct ServerCommand {
    QString server;
    QString database;      // the database the connection opens
    QStringList procedure; // {"msdb", "dbo", "sp_update_job"}; empty for a statement
    // Name without '@' (or the column), and value; an empty name is a positional argument.
    QVector<QPair<QString, QVariant>> parameters;
    QString statement;     // a statement with one '?' per parameter, in order; empty for a call
    bool verbatim = false; // a batch of an operator's script: previewed and run as it is
    QString purpose;       // one line for the audit log and the preview's comment

    // A statement loaded from resources/sql/<name>.sql, its values bound in order.
    static ServerCommand fromStatement(const QString& server, const QString& database,
                                       const QString& name,
                                       const QVector<QPair<QString, QVariant>>& parameters,
                                       const QString& purpose);

    // One batch of a script file (e.g. LogShipping_Destination_Schema.sql), run as written.
    static ServerCommand fromBatch(const QString& server, const QString& database,
                                   const QString& batch, const QString& purpose);

    // EXEC [msdb].[dbo].[sp_update_job] @job_name = N'Backup BizTalk Server (BizTalkMgmtDb)',
    // @enabled = 1;
    QString previewSql() const;
    // EXEC [msdb].[dbo].[sp_update_job] @job_name = ?, @enabled = ?;
    QString boundSql() const;
    QVariantList boundValues() const;

    bool isStatement() const { return !statement.isEmpty(); }
    QString procedureName() const { return procedure.isEmpty() ? QString() : procedure.last(); }
    QVariant parameter(const QString& name) const;
};

// A value as a T-SQL literal: N'it''s', 42, NULL.
QString sqlLiteral(const QVariant& value);

} // namespace bts
