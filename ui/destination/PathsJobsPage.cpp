#include "PathsJobsPage.h"

#include "ApplyPanel.h"
#include "core/DatabasePool.h"
#include "destination/DestinationReader.h"

#include <QCheckBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace bts {
namespace {

enum PathColumn { DestinationColumn, DatabaseColumn, FullColumn, LogColumn };

QString jobState(const LogShippingJob& job)
{
    QString text = job.enabled ? PathsJobsPage::tr("enabled") : PathsJobsPage::tr("disabled");
    if (job.intervalMinutes)
        text += PathsJobsPage::tr(", every %1 minute(s)").arg(*job.intervalMinutes);
    else
        text += PathsJobsPage::tr(", not scheduled");
    return text;
}

} // namespace

PathsJobsPage::PathsJobsPage(DestinationWizardState& state, QWidget* parent)
    : QWizardPage(parent)
    , m_state(state)
    , m_status(new QLabel(this))
    , m_paths(new QTableWidget(0, 4, this))
    , m_jobs(new QTableWidget(0, 4, this))
    , m_enableJobs(new QCheckBox(tr("&Enable Get Backup History and Restore Databases"), this))
    , m_panel(new ApplyPanel(this))
{
    setObjectName(QStringLiteral("pathsJobsPage"));
    setTitle(tr("Backup folders and jobs"));
    m_status->setObjectName(QStringLiteral("pathsStatusLabel"));
    m_paths->setObjectName(QStringLiteral("pathsTable"));
    // Tab leaves the grid, the arrows move in it: no keyboard user is held in a grid.
    m_paths->setTabKeyNavigation(false);
    m_paths->setAccessibleName(tr("Where each destination reads each database's backups"));
    m_paths->setHorizontalHeaderLabels({tr("Destination"), tr("Database"),
                                        tr("Full backups from (DBFileLocation)"),
                                        tr("Log backups from (LogFileLocation)")});
    m_paths->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_jobs->setObjectName(QStringLiteral("logShippingJobsTable"));
    // Tab leaves the grid, the arrows move in it: no keyboard user is held in a grid.
    m_jobs->setTabKeyNavigation(false);
    m_jobs->setAccessibleName(tr("Log-shipping jobs"));
    m_jobs->setHorizontalHeaderLabels({tr("Destination"), tr("Job"), tr("Kind"), tr("State")});
    m_jobs->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_jobs->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_enableJobs->setObjectName(QStringLiteral("enableJobsCheckBox"));
    m_enableJobs->setChecked(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_paths, 2);
    layout->addWidget(m_jobs, 1);
    layout->addWidget(m_enableJobs);
    layout->addWidget(m_panel, 2);
    connect(m_paths, &QTableWidget::itemChanged, this, [this] {
        if (!m_filling)
            plan();
    });
    connect(m_enableJobs, &QCheckBox::toggled, this, &PathsJobsPage::plan);
    connect(m_panel, &ApplyPanel::finished, this, [this](bool allDone) {
        emit completeChanged();
        if (!allDone)
            return;
        read(); // show the jobs as they are now
    });
    connect(m_panel, &ApplyPanel::retryRequested, this, &PathsJobsPage::read);
}

void PathsJobsPage::initializePage()
{
    m_panel->setBackend(m_state.backend);
    read();
}

void PathsJobsPage::read()
{
    m_status->setText(tr("Reading the destinations..."));
    std::shared_ptr<const GroupBackend> backend = m_state.backend;
    const QStringList servers = m_state.destinationServers();
    runAsync(
        this, [backend, servers] { return readDestinations(backend->connector(), servers); },
        [this](const QVector<DestinationState>& states) {
            const bool applied = m_panel->isDone() && !m_panel->outcomes().isEmpty();
            m_state.states = states;
            fill();
            if (!applied)
                plan();
            m_status->setText(
                tr("%n database(s) restored by the destinations.", nullptr, m_paths->rowCount()));
        });
}

void PathsJobsPage::fill()
{
    m_filling = true;
    m_paths->setRowCount(0);
    m_jobs->setRowCount(0);
    for (const DestinationState& state : std::as_const(m_state.states)) {
        for (const QVariantMap& row : state.databases) {
            const int r = m_paths->rowCount();
            m_paths->insertRow(r);
            auto* server = new QTableWidgetItem(state.server);
            server->setFlags(server->flags() & ~Qt::ItemIsEditable);
            auto* database =
                new QTableWidgetItem(row.value(QStringLiteral("DatabaseName")).toString());
            database->setFlags(database->flags() & ~Qt::ItemIsEditable);
            m_paths->setItem(r, DestinationColumn, server);
            m_paths->setItem(r, DatabaseColumn, database);
            m_paths->setItem(
                r, FullColumn,
                new QTableWidgetItem(row.value(QStringLiteral("DBFileLocation")).toString()));
            m_paths->setItem(
                r, LogColumn,
                new QTableWidgetItem(row.value(QStringLiteral("LogFileLocation")).toString()));
        }
        for (const LogShippingJob& job : state.jobs) {
            const int r = m_jobs->rowCount();
            m_jobs->insertRow(r);
            m_jobs->setItem(r, 0, new QTableWidgetItem(state.server));
            m_jobs->setItem(r, 1, new QTableWidgetItem(job.name));
            m_jobs->setItem(r, 2, new QTableWidgetItem(logShippingJobKindName(job.kind)));
            m_jobs->setItem(r, 3, new QTableWidgetItem(jobState(job)));
        }
    }
    m_filling = false;
}

void PathsJobsPage::plan()
{
    QVector<ServerCommand> all;
    for (const DestinationState& state : std::as_const(m_state.states)) {
        QVector<PathRedirect> redirects;
        for (int r = 0; r < m_paths->rowCount(); ++r) {
            if (m_paths->item(r, DestinationColumn)->text() != state.server)
                continue;
            redirects.append({m_paths->item(r, DatabaseColumn)->text(),
                              m_paths->item(r, FullColumn)->text(),
                              m_paths->item(r, LogColumn)->text()});
        }
        const Result<QVector<ServerCommand>> commands =
            planPathsAndJobs(state, redirects, m_enableJobs->isChecked());
        if (!commands) {
            m_panel->setError(commands.error().sentence());
            emit completeChanged();
            return;
        }
        all += commands.value();
    }
    m_panel->setCommands(all, tr("%n statement(s).", nullptr, int(all.size())));
    emit completeChanged();
}

bool PathsJobsPage::isComplete() const
{
    return m_panel->isDone() && !m_panel->isRunning();
}

} // namespace bts
