#include "RestoreToMarkPage.h"

#include "ApplyPanel.h"
#include "core/DatabasePool.h"
#include "destination/DestinationReader.h"
#include "sql/SqlRunner.h"

#include <QHeaderView>
#include <QLabel>
#include <QLayout>
#include <QTreeWidget>

namespace bts {
namespace {

struct DatabaseState {
    QString server;
    QString database;
    QString state;
};

struct FollowResult {
    QVector<DatabaseState> databases;
    QStringList failures; // Restore To Mark's message when its last run failed
};

} // namespace

RestoreToMarkPage::RestoreToMarkPage(RestoreWizardState& state, QWidget* parent)
    : RestoreStepPage(
          state, [](const RestoreWizardState& s) { return s.plan.restoreToMark; }, {}, parent)
    , m_state(state)
    , m_progress(new QLabel(this))
    , m_databases(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("restoreToMarkPage"));
    setTitle(tr("Restore to the last mark"));
    m_progress->setObjectName(QStringLiteral("restoreProgressLabel"));
    m_progress->setWordWrap(true);
    m_databases->setObjectName(QStringLiteral("databaseStatesTree"));
    m_databases->setAccessibleName(tr("State of each database on the destinations"));
    m_databases->setHeaderLabels({tr("Destination"), tr("Database"), tr("State")});
    m_databases->setRootIsDecorated(false);
    m_databases->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    layout()->addWidget(m_progress);
    layout()->addWidget(m_databases);
    m_timer.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, &RestoreToMarkPage::poll);
    connect(this, &RestoreStepPage::applied, this, [this] {
        m_progress->setText(tr("Following the restore..."));
        m_timer.start();
        poll();
    });
}

void RestoreToMarkPage::poll()
{
    if (m_polling)
        return;
    m_polling = true;
    std::shared_ptr<const GroupBackend> backend = m_state.backend;
    QStringList wanted;
    for (const GroupDatabase& db : m_state.snapshot.databases) {
        if (db.inBackupJob)
            wanted.append(db.actualName.toLower());
    }
    // With the source lost, the destinations' own list says which databases they restore.
    for (const DestinationState& destination : m_state.snapshot.destinations) {
        for (auto it = destination.restoredByDatabase.constBegin();
             it != destination.restoredByDatabase.constEnd(); ++it) {
            if (!wanted.contains(it.key()))
                wanted.append(it.key());
        }
    }
    runAsync(
        this,
        [backend, wanted] {
            FollowResult result;
            const SqlRunner run(backend->connector());
            for (const QString& server : backend->destinationServers()) {
                Result<QSqlQuery> rows =
                    run.query(server, QStringLiteral("master"), QStringLiteral("recovery_models"));
                if (!rows) {
                    result.failures.append(rows.error().sentence());
                    continue;
                }
                while (rows.value().next()) {
                    const QString name = rows.value().value(0).toString();
                    if (wanted.contains(name.toLower()))
                        result.databases.append({server, name, rows.value().value(2).toString()});
                }
                const DestinationState state = readDestination(backend->connector(), server);
                if (const LogShippingJob* job = state.job(LogShippingJobKind::RestoreToMark);
                    job && job->lastRun && !job->lastRun->succeeded())
                    result.failures.append(
                        QStringLiteral("%1: %2").arg(server, job->lastRun->message));
            }
            return result;
        },
        [this](const FollowResult& result) {
            m_polling = false;
            m_databases->clear();
            int online = 0;
            for (const DatabaseState& db : result.databases) {
                auto* item = new QTreeWidgetItem(m_databases, {db.server, db.database, db.state});
                const bool isOnline =
                    db.state.compare(QLatin1String("ONLINE"), Qt::CaseInsensitive) == 0;
                item->setIcon(2, QIcon(isOnline ? QStringLiteral(":/icons/status-ok.svg")
                                                : QStringLiteral(":/icons/status-warning.svg")));
                online += isOnline ? 1 : 0;
            }
            m_allOnline = !result.databases.isEmpty() && online == result.databases.size();
            if (!result.failures.isEmpty())
                m_progress->setText(
                    tr("<b>Restore To Mark failed:</b> %1")
                        .arg(result.failures.join(QStringLiteral("<br>")).toHtmlEscaped()));
            else
                m_progress->setText(
                    tr("%1 of %2 databases ONLINE.").arg(online).arg(result.databases.size()));
            if (m_allOnline)
                m_timer.stop();
            emit completeChanged();
        });
}

bool RestoreToMarkPage::isComplete() const
{
    return RestoreStepPage::isComplete() && m_allOnline;
}

} // namespace bts
