#include "RestoreChecklists.h"

#include <QCoreApplication>

namespace bts {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("bts::RestoreChecklists", text);
}

} // namespace

QStringList stopProcessingChecklist()
{
    return {
        tr("Disable every receive location, and write down which were enabled."),
        tr("Stop every host instance, and write down which were running."),
        tr("Stop the other BizTalk SQL Server Agent jobs on the BizTalk SQL Servers (the console "
           "disables the "
           "Backup BizTalk Server job on the previous page)."),
        tr("If BAM is used: disable the BAM cube update and data maintenance SSIS packages."),
        tr("Stop Analysis Services: net stop MSSQLServerOLAPService"),
        tr("Stop the other BizTalk services: net stop ENTSSO, and the Rule Engine Update Service."),
        tr("Close every client: BizTalk Administration consoles, Visual Studio, applications."),
        tr("Check that no connection remains to the BizTalk databases: EXEC sp_who2 (kill only as "
           "a last resort)."),
    };
}

QStringList afterRestoreChecklist(const QString& newManagementServer,
                                  const QString& managementDatabase)
{
    return {
        tr("If BAM is used: on one BizTalk server, from a 64-bit command prompt "
           "(%SystemDrive%\\Windows\\System32\\cmd.exe), in the Schema\\Restore folder of "
           "BizTalk: cscript UpdateDatabase.vbs SampleUpdateInfo.xml. The console made the "
           "script's database updates on the previous page; the script repeats them (they find "
           "nothing left to change, but it also renames every BizTalk server in adm_Server to the "
           "management SQL Server) and then updates BAM, which only a BizTalk server can do. With "
           "SQL Server 2016 or later, if it says 'Invalid connection string attribute', change "
           "conn.Provider = \"SQLOLEDB\" to \"MSOLEDBSQL\" in the script."),
        tr("Copy the same SampleUpdateInfo.xml to the Schema\\Restore folder of every BizTalk "
           "server."),
        tr("On every BizTalk server, from a 64-bit command prompt: cscript UpdateRegistry.vbs "
           "SampleUpdateInfo.xml"),
        tr("Restart every BizTalk service (host instances) on every BizTalk server."),
        tr("Restart Windows Management Instrumentation on every BizTalk server: "
           "powershell -Command \"Restart-Service -Name Winmgmt -Force\""),
        tr("If the Business Rule Engine is used: restart the Rule Engine Update Service on every "
           "server."),
        tr("On the master secret server: ssoconfig -restoreSecret <backup file>  (in \\Program "
           "Files\\Common "
           "Files\\Enterprise Single Sign-On); update the SSO server name in the group's "
           "properties if it moved."),
        tr("In BizTalk Administration: remove the BizTalk Group node, then Connect to Existing "
           "Group on %1, "
           "database %2.")
            .arg(newManagementServer, managementDatabase),
        tr("If BAM is used: restore BAMArchive, BAMStarSchema and BAMAnalysis from backups taken "
           "before the mark, "
           "then bm.exe get-config / update-config to point BAM at the new servers."),
        tr("Enable host instances and receive locations again, once the group checks out."),
    };
}

} // namespace bts
