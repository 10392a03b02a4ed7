#include "ChunkedHistoryModel.h"

#include "HistoryFormat.h"

#include <climits>

namespace bts {
namespace {

// The pause that gathers a repaint's asks into one read per page.
constexpr int FetchDelayMs = 15;

const QString Placeholder = QStringLiteral("\u2026");

} // namespace

ChunkedHistoryModel::ChunkedHistoryModel(QObject* parent)
    : QAbstractTableModel(parent)
{
    qRegisterMetaType<DbError>();
    m_fetchTimer.setSingleShot(true);
    m_fetchTimer.setInterval(FetchDelayMs);
    connect(&m_fetchTimer, &QTimer::timeout, this, &ChunkedHistoryModel::dispatch);
}

ChunkedHistoryModel::~ChunkedHistoryModel() = default;

void ChunkedHistoryModel::setBackend(std::shared_ptr<const GroupBackend> backend)
{
    m_backend = std::move(backend);
    beginResetModel();
    ++m_generation; // replies from the previous group are dropped
    m_query = HistoryQuery();
    m_pages.clear();
    m_inFlight.clear();
    m_wanted.clear();
    m_count = -1;
    m_extent = 0;
    m_countPending = false;
    m_heldCount = -1;
    endResetModel();
    updateLoading();
}

void ChunkedHistoryModel::setQuery(const HistoryQuery& query)
{
    start(query, isCountKnown() && query.sameRowsAs(m_query));
}

void ChunkedHistoryModel::setFilter(const HistoryFilter& filter)
{
    HistoryQuery query = m_query; // keeps the discovered columns
    query.filter = filter;
    setQuery(query);
}

void ChunkedHistoryModel::refresh()
{
    start(m_query, false);
}

void ChunkedHistoryModel::setPageSize(int rows)
{
    m_pageSize = qMax(1, rows);
}

void ChunkedHistoryModel::setMaxCachedPages(int pages)
{
    m_maxPages = qMax(2, pages); // the view's page and the next one
}

void ChunkedHistoryModel::start(const HistoryQuery& query, bool keepCount)
{
    beginResetModel();
    ++m_generation;
    m_query = query;
    m_pages.clear();
    m_inFlight.clear();
    m_wanted.clear();
    m_extent = 0;
    m_lastPageFull = false;
    m_failed = false;
    m_firstShown = false;
    if (!keepCount)
        m_count = -1;
    m_countPending = false;
    m_heldCount = -1;
    endResetModel();
    m_clock.start();
    if (!m_backend) {
        updateLoading();
        return;
    }
    // The first page at once, the count beside it: the first screen never waits for a count.
    requestPage(0);
    if (!keepCount)
        requestCount();
    updateLoading();
}

bool ChunkedHistoryModel::isRowLoaded(int row) const
{
    return m_pages.contains(row / m_pageSize);
}

int ChunkedHistoryModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid())
        return 0;
    return int(qMin<qint64>(m_count >= 0 ? m_count : m_extent, INT_MAX));
}

int ChunkedHistoryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_query.columns.size());
}

QVariant ChunkedHistoryModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= columnCount())
        return QVariant();
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != PlaceholderRole &&
        role != ValueRole)
        return QVariant();
    const qint64 pageIndex = index.row() / m_pageSize;
    const auto page = m_pages.find(pageIndex);
    const int inPage = int(index.row() - pageIndex * m_pageSize);
    if (page == m_pages.end() || inPage >= page->rows.size()) {
        if (page == m_pages.end())
            want(pageIndex);
        if (role == PlaceholderRole)
            return true;
        return role == Qt::DisplayRole ? QVariant(Placeholder) : QVariant();
    }
    page->lastUse = ++m_useClock;
    const QVariant value = page->rows.at(inPage).value(index.column());
    if (role == PlaceholderRole)
        return false;
    if (role == ValueRole)
        return value;
    return historyDisplayText(m_query.kind, m_query.columns.at(index.column()), value);
}

QVariant ChunkedHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return historyColumnTitle(m_query.columns.at(section));
    if (role == Qt::ToolTipRole)
        return m_query.columns.at(section); // the server's own column name
    return QVariant();
}

void ChunkedHistoryModel::sort(int column, Qt::SortOrder order)
{
    const QString name = m_query.columns.value(column);
    // Unsorted means by the unique key: a view showing that as its indicator asks for no change.
    const QString current =
        m_query.canSortBy(m_query.sortColumn) ? m_query.sortColumn : m_query.tiebreakers().value(0);
    if (!m_query.canSortBy(name) || (name == current && order == m_query.sortOrder))
        return; // views sort again at set-up and when their indicator moves: no needless re-read
    HistoryQuery query = m_query;
    query.sortColumn = name;
    query.sortOrder = order;
    setQuery(query);
}

bool ChunkedHistoryModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_count < 0 && m_lastPageFull && !m_failed &&
           !m_inFlight.contains(m_extent / m_pageSize);
}

void ChunkedHistoryModel::fetchMore(const QModelIndex& parent)
{
    if (canFetchMore(parent))
        requestPage(m_extent / m_pageSize);
}

} // namespace bts
