#include "RestoreChecklists.h"

#include <QCoreApplication>

namespace bts {
namespace {

// The file's messages, under one context for lupdate and the translator alike.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(bts::RestoreChecklists)
};

} // namespace

QStringList stopProcessingChecklist()
{
    return {
        Text::tr("Disable every receive location, and write down which were enabled."),
        Text::tr("Stop every host instance, and write down which were running."),
        Text::tr(
            "Stop the other BizTalk SQL Server Agent jobs on the BizTalk SQL Servers (the console "
            "disables the Backup BizTalk Server job on this page)."),
        Text::tr("If BAM is used: disable the BAM cube update and data maintenance SSIS packages."),
        Text::tr("Stop Analysis Services: net stop MSSQLServerOLAPService"),
        Text::tr("Stop the other BizTalk services: net stop ENTSSO, and the Rule Engine Update "
                 "Service."),
        Text::tr(
            "Close every client: BizTalk Administration consoles, Visual Studio, applications."),
        Text::tr(
            "Check that no connection remains to the BizTalk databases: EXEC sp_who2 (kill only as "
            "a last resort)."),
    };
}

QStringList afterRestoreChecklist(const QString& newManagementServer,
                                  const QString& managementDatabase)
{
    return {
        Text::tr(
            "If BAM is used: on one BizTalk server, from a 64-bit command prompt "
            "(%SystemDrive%\\Windows\\System32\\cmd.exe), in the Schema\\Restore folder of "
            "BizTalk: cscript UpdateDatabase.vbs SampleUpdateInfo.xml. The console made the "
            "script's database updates on the previous page; the script repeats them (they find "
            "nothing left to change, but it also renames every BizTalk server in adm_Server to the "
            "management SQL Server) and then updates BAM, which only a BizTalk server can do. With "
            "SQL Server 2016 or later, if it says 'Invalid connection string attribute', change "
            "conn.Provider = \"SQLOLEDB\" to \"MSOLEDBSQL\" in the script."),
        Text::tr(
            "Copy the same SampleUpdateInfo.xml to the Schema\\Restore folder of every BizTalk "
            "server."),
        Text::tr(
            "On every BizTalk server, from a 64-bit command prompt: cscript UpdateRegistry.vbs "
            "SampleUpdateInfo.xml"),
        Text::tr("Restart every BizTalk service (host instances) on every BizTalk server."),
        Text::tr("Restart Windows Management Instrumentation on every BizTalk server: "
                 "powershell -Command \"Restart-Service -Name Winmgmt -Force\""),
        Text::tr(
            "If the Business Rule Engine is used: restart the Rule Engine Update Service on every "
            "server."),
        Text::tr(
            "On the master secret server: ssoconfig -restoreSecret <backup file>  (in \\Program "
            "Files\\Common "
            "Files\\Enterprise Single Sign-On); update the SSO server name in the group's "
            "properties if it moved."),
        Text::tr(
            "In BizTalk Administration: remove the BizTalk Group node, then Connect to Existing "
            "Group on %1, "
            "database %2.")
            .arg(newManagementServer, managementDatabase),
        Text::tr(
            "If BAM is used: restore BAMArchive, BAMStarSchema and BAMAnalysis from backups taken "
            "before the mark, "
            "then bm.exe get-config / update-config to point BAM at the new servers."),
        Text::tr("Enable host instances and receive locations again, once the group checks out."),
    };
}

} // namespace bts
