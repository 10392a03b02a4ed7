#include "SourceContext.h"

#include "sql/SqlRunner.h"

namespace bts {

bool SourceContext::procedureHas(const QString& procedure, const QString& parameter) const
{
    for (const QString& name : procedureParameters.value(procedure.toLower())) {
        if (name.compare(parameter, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

Result<SourceContext> readSourceContext(const GroupBackend& backend)
{
    Result<GroupSnapshot> snapshot = backend.readSnapshot();
    if (!snapshot)
        return snapshot.error();
    SourceContext context;
    context.snapshot = snapshot.value();

    const SqlRunner run(backend.connector());
    const QString server = backend.managementServer();
    const QString database = backend.managementDatabase();
    Result<QSqlQuery> parameters =
        run.query(server, database, QStringLiteral("backup_procedure_parameters"),
                  {QStringLiteral("dbo.sp_SetBackupCompression"),
                   QStringLiteral("dbo.sp_BackupAllFull_Schedule"),
                   QStringLiteral("dbo.sp_MarkAll"), QStringLiteral("dbo.sp_DeleteBackupHistory")});
    if (!parameters)
        return parameters.error();
    while (parameters.value().next()) {
        const QString procedure = parameters.value().value(0).toString().toLower();
        QString name = parameters.value().value(1).toString();
        if (name.startsWith(QLatin1Char('@')))
            name.remove(0, 1);
        context.procedureParameters[procedure].append(name);
    }

    Result<QSqlQuery> others =
        run.query(server, database, QStringLiteral("other_backup_databases"));
    if (!others)
        return others.error();
    while (others.value().next()) {
        const QSqlQuery& q = others.value();
        context.otherDatabases.append({q.value(0).toString(), q.value(1).toString(),
                                       q.value(2).toString(), q.value(3).toString()});
    }
    return context;
}

} // namespace bts
