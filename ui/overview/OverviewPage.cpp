#include "OverviewPage.h"

#include "StatusIcons.h"
#include "environments/EnvironmentStore.h"
#include "polling/PollTargets.h"
#include "polling/ServerPollModel.h"
#include "polling/ServerPoller.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QIdentityProxyModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace bts {
namespace {

// The status icon next to the status words: shape and words, never colour alone.
class IconProxy : public QIdentityProxyModel {
public:
    using QIdentityProxyModel::QIdentityProxyModel;

    QVariant data(const QModelIndex& index, int role) const override
    {
        if (role == Qt::DecorationRole && index.column() == ServerPollModel::StatusColumn) {
            const auto state = PollResult::State(
                QIdentityProxyModel::data(index, ServerPollModel::StateRole).toInt());
            if (state == PollResult::State::Pending)
                return QVariant();
            const int level =
                QIdentityProxyModel::data(index, ServerPollModel::StatusLevelRole).toInt();
            return statusIcon(StatusLevel(level));
        }
        return QIdentityProxyModel::data(index, role);
    }
};

} // namespace

OverviewPage::OverviewPage(const QString& labRoot, const QString& environmentsFile, QWidget* parent)
    : QWidget(parent)
    , m_labRoot(labRoot)
    , m_environmentsFile(environmentsFile)
    , m_poller(new ServerPoller(this))
    , m_model(new ServerPollModel(this))
    , m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("overviewPage"));
    auto* layout = new QVBoxLayout(this);
    auto* bar = new QHBoxLayout;
    m_summary = new QLabel(tr("Not polled yet."), this);
    m_summary->setObjectName(QStringLiteral("overviewSummaryLabel"));
    m_summary->setWordWrap(true);
    m_refresh = new QPushButton(tr("&Refresh"), this);
    m_refresh->setObjectName(QStringLiteral("overviewRefreshButton"));
    m_refresh->setToolTip(tr("Probe every server of every environment now"));
    bar->addWidget(m_summary, 1);
    bar->addWidget(m_refresh);
    layout->addLayout(bar);

    auto* proxy = new IconProxy(this);
    proxy->setSourceModel(m_model);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("overviewTable"));
    // Tab leaves the grid, the arrows move in it: no keyboard user is held in a grid.
    m_table->setTabKeyNavigation(false);
    m_table->setAccessibleName(tr("Servers of every environment"));
    m_table->setModel(proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ServerPollModel::MessageColumn,
                                                      QHeaderView::Stretch);
    layout->addWidget(m_table, 1);

    connect(m_refresh, &QPushButton::clicked, this, &OverviewPage::refresh);
    connect(m_timer, &QTimer::timeout, this, &OverviewPage::refresh);
    connect(m_poller, &ServerPoller::targetPolled, m_model, &ServerPollModel::setResult);
    connect(m_poller, &ServerPoller::roundFinished, this, [this](qint64 wallMs) {
        int reachable = 0;
        int failing = 0;
        int notPolled = 0;
        for (int row = 0; row < m_model->rowCount(); ++row) {
            const PollResult::State state = m_model->result(row).state;
            reachable += state == PollResult::State::Reachable;
            notPolled += state == PollResult::State::NotPolled;
            failing +=
                state == PollResult::State::Unreachable || state == PollResult::State::TimedOut;
        }
        m_summary->setText(tr("%1 of %2 servers reachable, %3 not answering, %4 not polled "
                              "(password needed). Polled in parallel in %5 ms.")
                               .arg(reachable)
                               .arg(m_model->rowCount())
                               .arg(failing)
                               .arg(notPolled)
                               .arg(wallMs));
    });
    setIntervalMs(30000);
}

OverviewPage::~OverviewPage() = default;

void OverviewPage::setLabRoot(const QString& labRoot)
{
    m_labRoot = labRoot;
    m_signature.clear(); // the lab's rows get a connector to the new root
}

void OverviewPage::rememberPassword(const QString& environmentId, const QString& password)
{
    m_passwords.insert(environmentId, password);
    m_signature.clear();
}

void OverviewPage::setIntervalMs(int milliseconds)
{
    m_timer->setInterval(milliseconds);
}

void OverviewPage::refresh()
{
    const QVector<Environment> environments = EnvironmentStore(m_environmentsFile).environments();
    QVector<PollTarget> targets =
        pollTargets(environments, m_passwords, m_labRoot, m_poller->timeoutMs());
    // Same servers as last time: keep the rows (and the last results) while they are polled.
    QString signature;
    for (const PollTarget& t : targets)
        signature += t.key() + (t.connector ? QStringLiteral("+;") : QStringLiteral("-;"));
    if (signature != m_signature || m_poller->targets().size() != targets.size()) {
        m_signature = signature;
        m_model->setTargets(targets);
        m_poller->setTargets(std::move(targets));
    }
    m_poller->poll();
}

void OverviewPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    // Polls only while someone looks; every server at once on the way in.
    m_timer->start();
    refresh();
}

void OverviewPage::hideEvent(QHideEvent* event)
{
    QWidget::hideEvent(event);
    m_timer->stop();
}

} // namespace bts
