#include "HistoryPage.h"

#include "HistoryFilterBar.h"
#include "group/GroupMonitor.h"
#include "history/ChunkedHistoryModel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace bts {
namespace {

// How long the filter fields must stay still before the server is asked again: typing a name
// sends one query, not one per key.
constexpr int FilterDelayMs = 300;

// Rows not read yet show their placeholder in the palette's placeholder colour.
class PlaceholderDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.data(ChunkedHistoryModel::PlaceholderRole).toBool())
            option->palette.setColor(QPalette::Text,
                                     option->palette.color(QPalette::PlaceholderText));
    }
};

} // namespace

struct HistoryPage::Private {
    GroupMonitor* monitor = nullptr;
    std::shared_ptr<const GroupBackend> backend;
    QStringList destinations;
    ChunkedHistoryModel* model = nullptr;
    QComboBox* kind = nullptr;
    HistoryFilterBar* filters = nullptr;
    QTableView* table = nullptr;
    QLabel* status = nullptr;
    QLabel* error = nullptr;
    QTimer filterTimer;
    bool stale = true; // the selection changed while the page was hidden: read when shown

    HistoryKind currentKind() const
    {
        return HistoryKind(kind->currentData().toList().value(0).toInt());
    }
    QString currentServer() const { return kind->currentData().toList().value(1).toString(); }
};

HistoryPage::HistoryPage(GroupMonitor* monitor, QWidget* parent)
    : QWidget(parent)
    , d(std::make_unique<Private>())
{
    setObjectName(QStringLiteral("historyPage"));
    d->monitor = monitor;
    d->model = new ChunkedHistoryModel(this);

    d->kind = new QComboBox(this);
    d->kind->setObjectName(QStringLiteral("historyKindCombo"));
    d->kind->setAccessibleName(tr("History shown"));
    d->filters = new HistoryFilterBar(this);
    auto* show = new QLabel(tr("&Show:"), this);
    show->setBuddy(d->kind);
    d->filters->row()->insertWidget(0, show);
    d->filters->row()->insertWidget(1, d->kind, 1);

    d->table = new QTableView(this);
    d->table->setObjectName(QStringLiteral("historyTable"));
    // Tab leaves the grid, the arrows move in it: no keyboard user is held in a grid.
    d->table->setTabKeyNavigation(false);
    d->table->setAccessibleName(tr("History rows"));
    d->table->setModel(d->model);
    d->table->setItemDelegate(new PlaceholderDelegate(d->table));
    d->table->setSelectionBehavior(QAbstractItemView::SelectRows);
    d->table->setAlternatingRowColors(true);
    d->table->setWordWrap(false);
    // Fixed row heights: the view never measures a row, so a million rows scroll as fast as a
    // hundred. Columns are sized once, from the first page.
    d->table->verticalHeader()->hide();
    d->table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    d->table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    d->table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    d->table->horizontalHeader()->setStretchLastSection(true);
    d->table->setSortingEnabled(true); // the model asks the server for the order

    d->status = new QLabel(this);
    d->status->setObjectName(QStringLiteral("historyStatusLabel"));
    d->error = new QLabel(this);
    d->error->setObjectName(QStringLiteral("historyErrorLabel"));
    d->error->setWordWrap(true);
    d->error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    d->error->hide();

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(d->filters);
    layout->addWidget(d->error);
    layout->addWidget(d->table, 1);
    layout->addWidget(d->status);

    d->filterTimer.setSingleShot(true);
    d->filterTimer.setInterval(FilterDelayMs);
    connect(&d->filterTimer, &QTimer::timeout, this, &HistoryPage::applyFilter);
    connect(d->filters, &HistoryFilterBar::changed, this, [this] { d->filterTimer.start(); });
    connect(d->kind, &QComboBox::currentIndexChanged, this, &HistoryPage::startKind);
    connect(d->model, &ChunkedHistoryModel::loadingChanged, this, &HistoryPage::showProgress);
    connect(d->model, &ChunkedHistoryModel::countKnown, this, &HistoryPage::showProgress);
    connect(d->model, &QAbstractItemModel::rowsInserted, this, &HistoryPage::showProgress);
    connect(d->model, &ChunkedHistoryModel::failed, this, &HistoryPage::showError);
    connect(d->model, &ChunkedHistoryModel::firstPageShown, this,
            [this] { d->table->resizeColumnsToContents(); });
    connect(monitor, &GroupMonitor::snapshotReady, this, &HistoryPage::followBackend);
    followBackend();
}

HistoryPage::~HistoryPage() = default;

ChunkedHistoryModel* HistoryPage::model() const
{
    return d->model;
}

void HistoryPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    // Read only once seen: a count over millions of rows is not spent on a tab never opened.
    if (d->stale)
        startKind();
}

void HistoryPage::followBackend()
{
    std::shared_ptr<const GroupBackend> backend = d->monitor->backend();
    const QStringList destinations = backend ? backend->destinationServers() : QStringList();
    if (backend == d->backend && destinations == d->destinations)
        return;
    d->backend = backend;
    d->destinations = destinations;
    d->model->setBackend(backend);
    const QSignalBlocker blocker(d->kind);
    const QVariant previous = d->kind->currentData();
    d->kind->clear();
    if (backend) {
        const auto item = [this](const QString& text, HistoryKind kind, const QString& server) {
            d->kind->addItem(text, QVariantList{int(kind), server});
        };
        const QString source = backend->managementServer();
        item(tr("Backup history"), HistoryKind::BackupHistory, source);
        for (const QString& destination : destinations)
            item(tr("Log shipping history on %1").arg(destination), HistoryKind::LogShippingHistory,
                 destination);
        item(tr("Job history on %1").arg(source), HistoryKind::JobHistory, source);
        for (const QString& destination : destinations)
            item(tr("Job history on %1").arg(destination), HistoryKind::JobHistory, destination);
        d->kind->setCurrentIndex(qMax(0, d->kind->findData(previous)));
    }
    d->stale = true;
    if (isVisible())
        startKind();
}

void HistoryPage::startKind()
{
    d->stale = false;
    d->error->hide();
    d->filterTimer.stop();
    if (!d->backend || d->kind->currentIndex() < 0)
        return;
    const HistoryKind kind = d->currentKind();
    d->filters->setKind(kind);
    HistoryQuery query;
    if (kind == HistoryKind::BackupHistory)
        query = HistoryQuery::backupHistory(d->currentServer(), d->backend->managementDatabase());
    else if (kind == HistoryKind::LogShippingHistory)
        query = HistoryQuery::logShippingHistory(d->currentServer());
    else
        query = HistoryQuery::jobHistory(d->currentServer());
    query.filter = d->filters->filter();
    d->model->setQuery(query);
    // Newest first (the unique key, descending) until a header is clicked. Set after the query:
    // the model ignores a sort on columns it does not know yet.
    d->table->horizontalHeader()->setSortIndicator(0, Qt::DescendingOrder);
    showProgress();
}

void HistoryPage::applyFilter()
{
    if (!d->backend || d->model->query().server.isEmpty())
        return;
    d->error->hide();
    d->model->setFilter(d->filters->filter());
    showProgress();
}

void HistoryPage::showProgress()
{
    const ChunkedHistoryModel* m = d->model;
    if (m->isCountKnown())
        d->status->setText(tr("%1 rows").arg(QLocale().toString(m->totalCount())));
    else if (m->isLoading())
        d->status->setText(
            m->rowCount() > 0
                ? tr("%1+ rows, counting\u2026").arg(QLocale().toString(m->rowCount()))
                : tr("Reading\u2026"));
    else
        d->status->clear();
}

void HistoryPage::showError(const DbError& error)
{
    d->error->setText(tr("The history could not be read: %1").arg(error.sentence()));
    d->error->setToolTip(error.driverText);
    d->error->show();
    showProgress();
}

} // namespace bts
