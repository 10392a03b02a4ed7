#include "DatabaseDetailsPane.h"

namespace bts {
namespace {

QString row(const QString& name, const QString& value)
{
    return QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
        .arg(name.toHtmlEscaped(), value.toHtmlEscaped());
}

QString when(const std::optional<QDateTime>& time, qint64 setId, const GroupSnapshot& snapshot)
{
    if (!time)
        return DatabaseDetailsPane::tr("never");
    return DatabaseDetailsPane::tr("%1 %2 (set %3, %4 ago)")
        .arg(time->toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
             snapshot.historyTimesAreLocal ? DatabaseDetailsPane::tr("server local time")
                                           : QStringLiteral("UTC"))
        .arg(setId)
        .arg(describeAge(qMax<qint64>(0, time->secsTo(snapshot.historyNow()))));
}

} // namespace

DatabaseDetailsPane::DatabaseDetailsPane(QWidget* parent)
    : QTextBrowser(parent)
{
    setObjectName(QStringLiteral("detailsPane"));
    setAccessibleName(tr("Database details"));
    setOpenLinks(false);
}

void DatabaseDetailsPane::showDatabase(const GroupDatabase* db, const StatusVerdict* verdict,
                                       const GroupSnapshot& snapshot)
{
    if (!db) {
        showHtml(tr("<p>Select a database to see its details.</p>"));
        return;
    }
    QString html =
        QStringLiteral("<h3>%1</h3>")
            .arg((db->actualName.isEmpty() ? db->defaultName : db->actualName).toHtmlEscaped());
    if (verdict)
        html += QStringLiteral("<p><b>%1:</b> %2</p>")
                    .arg(statusLevelName(verdict->level), verdict->reason.toHtmlEscaped());
    html += QStringLiteral("<table cellspacing='4'>");
    html += row(tr("Role"),
                roleName(db->role) + (db->isMasterMessageBox ? tr(" (master)") : QString()));
    html += row(tr("Default name"), db->defaultName);
    html += row(tr("Server"), db->server.isEmpty() ? tr("unknown") : db->server);
    html += row(tr("Backup method"), backupMethodName(db->method));
    html += row(tr("In admv_BackupDatabases"), db->inBackupJob ? tr("yes") : tr("no"));
    if (db->method != BackupMethod::AnalysisServices) {
        html += row(tr("Recovery model"),
                    db->recoveryModel.isEmpty() ? tr("unknown") : db->recoveryModel);
        html += row(tr("State"), db->state.isEmpty() ? tr("unknown") : db->state);
    }
    if (db->method == BackupMethod::BackupJob) {
        html += row(tr("Last full backup"), when(db->lastFullBackup, db->lastFullSetId, snapshot));
        html += row(tr("Last log backup"), when(db->lastLogBackup, db->lastLogSetId, snapshot));
    }
    html += QStringLiteral("</table>");
    showHtml(html);
}

void DatabaseDetailsPane::showHtml(const QString& html)
{
    // Every refresh shows the selected database again: the document is laid out anew only when
    // its text changed.
    if (html == m_html)
        return;
    m_html = html;
    setHtml(html);
}

} // namespace bts
