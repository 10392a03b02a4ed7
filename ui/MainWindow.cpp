#include "MainWindow.h"

#include "CallPreviewDialog.h"
#include "ConnectDialog.h"
#include "DatabaseDetailsPane.h"
#include "DatabaseTableProxy.h"
#include "GroupBanner.h"
#include "TextMetrics.h"
#include "ThemedIcon.h"
#include "core/DatabasePool.h"
#include "destination/CleanDestinationDialog.h"
#include "destination/DestinationWizard.h"
#include "diagnostics/HelpMenu.h"
#include "environments/Environment.h"
#include "environments/EnvironmentStore.h"
#include "environments/EnvironmentsDialog.h"
#include "group/DatabaseStatusModel.h"
#include "group/GroupMonitor.h"
#include "history/HistoryPage.h"
#include "i18n/LanguageMenu.h"
#include "lab/Lab.h"
#include "lab/LabScaleDialog.h"
#include "lab/LabScenario.h"
#include "lab/LabSimulation.h"
#include "lab/LabTopology.h"
#include "monitoring/LogShippingPage.h"
#include "monitoring/ShippingMonitor.h"
#include "mssql/SqlServerBackend.h"
#include "overview/OverviewPage.h"
#include "restore/RestoreWizard.h"
#include "source/BackupJobPage.h"
#include "source/SourceContext.h"
#include "source/SourceWizard.h"

#include <QAction>
#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QSplitter>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace bts {

struct MainWindow::Private {
    GroupMonitor* monitor = nullptr;
    ShippingMonitor* shipping = nullptr;
    QSystemTrayIcon* tray = nullptr; // created at the first notification, where there is a tray
    DatabaseStatusModel* model = nullptr;
    DatabaseTableProxy* proxy = nullptr;
    QTableView* table = nullptr;
    QLineEdit* filter = nullptr;
    DatabaseDetailsPane* details = nullptr;
    GroupBanner* banner = nullptr;
    QLabel* jobSummary = nullptr;
    QLabel* environment = nullptr;
    QLabel* connection = nullptr;
    QLabel* lastRefresh = nullptr;
    QLabel* labClock = nullptr;
    QProgressBar* busy = nullptr;
    QAction* refresh = nullptr;
    QMenu* labMenu = nullptr;
    QAction* labQuickStart = nullptr;
    QAction* configureJob = nullptr;
    QAction* setupDestination = nullptr;
    QAction* labFault = nullptr;
    QAction* labPause = nullptr;
    QAction* labReset = nullptr;
    QMenu* labScenarios = nullptr;
    OverviewPage* overview = nullptr; // every environment's servers, polled in parallel
    std::shared_ptr<Lab> lab;
    std::unique_ptr<LabSimulation> simulation;
    QString selectedKey;
};

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , d(std::make_unique<Private>())
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("BizTalk Log Shipping Console"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/app.svg")));

    d->monitor = new GroupMonitor(this);
    d->shipping = new ShippingMonitor(this);
    d->model = new DatabaseStatusModel(this);
    d->proxy = new DatabaseTableProxy(this);
    d->proxy->setSourceModel(d->model);

    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    d->jobSummary = new QLabel(central);
    d->jobSummary->setObjectName(QStringLiteral("jobSummaryLabel"));
    d->jobSummary->setWordWrap(true);
    d->jobSummary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(d->jobSummary);
    d->banner = new GroupBanner(central);
    layout->addWidget(d->banner);

    d->filter = new QLineEdit(central);
    d->filter->setObjectName(QStringLiteral("filterLineEdit"));
    d->filter->setPlaceholderText(tr("Filter databases (name, server, role, status...)"));
    d->filter->setAccessibleName(tr("Filter databases"));
    d->filter->setClearButtonEnabled(true);
    // The databases, the backup job and log shipping each get a tab; what is wrong with the group
    // as a whole stays above them all.
    auto* tabs = new QTabWidget(central);
    tabs->setObjectName(QStringLiteral("mainTabs"));
    auto* databasesTab = new QWidget(tabs);
    auto* databasesLayout = new QVBoxLayout(databasesTab);
    databasesLayout->setContentsMargins(0, 0, 0, 0);
    d->filter->setParent(databasesTab);
    databasesLayout->addWidget(d->filter);

    // Grid above, details below: the grid keeps the whole width for its columns.
    auto* splitter = new QSplitter(Qt::Vertical, databasesTab);
    d->table = new QTableView(splitter);
    d->table->setObjectName(QStringLiteral("databaseTable"));
    // Tab leaves the grid, the arrows move in it: no keyboard user is held in a grid.
    d->table->setTabKeyNavigation(false);
    d->table->setAccessibleName(tr("Databases of the BizTalk group"));
    d->table->setModel(d->proxy);
    d->table->setSortingEnabled(true);
    d->table->sortByColumn(DatabaseStatusModel::RoleColumn, Qt::AscendingOrder);
    d->table->setSelectionBehavior(QAbstractItemView::SelectRows);
    d->table->setSelectionMode(QAbstractItemView::SingleSelection);
    d->table->setAlternatingRowColors(true);
    d->table->verticalHeader()->hide();
    // Columns follow their contents (a group has a few dozen rows); the reason takes the rest.
    d->table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    d->table->horizontalHeader()->setSectionResizeMode(DatabaseStatusModel::ReasonColumn,
                                                       QHeaderView::Stretch);
    d->table->setWordWrap(false);
    d->details = new DatabaseDetailsPane(splitter);
    splitter->addWidget(d->table);
    splitter->addWidget(d->details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    databasesLayout->addWidget(splitter, 1);
    tabs->addTab(databasesTab, tr("D&atabases"));
    tabs->addTab(new BackupJobPage(d->monitor, tabs), tr("&Backup job"));
    tabs->addTab(new LogShippingPage(d->shipping, tabs), tr("Lo&g shipping"));
    d->overview = new OverviewPage(Lab::defaultRoot(), QString(), tabs);
    tabs->addTab(d->overview, tr("&Overview"));
    tabs->addTab(new HistoryPage(d->monitor, tabs), tr("H&istory"));
    layout->addWidget(tabs, 1);
    setCentralWidget(central);

    // Commands.
    auto* fileMenu = menuBar()->addMenu(tr("&File"));
    auto* environmentsAction = fileMenu->addAction(tr("&Environments..."));
    environmentsAction->setObjectName(QStringLiteral("environmentsAction"));
    environmentsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    auto* connectAction = fileMenu->addAction(tr("&Connect to SQL Server..."));
    connectAction->setObjectName(QStringLiteral("connectAction"));
    connectAction->setShortcut(QKeySequence::Open);
    auto* openLabAction = fileMenu->addAction(tr("Open the &lab"));
    openLabAction->setObjectName(QStringLiteral("openLabAction"));
    openLabAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    fileMenu->addSeparator();
    // Ctrl+Q everywhere (Cmd+Q on macOS): Windows' standard keys have no Quit of their own.
    auto* quit =
        fileMenu->addAction(tr("&Quit"), QKeySequence(Qt::CTRL | Qt::Key_Q), this, &QWidget::close);
    quit->setObjectName(QStringLiteral("quitAction"));

    auto* viewMenu = menuBar()->addMenu(tr("&View"));
    d->refresh = viewMenu->addAction(tr("&Refresh"));
    d->refresh->setObjectName(QStringLiteral("refreshAction"));
    d->refresh->setShortcut(QKeySequence::Refresh);
    auto* findAction = viewMenu->addAction(tr("&Filter"), QKeySequence::Find, this, [this] {
        d->filter->setFocus(Qt::ShortcutFocusReason);
    });
    findAction->setObjectName(QStringLiteral("findAction"));
    viewMenu->addSeparator();
    addLanguageMenu(viewMenu, this);

    auto* sourceMenu = menuBar()->addMenu(tr("&Source"));
    d->configureJob = sourceMenu->addAction(tr("&Configure the backup job..."));
    d->configureJob->setObjectName(QStringLiteral("configureBackupJobAction"));
    d->configureJob->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));

    auto* destinationMenu = menuBar()->addMenu(tr("&Destination"));
    d->setupDestination = destinationMenu->addAction(tr("&Set up log shipping..."));
    d->setupDestination->setObjectName(QStringLiteral("setupDestinationAction"));
    d->setupDestination->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    auto* restore = destinationMenu->addAction(tr("&Restore to the last mark..."));
    restore->setObjectName(QStringLiteral("restoreWizardAction"));
    restore->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    connect(restore, &QAction::triggered, this, [this] {
        std::shared_ptr<const GroupBackend> backend = d->monitor->backend();
        if (!backend)
            return;
        // A failover stopped half-way resumes after its last step rather than starting over.
        bool resume = false;
        if (RestoreWizard::hasUnfinishedFailover(*backend)) {
            resume =
                QMessageBox::question(this, tr("Resume the failover"),
                                      RestoreWizard::unfinishedFailoverDescription(*backend) +
                                          QLatin1Char('\n') + tr("Resume it where it stopped?")) ==
                QMessageBox::Yes;
        }
        auto* wizard = new RestoreWizard(backend, resume, this);
        wizard->setAttribute(Qt::WA_DeleteOnClose);
        connect(wizard, &RestoreWizard::changed, this, &MainWindow::refreshAll);
        connect(wizard, &QWizard::finished, this, &MainWindow::refreshAll);
        connect(wizard, &RestoreWizard::newGroupRequested, this,
                [this, backend](const QString& server, const QString& database) {
                    openFailedOverGroup(backend->groupAt(server, database));
                });
        wizard->open();
    });
    destinationMenu->addSeparator();
    auto* clean = destinationMenu->addAction(tr("&Clean a destination..."));
    clean->setObjectName(QStringLiteral("cleanDestinationAction"));
    clean->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    connect(clean, &QAction::triggered, this, [this] {
        std::shared_ptr<const GroupBackend> backend = d->monitor->backend();
        if (!backend || backend->destinationServers().isEmpty()) {
            statusBar()->showMessage(
                tr("This group has no destination to clean: set up log shipping first."));
            return;
        }
        auto* dialog = new CleanDestinationDialog(backend, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &CleanDestinationDialog::applied, this, &MainWindow::refreshAll);
        dialog->open();
    });

    d->labMenu = menuBar()->addMenu(tr("&Lab"));
    d->labQuickStart = d->labMenu->addAction(tr("&Start the lab's backup job..."));
    d->labQuickStart->setObjectName(QStringLiteral("labQuickStartAction"));
    d->labQuickStart->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_J));
    d->labFault = d->labMenu->addAction(tr("Make backups of the selected database &fail"));
    d->labFault->setObjectName(QStringLiteral("labFaultAction"));
    d->labFault->setCheckable(true);
    d->labFault->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    auto* sourceLost = d->labMenu->addAction(tr("&Lose the source server (LABSQL01)"));
    sourceLost->setObjectName(QStringLiteral("labSourceLostAction"));
    sourceLost->setCheckable(true);
    sourceLost->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X));
    connect(sourceLost, &QAction::triggered, this, [this](bool lost) {
        // For rehearsing a failover: the console can no longer reach the source, and nothing runs
        // there, while the destination keeps what it imported.
        std::shared_ptr<Lab> lab = d->lab;
        if (!lab)
            return;
        runAsync(
            this,
            [lab, lost] {
                return lab->setFault(LabFault::ServerLost, LabTopology::SourceServer, QString(),
                                     lost);
            },
            [this](const Status&) { refreshAll(); });
    });
    d->labPause = d->labMenu->addAction(tr("&Pause the lab clock"));
    d->labPause->setObjectName(QStringLiteral("labPauseAction"));
    d->labPause->setCheckable(true);
    d->labPause->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    addLabScenarioMenu();
    d->labMenu->addSeparator();
    d->labReset = d->labMenu->addAction(tr("&Reset the lab..."));
    d->labReset->setObjectName(QStringLiteral("labResetAction"));
    d->labReset->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Delete));
    addHelpMenu(this, [this] {
        return DiagnosticsPaths{m_logFolder, m_auditLog, d->lab ? d->lab->root() : QString()};
    });

    // Icons in the palette's text colour: the same on light and dark themes, sharp at any scale.
    d->refresh->setIcon(themedIcon(QStringLiteral("action-refresh")));
    connectAction->setIcon(themedIcon(QStringLiteral("action-connect")));
    environmentsAction->setIcon(themedIcon(QStringLiteral("action-environments")));
    d->configureJob->setIcon(themedIcon(QStringLiteral("action-backup-job")));
    d->setupDestination->setIcon(themedIcon(QStringLiteral("action-destination")));
    restore->setIcon(themedIcon(QStringLiteral("action-restore")));
    connectAction->setIconText(tr("Connect"));
    d->configureJob->setIconText(tr("Backup job"));
    d->setupDestination->setIconText(tr("Log shipping"));
    restore->setIconText(tr("Restore"));
    auto* toolBar = addToolBar(tr("Main"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    // Words beside the icons: a command is never known by its picture alone.
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addAction(d->refresh);
    toolBar->addAction(environmentsAction);
    toolBar->addAction(connectAction);
    toolBar->addSeparator();
    toolBar->addAction(d->configureJob);
    toolBar->addAction(d->setupDestination);
    toolBar->addAction(restore);

    // Status bar: where we are, whether we are busy, and how fresh the picture is.
    d->environment = new QLabel(this);
    d->environment->setObjectName(QStringLiteral("environmentLabel"));
    d->connection = new QLabel(this);
    d->connection->setObjectName(QStringLiteral("connectionLabel"));
    d->lastRefresh = new QLabel(this);
    d->lastRefresh->setObjectName(QStringLiteral("lastRefreshLabel"));
    d->labClock = new QLabel(this);
    d->labClock->setObjectName(QStringLiteral("labClockLabel"));
    d->busy = new QProgressBar(this);
    d->busy->setObjectName(QStringLiteral("busyIndicator"));
    d->busy->setAccessibleName(tr("Reading the group"));
    d->busy->setRange(0, 0);
    d->busy->setMaximumWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 8);
    d->busy->setVisible(false);
    statusBar()->addWidget(d->environment);
    statusBar()->addWidget(d->connection);
    statusBar()->addWidget(d->lastRefresh, 1);
    statusBar()->addPermanentWidget(d->labClock);
    statusBar()->addPermanentWidget(d->busy);

    connect(d->refresh, &QAction::triggered, this, &MainWindow::refreshAll);
    connect(d->shipping, &ShippingMonitor::levelChanged, this,
            [this](StatusLevel, StatusLevel current, const QString& message) {
                notifyLevelChange(current, message);
            });
    connect(d->filter, &QLineEdit::textChanged, d->proxy, &DatabaseTableProxy::setFilterText);
    connect(d->monitor, &GroupMonitor::busyChanged, this, [this](bool busy) {
        d->busy->setVisible(busy);
        d->refresh->setEnabled(!busy);
    });
    connect(d->monitor, &GroupMonitor::snapshotReady, this,
            [this](const GroupSnapshot& snapshot, const GroupVerdicts& verdicts) {
                d->model->setSnapshot(snapshot, verdicts);
                d->banner->setVerdicts(verdicts.group);
                d->jobSummary->setText(describeBackupJob(snapshot));
                d->connection->setText(tr("Connected to %1").arg(snapshot.managementServer));
                d->lastRefresh->setText(
                    tr("Last refresh %1")
                        .arg(QTime::currentTime().toString(QStringLiteral("HH:mm:ss"))));
                const bool labJobIdle = d->lab && snapshot.job.found && !snapshot.job.enabled;
                d->labQuickStart->setEnabled(labJobIdle);
                if (d->selectedKey.isEmpty() && d->proxy->rowCount() > 0)
                    d->table->selectRow(0);
                const int row = d->model->rowForKey(d->selectedKey);
                if (row >= 0) {
                    const QModelIndex index = d->proxy->mapFromSource(d->model->index(row, 0));
                    if (!d->table->selectionModel()->isRowSelected(index.row(), {}))
                        d->table->selectRow(index.row());
                }
                const QModelIndex current = d->proxy->mapToSource(d->table->currentIndex());
                d->details->showDatabase(d->model->databaseAt(current.row()),
                                         d->model->verdictAt(current.row()), d->model->snapshot());
            });
    connect(d->monitor, &GroupMonitor::refreshFailed, this, [this](const DbError& error) {
        d->banner->setError(error.sentence(), error.driverText);
        d->connection->setText(tr("Not connected"));
        // What the job looked like before may no longer be true: say it is not known.
        d->jobSummary->setText(
            tr("Backup BizTalk Server job: not read, the management server did not answer."));
    });
    connect(d->table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                const QModelIndex source = d->proxy->mapToSource(current);
                d->selectedKey = source.data(DatabaseStatusModel::DatabaseKeyRole).toString();
                d->details->showDatabase(d->model->databaseAt(source.row()),
                                         d->model->verdictAt(source.row()), d->model->snapshot());
            });

    connect(connectAction, &QAction::triggered, this, [this] {
        ConnectDialog dialog(this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        // A group connected to by hand has no environment: the default thresholds, not
        // those of whichever environment was open before.
        setThresholds(Thresholds());
        openSqlServer(dialog.settings(), dialog.managementDatabase());
    });
    connect(environmentsAction, &QAction::triggered, this, [this] {
        // Window-modal but not exec(): opening may wait for the keychain, and tests drive it.
        auto* dialog = new EnvironmentsDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &EnvironmentsDialog::openRequested, this, &MainWindow::openEnvironment);
        dialog->open();
    });
    connect(openLabAction, &QAction::triggered, this, [this] {
        auto lab = d->lab ? d->lab : std::make_shared<Lab>(Lab::defaultRoot());
        runAsync(
            this, [lab] { return lab->ensureCreated(); },
            [this, lab](const Status& s) {
                if (s)
                    openLab(lab);
                else
                    d->banner->setError(s.error().sentence(), s.error().driverText);
            });
    });
    connect(d->labQuickStart, &QAction::triggered, this, [this] {
        std::shared_ptr<Lab> lab = d->lab;
        if (!lab)
            return;
        runAsync(
            this, [lab] { return lab->quickStartCalls(); },
            [this](const Result<QVector<ServerCommand>>& calls) {
                if (!calls) {
                    d->banner->setError(calls.error().sentence(), calls.error().driverText);
                    return;
                }
                auto* dialog = new CallPreviewDialog(
                    d->monitor->backend(), calls.value(), tr("Start the lab's backup job"),
                    tr("Points the BackupFull and MarkAndBackupLog steps at the lab's backup "
                       "folder "
                       "and enables the job. On a real system the source wizard does this. "
                       "Nothing runs until you press Apply."),
                    this);
                dialog->setAttribute(Qt::WA_DeleteOnClose);
                connect(dialog, &CallPreviewDialog::applied, this, &MainWindow::refreshAll);
                dialog->open();
            });
    });
    connect(d->configureJob, &QAction::triggered, this, &MainWindow::openSourceWizard);
    connect(d->setupDestination, &QAction::triggered, this, &MainWindow::openDestinationWizard);
    connect(d->labFault, &QAction::triggered, this, [this](bool enabled) {
        const QModelIndex source = d->proxy->mapToSource(d->table->currentIndex());
        const GroupDatabase* db = d->model->databaseAt(source.row());
        if (!d->lab || !db || db->actualName.isEmpty()) {
            d->labFault->setChecked(false);
            return;
        }
        std::shared_ptr<Lab> lab = d->lab;
        const QString server = db->server;
        const QString name = db->actualName;
        runAsync(
            this,
            [lab, server, name, enabled] {
                return lab->setFault(LabFault::BackupFails, server, name, enabled);
            },
            [this](const Status&) { refreshAll(); });
    });
    connect(d->labPause, &QAction::toggled, this, [this](bool paused) {
        if (!d->simulation)
            return;
        if (paused)
            d->simulation->stop();
        else
            d->simulation->start();
    });
    connect(d->labReset, &QAction::triggered, this, [this] {
        if (!d->lab)
            return;
        if (QMessageBox::question(
                this, tr("Reset the lab"),
                tr("Delete every simulated database, backup file and history row of the lab "
                   "and start again from a freshly configured BizTalk group?")) != QMessageBox::Yes)
            return;
        std::shared_ptr<Lab> lab = d->lab;
        if (d->simulation)
            d->simulation->stop();
        setBackend(nullptr, 0);
        runAsync(
            this, [lab] { return lab->reset(); },
            [this, lab](const Status& s) {
                if (!s)
                    d->banner->setError(s.error().sentence(), s.error().driverText);
                openLab(lab, !d->labPause->isChecked());
            });
    });
    resize(textSize(this, 213, 46));
}

MainWindow::~MainWindow() = default;

void MainWindow::openSourceWizard()
{
    std::shared_ptr<const GroupBackend> backend = d->monitor->backend();
    if (!backend)
        return;
    d->configureJob->setEnabled(false);
    // Read what the job is now before the first page shows, off the UI thread.
    runAsync(
        this, [backend] { return readSourceContext(*backend); },
        [this, backend](const Result<SourceContext>& context) {
            d->configureJob->setEnabled(true);
            if (!context) {
                d->banner->setError(context.error().sentence(), context.error().driverText);
                return;
            }
            auto* wizard = new SourceWizard(backend, context.value(), this);
            wizard->setAttribute(Qt::WA_DeleteOnClose);
            connect(wizard, &SourceWizard::applied, this, &MainWindow::refreshAll);
            wizard->open();
        });
}

void MainWindow::openDestinationWizard()
{
    std::shared_ptr<const GroupBackend> backend = d->monitor->backend();
    if (!backend || d->monitor->lastRefresh().isNull())
        return;
    // The lab keeps stand-ins for the BizTalk scripts; on a real system the operator points to
    // the Schema folder of their BizTalk installation.
    const QString schemaFolder = d->lab ? d->lab->schemaFolder() : QString();
    auto* wizard = new DestinationWizard(backend, d->monitor->snapshot(), schemaFolder, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &DestinationWizard::applied, this, &MainWindow::refreshAll);
    connect(wizard, &QWizard::finished, this, &MainWindow::refreshAll);
    wizard->open();
}

GroupMonitor* MainWindow::monitor() const
{
    return d->monitor;
}

void MainWindow::openLab(std::shared_ptr<Lab> lab, bool simulate)
{
    d->lab = std::move(lab);
    d->overview->setLabRoot(d->lab->root());
    // However the lab is opened, it watches with the thresholds saved for the lab environment.
    setThresholds(EnvironmentStore().find(EnvironmentStore::labId())->thresholds);
    setBackend(d->lab->backend(), 5000);
    d->environment->setText(tr("Environment: Lab"));
    setWindowTitle(tr("Lab - BizTalk Log Shipping Console"));
    d->labMenu->setEnabled(true);
    d->simulation = std::make_unique<LabSimulation>(d->lab);
    connect(d->simulation.get(), &LabSimulation::advanced, this, [this](const QDateTime& utc) {
        d->labClock->setText(tr("Lab clock %1 UTC (x%2)")
                                 .arg(utc.toString(QStringLiteral("yyyy-MM-dd HH:mm")))
                                 .arg(d->simulation->speed()));
        refreshAll();
    });
    if (simulate && !d->labPause->isChecked())
        d->simulation->start();
    d->labClock->setText(simulate ? tr("Lab clock running") : tr("Lab clock paused"));
    refreshAll();
}

void MainWindow::openFailedOverGroup(std::shared_ptr<GroupBackend> backend)
{
    d->environment->setText(tr("Environment: %1").arg(backend->displayName()));
    setWindowTitle(tr("%1 - BizTalk Log Shipping Console").arg(backend->displayName()));
    // The interval stays the one of the environment the failover was made from.
    setBackend(std::move(backend), d->monitor->autoRefreshInterval());
    refreshAll();
    // Facts §3.2 step 8: the new system needs its own Backup BizTalk Server job.
    openSourceWizard();
}

void MainWindow::openSqlServer(const ConnectionSettings& settings,
                               const QString& managementDatabase, const QStringList& destinations)
{
    if (d->simulation)
        d->simulation->stop();
    d->lab.reset();
    d->labMenu->setEnabled(false);
    d->labQuickStart->setEnabled(false);
    d->labClock->clear();
    auto backend = std::make_shared<SqlServerBackend>(settings, managementDatabase, destinations);
    d->environment->setText(tr("Environment: %1").arg(backend->displayName()));
    setWindowTitle(tr("%1 - BizTalk Log Shipping Console").arg(backend->displayName()));
    d->connection->setText(tr("Connecting..."));
    setBackend(backend, 60000);
    refreshAll();
}

void MainWindow::openEnvironment(const Environment& environment, const QString& password)
{
    if (!environment.isLab)
        d->overview->rememberPassword(environment.id, password);
    setThresholds(environment.thresholds);
    if (!environment.isLab) {
        ConnectionSettings settings = environment.management;
        settings.password = password;
        openSqlServer(settings, environment.managementDatabase, environment.destinations);
        d->environment->setText(tr("Environment: %1").arg(environment.name));
        return;
    }
    // The lab may have to be created first: on a database thread, as "Open the lab" does.
    auto lab = d->lab ? d->lab : std::make_shared<Lab>(Lab::defaultRoot());
    runAsync(
        this, [lab] { return lab->ensureCreated(); },
        [this, lab, name = environment.name, thresholds = environment.thresholds](const Status& s) {
            if (!s) {
                d->banner->setError(s.error().sentence(), s.error().driverText);
                return;
            }
            openLab(lab);
            setThresholds(thresholds); // as chosen in the dialog, even if not saved yet
            d->environment->setText(tr("Environment: %1").arg(name));
        });
}

ShippingMonitor* MainWindow::shippingMonitor() const
{
    return d->shipping;
}

void MainWindow::refreshAll()
{
    d->monitor->refresh();
    d->shipping->refresh();
}

void MainWindow::setThresholds(const Thresholds& thresholds)
{
    d->monitor->setThresholds(thresholds);
    d->shipping->setThresholds(thresholds);
}

void MainWindow::setBackend(std::shared_ptr<const GroupBackend> backend, int refreshMilliseconds)
{
    d->monitor->setBackend(backend);
    d->shipping->setBackend(std::move(backend));
    d->monitor->setAutoRefreshInterval(refreshMilliseconds);
    d->shipping->setAutoRefreshInterval(refreshMilliseconds);
}

namespace {

QString labScenarioTitle(LabScenario scenario)
{
    switch (scenario) {
    case LabScenario::Healthy:
        return MainWindow::tr("&Healthy");
    case LabScenario::DestinationBehind:
        return MainWindow::tr("Destination &behind");
    case LabScenario::PartialSet:
        return MainWindow::tr("&Partial set");
    case LabScenario::Gap:
        return MainWindow::tr("&Gap in the restores");
    case LabScenario::MissingBackupFile:
        return MainWindow::tr("&Missing backup file");
    case LabScenario::JobFailing:
        return MainWindow::tr("Backup job &failing");
    case LabScenario::SourceLost:
        return MainWindow::tr("&Source lost");
    }
    return labScenarioName(scenario);
}

} // namespace

void MainWindow::addLabScenarioMenu()
{
    // Ready-made states for rehearsing monitoring; each rebuilds the lab from scratch.
    d->labScenarios = d->labMenu->addMenu(tr("&Scenario"));
    d->labScenarios->setObjectName(QStringLiteral("labScenarioMenu"));
    d->labScenarios->setToolTipsVisible(true);
    for (const QString& name : labScenarioNames()) {
        const std::optional<LabScenario> scenario = labScenarioFromName(name);
        if (!scenario)
            continue;
        QAction* action = d->labScenarios->addAction(labScenarioTitle(*scenario));
        action->setObjectName(QStringLiteral("labScenario_") + name);
        action->setToolTip(labScenarioDescription(*scenario));
        action->setStatusTip(labScenarioDescription(*scenario));
        connect(action, &QAction::triggered, this,
                [this, s = *scenario] { prepareLabScenario(s); });
    }
    // Years of history and per-server latency, for rehearsing the console at scale.
    QAction* scale = d->labMenu->addAction(tr("&Generate history..."));
    scale->setObjectName(QStringLiteral("labGenerateHistoryAction"));
    scale->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G));
    connect(scale, &QAction::triggered, this, [this] {
        if (!d->lab)
            return;
        auto* dialog = new LabScaleDialog(d->lab->root(), d->simulation.get(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &LabScaleDialog::historyGenerated, this, &MainWindow::refreshAll);
        dialog->open();
    });
}

void MainWindow::prepareLabScenario(LabScenario scenario)
{
    std::shared_ptr<Lab> lab = d->lab;
    if (!lab)
        return;
    // Nothing may read or advance the lab while it is rebuilt; the clock runs again afterwards
    // if it ran before.
    const bool wasRunning = d->simulation && d->simulation->isRunning();
    if (d->simulation)
        d->simulation->stop();
    setBackend(nullptr, 0);
    d->labScenarios->setEnabled(false);
    d->labReset->setEnabled(false);
    QString title = labScenarioTitle(scenario);
    title.remove(QLatin1Char('&'));
    statusBar()->showMessage(tr("Preparing the lab scenario \"%1\"...").arg(title));
    runAsync(
        this, [lab, scenario] { return applyLabScenario(lab, scenario); },
        [this, lab, wasRunning, title](const Status& s) {
            d->labScenarios->setEnabled(true);
            d->labReset->setEnabled(true);
            if (s) {
                statusBar()->showMessage(tr("Lab scenario \"%1\" ready.").arg(title), 10000);
            } else {
                d->banner->setError(s.error().sentence(), s.error().driverText);
                statusBar()->showMessage(
                    tr("The lab scenario \"%1\" could not be prepared.").arg(title), 10000);
            }
            openLab(lab, wasRunning);
        });
}

void MainWindow::notifyLevelChange(StatusLevel level, const QString& message)
{
    // The status bar always has it (there is no tray offscreen or on some desktops); the tray
    // reaches an operator looking at another window.
    statusBar()->showMessage(message, 60000);
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return;
    if (!d->tray) {
        d->tray = new QSystemTrayIcon(windowIcon(), this);
        d->tray->setObjectName(QStringLiteral("trayIcon"));
        d->tray->setToolTip(tr("BizTalk Log Shipping Console"));
        connect(d->tray, &QSystemTrayIcon::messageClicked, this, [this] {
            showNormal();
            raise();
            activateWindow();
        });
        d->tray->show();
    }
    QSystemTrayIcon::MessageIcon icon = QSystemTrayIcon::Information;
    if (level == StatusLevel::Critical)
        icon = QSystemTrayIcon::Critical;
    else if (level == StatusLevel::Warning)
        icon = QSystemTrayIcon::Warning;
    d->tray->showMessage(tr("Log shipping %1").arg(statusLevelName(level)), message, icon);
}

void MainWindow::setLogPaths(const QString& logFolder, const QString& auditLog)
{
    m_logFolder = logFolder;
    m_auditLog = auditLog;
}

} // namespace bts
