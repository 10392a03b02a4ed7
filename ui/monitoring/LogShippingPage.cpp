#include "LogShippingPage.h"

#include "FittedTableView.h"
#include "HeadlineLabel.h"
#include "LagChart.h"
#include "ShippingDatabaseModel.h"
#include "ShippingDestinationModel.h"
#include "ShippingJobModel.h"
#include "ShippingVerdictModel.h"
#include "StatusIcons.h"
#include "group/GroupMonitor.h"
#include "monitoring/ShippingExport.h"
#include "monitoring/ShippingMonitor.h"

#include <QAction>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardPaths>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace bts {
namespace {

// A read-only table over one of the page's models, sortable by value but first shown in the
// status engine's order (worst first).
QTableView* setUpTable(QTableView* table, const char* name, const QString& accessibleName,
                       StatusTableModel* model, int stretchColumn, bool wrap)
{
    auto* proxy = new QSortFilterProxyModel(table);
    proxy->setSourceModel(model);
    proxy->setSortRole(StatusTableModel::SortRole);
    table->setObjectName(QLatin1String(name));
    // Tab leaves the grid, the arrows move in it: no keyboard user is held in a grid.
    table->setTabKeyNavigation(false);
    table->setAccessibleName(accessibleName);
    table->setModel(proxy);
    table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    table->setSortingEnabled(true);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(stretchColumn, QHeaderView::Stretch);
    // Findings are sentences an operator must read whole: their rows grow to fit them. Rows of
    // the other tables are one line of text high, not the style's roomier default.
    table->setWordWrap(wrap);
    table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    return table;
}

QString defaultExportName(const ShippingStatus& status, const QString& suffix)
{
    QString group = status.group;
    group.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_.-]+")), QStringLiteral("-"));
    const QString stamp =
        (status.evaluatedAt.isValid() ? status.evaluatedAt : QDateTime::currentDateTime())
            .toString(QStringLiteral("yyyyMMdd-HHmm"));
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return folder + QLatin1Char('/') +
           QStringLiteral("logshipping-%1-%2.%3").arg(group, stamp, suffix);
}

} // namespace

struct LogShippingPage::Private {
    ShippingMonitor* monitor = nullptr;
    QLabel* summaryIcon = nullptr;
    HeadlineLabel* summary = nullptr;
    QLabel* details = nullptr;
    QAction* refresh = nullptr;
    QPushButton* exportHtml = nullptr;
    QPushButton* exportCsv = nullptr;
    ShippingDestinationModel* destinations = nullptr;
    ShippingVerdictModel* verdicts = nullptr;
    ShippingDatabaseModel* databases = nullptr;
    ShippingJobModel* jobs = nullptr;
    LagChart* chart = nullptr;
};

LogShippingPage::LogShippingPage(ShippingMonitor* monitor, QWidget* parent)
    : QWidget(parent)
    , d(std::make_unique<Private>())
{
    setObjectName(QStringLiteral("logShippingPage"));
    d->monitor = monitor;

    // The headline: icon and words, never colour alone.
    d->summaryIcon = new QLabel(this);
    d->summaryIcon->setObjectName(QStringLiteral("logShippingSummaryIcon"));
    d->summary = new HeadlineLabel(3, this);
    d->summary->setObjectName(QStringLiteral("logShippingSummaryLabel"));
    d->summary->setAccessibleName(tr("Log shipping status"));
    d->details = new QLabel(this);
    d->details->setObjectName(QStringLiteral("logShippingDetailsLabel"));
    d->details->setWordWrap(true);
    d->details->setTextFormat(Qt::PlainText);
    d->details->setTextInteractionFlags(Qt::TextSelectableByMouse);

    d->refresh = new QAction(tr("&Refresh"), this);
    d->refresh->setObjectName(QStringLiteral("refreshShippingAction"));
    d->refresh->setToolTip(tr("Read the log shipping status of every server again"));
    auto* refreshButton = new QToolButton(this);
    refreshButton->setObjectName(QStringLiteral("refreshShippingButton"));
    refreshButton->setDefaultAction(d->refresh);
    refreshButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    refreshButton->setAccessibleName(tr("Refresh the log shipping status"));
    d->exportHtml = new QPushButton(tr("Export &HTML..."), this);
    d->exportHtml->setObjectName(QStringLiteral("exportHtmlButton"));
    d->exportHtml->setAccessibleName(tr("Export the status as an HTML report"));
    d->exportCsv = new QPushButton(tr("Export &CSV..."), this);
    d->exportCsv->setObjectName(QStringLiteral("exportCsvButton"));
    d->exportCsv->setAccessibleName(tr("Export the status as a CSV file"));

    auto* top = new QHBoxLayout;
    top->addWidget(d->summaryIcon, 0, Qt::AlignTop);
    top->addWidget(d->summary, 1);
    top->addWidget(refreshButton, 0, Qt::AlignTop);
    top->addWidget(d->exportHtml, 0, Qt::AlignTop);
    top->addWidget(d->exportCsv, 0, Qt::AlignTop);

    d->destinations = new ShippingDestinationModel(this);
    d->verdicts = new ShippingVerdictModel(this);
    d->databases = new ShippingDatabaseModel(this);
    d->jobs = new ShippingJobModel(this);

    // Destinations and findings first (what is wrong), as tall as their rows; then the chart
    // beside the databases and jobs (why), which take the rest.
    auto* destinations =
        setUpTable(new FittedTableView(6, this), "destinationsTable", tr("Destinations"),
                   d->destinations, ShippingDestinationModel::SentenceColumn, true);
    auto* verdicts = setUpTable(new FittedTableView(8, this), "verdictsTable", tr("Findings"),
                                d->verdicts, ShippingVerdictModel::SentenceColumn, true);
    auto* bottom = new QSplitter(Qt::Horizontal, this);
    bottom->setObjectName(QStringLiteral("logShippingSplitter"));
    d->chart = new LagChart(bottom);
    auto* tabs = new QTabWidget(bottom);
    tabs->setObjectName(QStringLiteral("shippingDetailsTabs"));
    tabs->addTab(setUpTable(new QTableView(tabs), "shippingDatabasesTable",
                            tr("Databases per destination"), d->databases,
                            ShippingDatabaseModel::SentenceColumn, false),
                 tr("Databases"));
    tabs->addTab(setUpTable(new QTableView(tabs), "jobsTable",
                            tr("Jobs of the source and the destinations"), d->jobs,
                            ShippingJobModel::MessageColumn, false),
                 tr("Jobs"));
    bottom->addWidget(d->chart);
    bottom->addWidget(tabs);
    // Half each: the chart needs width for its time axis, the tables for their columns.
    const int half = fontMetrics().averageCharWidth() * 80;
    bottom->setSizes({half, half});
    bottom->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(d->details);
    layout->addWidget(destinations);
    layout->addWidget(verdicts);
    layout->addWidget(bottom, 1);

    connect(d->refresh, &QAction::triggered, d->monitor, &ShippingMonitor::refresh);
    connect(d->exportHtml, &QPushButton::clicked, this, [this] { exportWithDialog(true); });
    connect(d->exportCsv, &QPushButton::clicked, this, [this] { exportWithDialog(false); });
    connect(d->monitor, &ShippingMonitor::statusReady, this, &LogShippingPage::showStatus);
    connect(d->monitor, &ShippingMonitor::refreshFailed, this, &LogShippingPage::showError);

    if (d->monitor->hasStatus()) { // created after the monitor's first read
        showStatus(d->monitor->status());
    } else {
        setSummary(StatusLevel::Info, tr("Log shipping has not been read yet."));
        d->exportHtml->setEnabled(false);
        d->exportCsv->setEnabled(false);
        d->chart->setStatus(ShippingStatus(), QDateTime());
    }
}

LogShippingPage::~LogShippingPage() = default;

void LogShippingPage::setSummary(StatusLevel level, const QString& text, const QString& toolTip)
{
    const int size = d->summary->fontMetrics().height();
    d->summaryIcon->setPixmap(statusIcon(level).pixmap(QSize(size, size), devicePixelRatioF()));
    d->summaryIcon->setAccessibleName(statusLevelName(level));
    d->summary->setHeadline(level, text);
    if (!toolTip.isEmpty())
        d->summary->setToolTip(toolTip);
}

void LogShippingPage::showStatus(const ShippingStatus& status)
{
    setSummary(status.level, status.summary());
    QStringList details;
    if (status.evaluatedAt.isValid()) {
        details.append(
            tr("Evaluated %1 (source history time).").arg(formatShippingTime(status.evaluatedAt)));
    }
    if (status.newestCompleteLog) {
        details.append(tr("Newest complete log set %1, backed up %2.")
                           .arg(status.newestCompleteLog->setId)
                           .arg(formatShippingTime(status.newestCompleteLog->backupTime)));
    }
    if (status.newestCompleteFull) {
        details.append(tr("Newest complete full set %1, backed up %2.")
                           .arg(status.newestCompleteFull->setId)
                           .arg(formatShippingTime(status.newestCompleteFull->backupTime)));
    }
    d->details->setText(details.join(QLatin1Char(' ')));
    d->destinations->setDestinations(status.destinations);
    d->verdicts->setVerdicts(status.verdicts);
    d->databases->setDatabases(status.databases);
    d->jobs->setFacts(d->monitor->facts());
    d->chart->setStatus(status, d->monitor->facts().historyNow);
    d->exportHtml->setEnabled(true);
    d->exportCsv->setEnabled(true);
}

void LogShippingPage::showError(const DbError& error)
{
    // The tables keep the last status read; the headline says it could not be read again.
    setSummary(StatusLevel::Critical,
               tr("Log shipping could not be read: %1").arg(error.sentence()), error.driverText);
}

bool LogShippingPage::exportTo(const QString& path)
{
    return writeExport(path).isEmpty();
}

QString LogShippingPage::writeExport(const QString& path) const
{
    if (!d->monitor->hasStatus())
        return tr("There is no log shipping status to export yet.");
    const QString suffix = QFileInfo(path).suffix().toLower();
    QString text;
    if (suffix == QLatin1String("html") || suffix == QLatin1String("htm"))
        text = shippingStatusHtml(d->monitor->status());
    else if (suffix == QLatin1String("csv"))
        text = shippingStatusCsv(d->monitor->status());
    else
        return tr("%1 is neither an .html nor a .csv file.").arg(QFileInfo(path).fileName());
    // A small file written at once; QSaveFile leaves no half-written report behind.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit())
        return tr("Could not write %1: %2").arg(path, file.errorString());
    return QString();
}

void LogShippingPage::exportWithDialog(bool html)
{
    if (!d->monitor->hasStatus())
        return;
    const QString suffix = html ? QStringLiteral("html") : QStringLiteral("csv");
    QString path = QFileDialog::getSaveFileName(this,
                                                html ? tr("Export the log shipping status as HTML")
                                                     : tr("Export the log shipping status as CSV"),
                                                defaultExportName(d->monitor->status(), suffix),
                                                html ? tr("HTML reports (*.html *.htm)")
                                                     : tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    // Not every platform's dialog adds the filter's extension, which names the format.
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + suffix;
    const QString error = writeExport(path);
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Export failed"), error);
}

} // namespace bts
