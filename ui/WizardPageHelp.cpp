#include "WizardPageHelp.h"

#include <QBoxLayout>
#include <QCoreApplication>
#include <QLabel>
#include <QWizard>
#include <QWizardPage>

#include <spdlog/spdlog.h>

namespace bts {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(bts::WizardPageHelp)
};

struct PageHelp {
    const char* page;    // the page's objectName
    const char* text;    // two sentences, marked for translation
    const char* article; // the article's path under https://learn.microsoft.com/biztalk/
    const char* title;   // the article's title, as Microsoft Learn shows it
};

// The facts behind each sentence are those of the Microsoft Learn article named beside it.
const PageHelp kHelp[] = {
    // Source wizard: the Backup BizTalk Server job.
    {"backupFolderPage",
     QT_TRANSLATE_NOOP("bts::WizardPageHelp",
                       "The Backup BizTalk Server job writes marked full and log backups of every "
                       "BizTalk database into these folders. Each destination restores them from "
                       "the same place, so its SQL Server service account must be able to read "
                       "them."),
     "core/how-to-configure-the-backup-biztalk-server-job",
     "How to Configure the Backup BizTalk Server Job"},
    {"schedulePage",
     QT_TRANSLATE_NOOP("bts::WizardPageHelp",
                       "Every run of the job marks all BizTalk databases in one transaction and "
                       "backs up their logs; a full set is taken once per period. A restore stops "
                       "at one of these marks, so every database comes back to the same moment."),
     "core/marked-transactions-full-backups-and-log-backups",
     "Marked Transactions, Full Backups, and Log Backups"},
    {"retentionPage",
     QT_TRANSLATE_NOOP("bts::WizardPageHelp",
                       "The job's last step deletes backup history, and from BizTalk 2016 old "
                       "marks, older than this. It never deletes backup files: purge them "
                       "yourself, keeping the newest full set and every log set after it."),
     "core/how-to-configure-the-backup-biztalk-server-job",
     "How to Configure the Backup BizTalk Server Job"},
    {"databasesPage",
     QT_TRANSLATE_NOOP("bts::WizardPageHelp",
                       "The job backs up BizTalk's own databases and the custom ones listed in "
                       "adm_OtherBackupDatabases. Each needs the FULL recovery model and the "
                       "backup procedures, or its backups fail and the set is partial."),
     "core/how-to-back-up-custom-databases", "How to Back Up Custom Databases"},
    {"summaryPage",
     QT_TRANSLATE_NOOP("bts::WizardPageHelp",
                       "This is exactly what will run against the management database and msdb, "
                       "one statement after another, with every value bound as a parameter. "
                       "Nothing has changed yet: copy or save it for the change record, then "
                       "apply it."),
     "core/how-to-configure-the-backup-biztalk-server-job",
     "How to Configure the Backup BizTalk Server Job"},
    {"resultPage",
     QT_TRANSLATE_NOOP("bts::WizardPageHelp",
                       "The job now runs on SQL Server Agent's schedule; its first run takes a "
                       "full set. Log shipping can be set up once that full set exists, since a "
                       "destination starts from it."),
     "core/how-to-schedule-the-backup-biztalk-server-job",
     "How to Schedule the Backup BizTalk Server Job"},

    // Destination wizard: BizTalk log shipping.
    {"destinationChoicePage",
     QT_TRANSLATE_NOOP("bts::WizardPageHelp",
                       "A destination SQL Server imports the source's backup history and restores "
                       "every log backup, so that it stays one set behind. One destination can "
                       "restore every database, or each can restore the databases of one source "
                       "server."),
     "core/how-to-configure-the-destination-system-for-log-shipping",
     "How to Configure the Destination System for Log Shipping"},
    {"prerequisitesPage",
     QT_TRANSLATE_NOOP("bts::WizardPageHelp",
                       "A destination must run the same SQL Server version as the source, allow "
                       "Ad Hoc Distributed Queries and run SQL Server Agent. It also needs the "
                       "source's data and log folders, because a restore cannot move files."),
     "technical-guides/preparing-the-disaster-recovery-sql-servers",
     "Preparing the Disaster Recovery SQL Servers"},
    {"scriptsPage",
     QT_TRANSLATE_NOOP("bts::WizardPageHelp",
                       "LogShipping_Destination_Schema.sql creates the log shipping tables in "
                       "master and LogShipping_Destination_Logic.sql its procedures. They come "
                       "with BizTalk Server, in its Schema folder, and must match its version."),
     "core/how-to-configure-the-destination-system-for-log-shipping",
     "How to Configure the Destination System for Log Shipping"},
    {"configurePage",
     QT_TRANSLATE_NOOP("bts::WizardPageHelp",
                       "bts_ConfigureBizTalkLogShipping records where the source's management "
                       "database is and reads the list of its databases. It creates the Get "
                       "Backup History, Restore Databases and Restore To Mark jobs, disabled."),
     "core/how-to-configure-the-destination-system-for-log-shipping",
     "How to Configure the Destination System for Log Shipping"},
    {"setupApplyPage",
     QT_TRANSLATE_NOOP("bts::WizardPageHelp",
                       "Exactly what will run on each destination, in master, one batch after "
                       "another; nothing has changed yet. If a batch fails, fix the cause and run "
                       "again from the schema script, which starts the configuration afresh."),
     "core/how-to-configure-the-destination-system-for-log-shipping",
     "How to Configure the Destination System for Log Shipping"},
    {"pathsJobsPage",
     QT_TRANSLATE_NOOP("bts::WizardPageHelp",
                       "Leave a folder empty to read the backups where the job wrote them, or set "
                       "one if the files moved or the destination reaches them by another path. "
                       "Then enable the jobs that import the history and restore every log."),
     "core/how-to-configure-the-destination-system-for-log-shipping",
     "How to Configure the Destination System for Log Shipping"},
    {"destinationResultPage",
     QT_TRANSLATE_NOOP("bts::WizardPageHelp",
                       "The destination now imports every new backup set and restores it, leaving "
                       "its databases RESTORING. The Log shipping tab shows whether it keeps up, "
                       "and the restore wizard uses it after a failure."),
     "technical-guides/monitoring-biztalk-server-log-shipping",
     "Monitoring BizTalk Server Log Shipping"},

    // Restore wizard: restore to the last mark.
    {"preflightPage",
     QT_TRANSLATE_NOOP("bts::WizardPageHelp",
                       "Every destination must be at the same last restored set before the "
                       "restore to the mark; a lagging one may catch up if Restore Databases runs "
                       "once more. Nothing changes on this page."),
     "core/how-to-restore-your-databases", "How to Restore Your Databases"},
    {"confirmFailoverPage",
     QT_TRANSLATE_NOOP("bts::WizardPageHelp",
                       "From the next page on, the wizard changes servers: it stops backups on the "
                       "source, stops log shipping and restores every database to the last mark. "
                       "Transactions after that mark are lost, so the source must not be used "
                       "again."),
     "core/how-to-restore-your-databases", "How to Restore Your Databases"},
    {"stopSourcePage",
     QT_TRANSLATE_NOOP("bts::WizardPageHelp",
                       "If the source still runs, nothing may change it after the last mark: the "
                       "console disables the Backup BizTalk Server job, and the rest needs the "
                       "BizTalk servers. If the source is lost, tick what no longer applies."),
     "technical-guides/stopping-application-processing-on-the-source-system",
     "Stopping Application Processing on the Source System"},
    {"stopShippingPage",
     QT_TRANSLATE_NOOP("bts::WizardPageHelp",
                       "On every destination, Get Backup History and Restore Databases are "
                       "disabled. Restore Databases then runs once more, to restore what was "
                       "already imported."),
     "core/how-to-restore-your-databases", "How to Restore Your Databases"},
    {"restoreToMarkPage",
     QT_TRANSLATE_NOOP("bts::WizardPageHelp",
                       "Restore To Mark restores the last log of every database WITH STOPATMARK "
                       "and brings the databases online. It also recreates the source's SQL "
                       "Server Agent jobs on the destination."),
     "core/how-to-restore-your-databases", "How to Restore Your Databases"},
    {"updateInfoPage",
     QT_TRANSLATE_NOOP("bts::WizardPageHelp",
                       "UpdateDatabase.vbs and UpdateRegistry.vbs read the old and new location of "
                       "every database from this file. The same file goes to the Restore folder "
                       "of every BizTalk server."),
     "core/how-to-restore-your-databases", "How to Restore Your Databases"},
    {"managementUpdatePage",
     QT_TRANSLATE_NOOP("bts::WizardPageHelp",
                       "These are the updates UpdateDatabase.vbs makes in the new management "
                       "database: the group, MessageBox, tracking and other-database entries, and "
                       "the MessageBox jobs. Until they run, BizTalk still looks for the old "
                       "servers."),
     "core/how-to-restore-your-databases", "How to Restore Your Databases"},
    {"afterRestorePage",
     QT_TRANSLATE_NOOP("bts::WizardPageHelp",
                       "What needs the BizTalk servers themselves, with the exact commands: "
                       "UpdateRegistry.vbs, the services, the SSO master secret and BAM. Then "
                       "give the new system its Backup BizTalk Server job and a new destination."),
     "core/how-to-restore-your-databases", "How to Restore Your Databases"},
    {"restoreReportPage",
     QT_TRANSLATE_NOOP("bts::WizardPageHelp",
                       "The timeline of the failover: every step, who ran it, the statements, "
                       "their outcome and how long they took. Keep it with the record of the "
                       "disaster recovery drill."),
     "technical-guides/checklist-increasing-availability-with-disaster-recovery",
     "Checklist: Increasing Availability with Disaster Recovery"},
};

const PageHelp* helpFor(const QString& page)
{
    for (const PageHelp& help : kHelp) {
        if (page == QLatin1String(help.page))
            return &help;
    }
    return nullptr;
}

} // namespace

QStringList applyPageHelp(QWizard* wizard)
{
    QStringList unknown;
    for (const int id : wizard->pageIds()) {
        QWizardPage* page = wizard->page(id);
        const PageHelp* help = helpFor(page->objectName());
        if (!help) {
            unknown.append(page->objectName());
            spdlog::warn("Wizard page {} has no help", page->objectName().toStdString());
            continue;
        }
        // A label of the page's own, not QWizard's subtitle: the wizard's header shows two lines
        // at most, and cuts longer help (in German, most of it) off without a sign.
        auto* about =
            new QLabel(QCoreApplication::translate("bts::WizardPageHelp", help->text), page);
        about->setObjectName(QStringLiteral("pageHelpLabel"));
        about->setWordWrap(true);
        about->setTextFormat(Qt::PlainText);
        if (auto* box = qobject_cast<QBoxLayout*>(page->layout()))
            box->insertWidget(0, about);
        else if (page->layout())
            page->layout()->addWidget(about);
        const QString url = QStringLiteral("https://learn.microsoft.com/biztalk/%1")
                                .arg(QLatin1String(help->article));
        auto* fact = new QLabel(page);
        fact->setObjectName(QStringLiteral("pageFactLabel"));
        fact->setWordWrap(true);
        fact->setTextFormat(Qt::RichText);
        fact->setTextInteractionFlags(Qt::TextBrowserInteraction);
        fact->setOpenExternalLinks(true);
        fact->setText(Text::tr("Microsoft's documentation: <a href=\"%1\">%2</a>")
                          .arg(url, QString::fromUtf8(help->title).toHtmlEscaped()));
        fact->setAccessibleName(
            Text::tr("Microsoft's documentation: %1").arg(QString::fromUtf8(help->title)));
        fact->setToolTip(url);
        if (page->layout())
            page->layout()->addWidget(fact);
    }
    return unknown;
}

} // namespace bts
