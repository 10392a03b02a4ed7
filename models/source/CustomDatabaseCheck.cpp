#include "CustomDatabaseCheck.h"

#include "sql/SqlRunner.h"

#include <QCoreApplication>
#include <QSet>

namespace bts {
namespace {

// The file's messages, under one context for lupdate and the translator alike.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(bts::CustomDatabaseCheck)
};

// The objects the job calls or writes in every database it backs up.
const QStringList& requiredObjects()
{
    static const QStringList objects = {
        QStringLiteral("sp_BackupBizTalkFull"), QStringLiteral("sp_BackupBizTalkLog"),
        QStringLiteral("sp_SetMark"), QStringLiteral("sp_SetMarkRemote"),
        QStringLiteral("MarkLog")};
    return objects;
}

} // namespace

Result<CustomDatabaseCheck> checkCustomDatabase(const SqlConnector& connector,
                                                const QString& server, const QString& database)
{
    const Finding::Field f = Finding::Field::Databases;
    CustomDatabaseCheck check;
    const SqlRunner run(connector);
    Result<QSqlQuery> catalogue =
        run.query(server, QStringLiteral("master"), QStringLiteral("recovery_models"));
    if (!catalogue)
        return catalogue.error();
    while (catalogue.value().next()) {
        if (catalogue.value().value(0).toString().compare(database, Qt::CaseInsensitive) == 0) {
            check.exists = true;
            check.recoveryModel = catalogue.value().value(1).toString();
        }
    }
    if (!check.exists) {
        check.findings.append({Finding::Level::Error, f,
                               Text::tr("There is no database '%1' on %2.").arg(database, server)});
        return check;
    }
    if (check.recoveryModel.compare(QLatin1String("FULL"), Qt::CaseInsensitive) == 0)
        check.findings.append({Finding::Level::Ok, f,
                               Text::tr("%1 uses the FULL recovery model: OK.").arg(database)});
    else
        check.findings.append(
            {Finding::Level::Error, f,
             Text::tr("%1 uses the %2 recovery model: log backups need FULL. Run ALTER DATABASE %3 "
                      "SET RECOVERY FULL first.")
                 .arg(database, check.recoveryModel,
                      QLatin1Char('[') +
                          QString(database).replace(QLatin1Char(']'), QStringLiteral("]]")) +
                          QLatin1Char(']'))});

    Result<QSqlQuery> objects = run.query(server, database, QStringLiteral("database_objects"),
                                          {QStringLiteral("P"), QStringLiteral("U")});
    if (!objects)
        return objects.error();
    QSet<QString> present;
    while (objects.value().next())
        present.insert(objects.value().value(0).toString().toLower());
    for (const QString& name : requiredObjects()) {
        if (!present.contains(name.toLower()))
            check.missingObjects.append(name);
    }
    if (check.missingObjects.isEmpty())
        check.findings.append(
            {Finding::Level::Ok, f,
             Text::tr("The backup procedures and MarkLog are in %1: OK.").arg(database)});
    else
        check.findings.append(
            {Finding::Level::Error, f,
             Text::tr("%1 lacks %2: run Backup_Setup_All_Procs.sql and Backup_Setup_All_Tables.sql "
                      "from the BizTalk Schema folder in it first.")
                 .arg(database, check.missingObjects.join(QStringLiteral(", ")))});

    Result<QSqlQuery> roles =
        run.query(server, database, QStringLiteral("database_roles"), {QStringLiteral("R")});
    if (!roles)
        return roles.error();
    while (roles.value().next()) {
        if (roles.value().value(0).toString().compare(QLatin1String("BTS_BACKUP_USERS"),
                                                      Qt::CaseInsensitive) == 0)
            check.hasBackupRole = true;
    }
    check.findings.append(
        {check.hasBackupRole ? Finding::Level::Info : Finding::Level::Warning, f,
         check.hasBackupRole
             ? Text::tr("Make the account of the management server's SQL Server Agent a member of "
                        "BTS_BACKUP_USERS in %1.")
                   .arg(database)
             : Text::tr("%1 has no BTS_BACKUP_USERS role: Backup_Setup_All_Procs.sql creates it.")
                   .arg(database)});
    return check;
}

} // namespace bts
