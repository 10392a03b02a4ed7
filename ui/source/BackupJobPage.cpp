#include "BackupJobPage.h"

#include "CallPreviewDialog.h"
#include "StatusIcons.h"
#include "core/DatabasePool.h"
#include "group/GroupMonitor.h"
#include "source/JobHistoryModel.h"
#include "source/SourceContext.h"
#include "source/SourceJobPlanner.h"

#include <QAction>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace bts {
namespace {

// Adds the outcome's icon: the model is widget-free and only says the level.
class HistoryProxy : public QSortFilterProxyModel {
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    QVariant data(const QModelIndex& index, int role) const override
    {
        if (role == Qt::DecorationRole && index.column() == JobHistoryModel::OutcomeColumn) {
            const int level =
                QSortFilterProxyModel::data(index, JobHistoryModel::StatusLevelRole).toInt();
            return statusIcon(StatusLevel(level));
        }
        return QSortFilterProxyModel::data(index, role);
    }
};

// Identifies what the history shown depends on: another run, job or group means reading again.
QString historyKey(const GroupSnapshot& s)
{
    QString key = s.managementServer + QLatin1Char('|') + s.managementDatabase + QLatin1Char('|') +
                  s.job.name + QLatin1Char('|') + QString::number(int(s.job.found));
    if (s.job.lastRun) {
        key += QLatin1Char('|') + s.job.lastRun->startedAt.toString(Qt::ISODate) +
               QLatin1Char('|') + QString::number(s.job.lastRun->runStatus) + QLatin1Char('|') +
               s.job.lastRun->message;
    }
    return key;
}

QToolButton* commandButton(QAction* action, const QString& objectName, QWidget* parent)
{
    auto* button = new QToolButton(parent);
    button->setObjectName(objectName);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    button->setAccessibleName(action->iconText());
    return button;
}

} // namespace

struct BackupJobPage::Private {
    GroupMonitor* monitor = nullptr;
    JobHistoryModel* model = nullptr;
    HistoryProxy* proxy = nullptr;
    QLabel* jobName = nullptr;
    QLabel* stateIcon = nullptr;
    QLabel* state = nullptr;
    QLabel* schedule = nullptr;
    QLabel* lastRunIcon = nullptr;
    QLabel* lastRun = nullptr;
    QLabel* historyStatus = nullptr;
    QComboBox* range = nullptr;
    QTableView* table = nullptr;
    QPlainTextEdit* message = nullptr;
    QAction* enableJob = nullptr;
    QAction* runNow = nullptr;
    QAction* forceFull = nullptr;
    QAction* refreshHistory = nullptr;
    QToolButton* enableButton = nullptr;
    QString loadedKey;
    quint64 generation = 0;
    qint64 selectedInstance = -1;
};

BackupJobPage::BackupJobPage(GroupMonitor* monitor, QWidget* parent)
    : QWidget(parent)
    , d(std::make_unique<Private>())
{
    setObjectName(QStringLiteral("backupJobPage"));
    d->monitor = monitor;
    d->model = new JobHistoryModel(this);
    d->proxy = new HistoryProxy(this);
    d->proxy->setSourceModel(d->model);
    d->proxy->setSortRole(JobHistoryModel::SortRole);

    const auto newLabel = [this](const char* name) {
        auto* label = new QLabel(this);
        label->setObjectName(QLatin1String(name));
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        label->setWordWrap(true);
        return label;
    };
    d->jobName = newLabel("jobNameLabel");
    d->stateIcon = newLabel("jobStateIcon");
    d->state = newLabel("jobStateLabel");
    d->schedule = newLabel("jobScheduleLabel");
    d->lastRunIcon = newLabel("jobLastRunIcon");
    d->lastRun = newLabel("jobLastRunLabel");
    d->historyStatus = newLabel("historyStatusLabel");
    const auto iconRow = [this](QLabel* icon, QLabel* text) {
        auto* row = new QHBoxLayout;
        const int side = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
        icon->setFixedSize(side, side);
        row->addWidget(icon);
        row->addWidget(text, 1);
        return row;
    };
    auto* form = new QFormLayout;
    form->addRow(tr("Job:"), d->jobName);
    form->addRow(tr("State:"), iconRow(d->stateIcon, d->state));
    form->addRow(tr("Schedule:"), d->schedule);
    form->addRow(tr("Last run:"), iconRow(d->lastRunIcon, d->lastRun));

    // Commands: actions with shortcuts that only apply while the page (or a child) has focus,
    // so that they never compete with the main window's.
    const auto newAction = [this](const QString& text, const char* name, QKeySequence key) {
        auto* action = new QAction(text, this);
        action->setObjectName(QLatin1String(name));
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        action->setToolTip(
            tr("%1 (%2)").arg(action->iconText(), key.toString(QKeySequence::NativeText)));
        addAction(action);
        return action;
    };
    d->enableJob = newAction(tr("&Disable job"), "enableJobAction",
                             QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    d->runNow = newAction(tr("&Run job now..."), "runJobNowAction",
                          QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    d->forceFull = newAction(tr("Force &full backup..."), "forceFullBackupAction",
                             QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    d->refreshHistory = newAction(tr("Refresh &history"), "refreshHistoryAction",
                                  QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    auto* buttons = new QHBoxLayout;
    d->enableButton = commandButton(d->enableJob, "enableJobButton", this);
    buttons->addWidget(d->enableButton);
    buttons->addWidget(commandButton(d->runNow, "runJobNowButton", this));
    buttons->addWidget(commandButton(d->forceFull, "forceFullBackupButton", this));
    buttons->addStretch();
    buttons->addWidget(commandButton(d->refreshHistory, "refreshHistoryButton", this));

    d->range = new QComboBox(this);
    d->range->setObjectName(QStringLiteral("historyRangeComboBox"));
    d->range->setAccessibleName(tr("History range"));
    d->range->addItem(tr("Last 24 hours"), 1);
    d->range->addItem(tr("Last 7 days"), 7);
    d->range->addItem(tr("Last 30 days"), 30);
    auto* rangeLabel = new QLabel(tr("&Show:"), this);
    rangeLabel->setBuddy(d->range);
    auto* rangeRow = new QHBoxLayout;
    rangeRow->addWidget(rangeLabel);
    rangeRow->addWidget(d->range);
    rangeRow->addWidget(d->historyStatus, 1);

    // History above, the selected entry's whole message below: msdb messages are long.
    auto* splitter = new QSplitter(Qt::Vertical, this);
    d->table = new QTableView(splitter);
    d->table->setObjectName(QStringLiteral("jobHistoryTable"));
    // Tab leaves the grid, the arrows move in it: no keyboard user is held in a grid.
    d->table->setTabKeyNavigation(false);
    d->table->setAccessibleName(tr("Backup job history"));
    d->table->setModel(d->proxy);
    d->table->setSortingEnabled(true);
    d->table->sortByColumn(JobHistoryModel::OutcomeColumn, Qt::AscendingOrder);
    d->table->setSelectionBehavior(QAbstractItemView::SelectRows);
    d->table->setSelectionMode(QAbstractItemView::SingleSelection);
    d->table->setAlternatingRowColors(true);
    d->table->setWordWrap(false);
    d->table->verticalHeader()->hide();
    d->table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    d->table->horizontalHeader()->setSectionResizeMode(JobHistoryModel::MessageColumn,
                                                       QHeaderView::Stretch);
    d->message = new QPlainTextEdit(splitter);
    d->message->setObjectName(QStringLiteral("jobMessageView"));
    d->message->setAccessibleName(tr("Message of the selected history entry"));
    d->message->setReadOnly(true);
    splitter->addWidget(d->table);
    splitter->addWidget(d->message);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addLayout(rangeRow);
    layout->addWidget(splitter, 1);

    connect(d->enableJob, &QAction::triggered, this, [this] {
        SourceContext ctx;
        ctx.snapshot = d->monitor->snapshot();
        if (ctx.snapshot.job.enabled) {
            preview(enableJobCommand(ctx, false), tr("Disable the backup job"),
                    tr("While the job is disabled no full or log backups are taken, and the "
                       "destination falls further behind with every minute. Nothing changes "
                       "until you press Apply."));
        } else {
            preview(enableJobCommand(ctx, true), tr("Enable the backup job"),
                    tr("The job takes full and log backups on its schedule again. Nothing "
                       "changes until you press Apply."));
        }
    });
    connect(d->runNow, &QAction::triggered, this, [this] {
        SourceContext ctx;
        ctx.snapshot = d->monitor->snapshot();
        preview(startJobCommand(ctx), tr("Run the backup job now"),
                tr("Starts the job now, outside its schedule: it takes a log backup set, and a "
                   "full set if one is due or forced. Nothing runs until you press Apply."));
    });
    connect(d->forceFull, &QAction::triggered, this, [this] {
        SourceContext ctx;
        ctx.snapshot = d->monitor->snapshot();
        preview(forceFullBackupCommand(ctx), tr("Force a full backup"),
                tr("Makes the job's next run take a full backup set of every database instead "
                   "of waiting for its full backup frequency; run the job now afterwards to take "
                   "it at once. Nothing changes until you press Apply."));
    });
    connect(d->refreshHistory, &QAction::triggered, this, [this] {
        d->monitor->refresh();
        reloadHistory();
    });
    connect(d->range, qOverload<int>(&QComboBox::currentIndexChanged), this,
            &BackupJobPage::reloadHistory);
    connect(d->table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &BackupJobPage::showSelectedMessage);
    connect(d->monitor, &GroupMonitor::snapshotReady, this,
            [this](const GroupSnapshot& snapshot) { showSnapshot(snapshot); });

    if (d->monitor->lastRefresh().isValid()) { // created after the monitor's first read
        showSnapshot(d->monitor->snapshot());
    } else {
        d->state->setText(tr("Not read yet."));
        updateActions();
    }
}

BackupJobPage::~BackupJobPage() = default;

JobHistoryModel* BackupJobPage::historyModel() const
{
    return d->model;
}

void BackupJobPage::showSnapshot(const GroupSnapshot& snapshot)
{
    const BackupJobState& job = snapshot.job;
    d->jobName->setText(job.name.isEmpty() ? tr("(unknown)") : job.name);
    const auto setIcon = [](QLabel* label, StatusLevel level) {
        const int side = label->style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, label);
        label->setPixmap(statusIcon(level).pixmap(QSize(side, side), label->devicePixelRatioF()));
    };
    if (!job.found) {
        setIcon(d->stateIcon, StatusLevel::Critical);
        d->state->setText(tr("Not found on %1.").arg(snapshot.managementServer));
    } else if (job.enabled) {
        setIcon(d->stateIcon, StatusLevel::Ok);
        d->state->setText(tr("Enabled: the job takes backups on its schedule."));
    } else {
        setIcon(d->stateIcon, StatusLevel::Warning);
        d->state->setText(tr("Disabled: no backups are taken."));
    }

    const JobSchedule* schedule = job.schedule(BackupScheduleName);
    QString every;
    if (!schedule)
        every = tr("No schedule named %1: the job runs only when started.").arg(BackupScheduleName);
    else if (schedule->intervalMinutes())
        every = tr("Every %1 minutes").arg(*schedule->intervalMinutes());
    else
        every = tr("Not repeating within a day");
    if (schedule && !schedule->enabled)
        every = tr("%1 (the schedule is disabled)").arg(every);
    d->schedule->setText(every);

    if (job.lastRun) {
        const JobRun& run = *job.lastRun;
        setIcon(d->lastRunIcon, run.succeeded() ? StatusLevel::Ok : StatusLevel::Critical);
        QString text = tr("%1 server time: %2, took %3.")
                           .arg(run.startedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                                JobHistoryModel::outcomeName(run.runStatus),
                                JobHistoryModel::durationText(run.durationSeconds));
        if (!run.succeeded() && job.lastFailedStep) {
            text += QLatin1Char(' ') + tr("Failed at step %1 (%2).")
                                           .arg(job.lastFailedStep->stepId)
                                           .arg(job.lastFailedStep->stepName);
        }
        d->lastRun->setText(text);
    } else {
        setIcon(d->lastRunIcon, StatusLevel::Info);
        d->lastRun->setText(tr("Never run."));
    }

    updateActions();
    const QString key = historyKey(snapshot);
    if (key != d->loadedKey)
        reloadHistory();
}

void BackupJobPage::updateActions()
{
    const bool usable = d->monitor->backend() && d->monitor->snapshot().job.found;
    const bool enabled = d->monitor->snapshot().job.enabled;
    d->enableJob->setText(enabled ? tr("&Disable job") : tr("&Enable job"));
    d->enableJob->setToolTip(tr("%1 (%2)").arg(
        d->enableJob->iconText(), d->enableJob->shortcut().toString(QKeySequence::NativeText)));
    d->enableButton->setAccessibleName(d->enableJob->iconText());
    for (QAction* action : {d->enableJob, d->runNow, d->forceFull, d->refreshHistory})
        action->setEnabled(usable);
}

void BackupJobPage::reloadHistory()
{
    const quint64 generation = ++d->generation;
    std::shared_ptr<const GroupBackend> backend = d->monitor->backend();
    const GroupSnapshot& snapshot = d->monitor->snapshot();
    d->loadedKey = historyKey(snapshot);
    if (!backend || !snapshot.job.found) {
        d->model->setEntries({});
        d->historyStatus->setText(backend ? tr("No history: the job was not found.")
                                          : tr("No history: not connected to a group."));
        emit historyLoaded(0);
        return;
    }
    // Counted back from the server's clock, in the server-local frame msdb stores times in.
    const QDateTime now = snapshot.serverUtcNow.isValid() ? snapshot.serverLocalNow()
                                                          : QDateTime::currentDateTimeUtc();
    const QDateTime cutoff = now.addDays(-d->range->currentData().toInt());
    const QString jobName = snapshot.job.name;
    const QDate since = cutoff.date();
    d->historyStatus->setText(tr("Reading the job history..."));
    runAsync(
        this, [backend, jobName, since] { return readJobHistory(*backend, jobName, since); },
        [this, generation, cutoff](const Result<QVector<JobHistoryEntry>>& result) {
            if (generation != d->generation)
                return; // a newer read was asked for; its result is the one to show
            if (!result) {
                d->model->setEntries({});
                d->historyStatus->setText(result.error().sentence());
                emit historyLoaded(0);
                return;
            }
            QVector<JobHistoryEntry> shown;
            int failures = 0;
            for (const JobHistoryEntry& e : result.value()) {
                if (e.startedAt < cutoff)
                    continue; // msdb filtered by whole days only
                shown.append(e);
                failures += e.failed() ? 1 : 0;
            }
            const qint64 keep = d->selectedInstance;
            d->model->setEntries(shown);
            const QString entries = tr("%n row(s)", nullptr, int(shown.size()));
            const QString from = cutoff.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
            d->historyStatus->setText(failures > 0
                                          ? tr("%1 since %2 server time, %3 of them failed.")
                                                .arg(entries, from)
                                                .arg(failures)
                                          : tr("%1 since %2 server time.").arg(entries, from));
            const int row = d->model->rowForInstance(keep);
            if (row >= 0)
                d->table->selectRow(d->proxy->mapFromSource(d->model->index(row, 0)).row());
            else
                showSelectedMessage();
            emit historyLoaded(int(shown.size()));
        });
}

void BackupJobPage::showSelectedMessage()
{
    const QModelIndex source = d->proxy->mapToSource(d->table->currentIndex());
    const JobHistoryEntry* entry = d->model->entryAt(source.row());
    d->selectedInstance = entry ? entry->instanceId : -1;
    d->message->setPlainText(entry ? entry->message : QString());
}

void BackupJobPage::preview(const ServerCommand& call, const QString& title,
                            const QString& explanation)
{
    std::shared_ptr<const GroupBackend> backend = d->monitor->backend();
    if (!backend || !d->monitor->snapshot().job.found)
        return;
    auto* dialog = new CallPreviewDialog(backend, {call}, title, explanation, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // Even a failed call may have changed something (a job that ran and failed): read both again.
    connect(dialog, &CallPreviewDialog::applied, this, [this] {
        d->monitor->refresh();
        reloadHistory();
    });
    dialog->open();
}

} // namespace bts
