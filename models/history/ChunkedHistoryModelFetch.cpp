// ChunkedHistoryModel's reading: which pages to ask for, the replies, the LRU cache.

#include "ChunkedHistoryModel.h"

#include "core/DatabasePool.h"

#include <climits>
#include <utility>

namespace bts {
namespace {

// Two pages read at once: one for where the view is, one for where it is going. More would only
// queue on the server behind each other while the operator scrolls on.
constexpr int MaxInFlight = 2;
// Pages asked for by data() and not yet read; older asks are dropped, the view has moved on.
constexpr int MaxWanted = 6;

} // namespace

void ChunkedHistoryModel::want(qint64 page) const
{
    if (m_failed || m_inFlight.contains(page))
        return;
    m_wanted.removeOne(page);
    m_wanted.append(page);
    while (m_wanted.size() > MaxWanted)
        m_wanted.removeFirst();
    // Not restarted by later asks: a steady scroll still gets its pages every few frames.
    if (!m_fetchTimer.isActive())
        m_fetchTimer.start();
}

void ChunkedHistoryModel::dispatch()
{
    while (m_inFlight.size() < MaxInFlight && !m_wanted.isEmpty()) {
        const qint64 page = m_wanted.takeLast(); // where the view is now first
        if (!m_pages.contains(page) && page * m_pageSize < rowCount())
            requestPage(page);
    }
}

void ChunkedHistoryModel::requestPage(qint64 page)
{
    if (!m_backend || m_failed || m_inFlight.contains(page) || m_pages.contains(page))
        return;
    m_inFlight.insert(page);
    const quint64 generation = m_generation;
    runAsync(
        this,
        [backend = m_backend, query = m_query, offset = page * m_pageSize, limit = m_pageSize] {
            return readHistoryPage(backend->connector(), query, offset, limit);
        },
        [this, generation, page](const Result<HistoryRows>& result) {
            pageArrived(generation, page, result);
        });
    updateLoading();
}

void ChunkedHistoryModel::requestCount()
{
    m_countPending = true;
    const quint64 generation = m_generation;
    runAsync(
        this,
        [backend = m_backend, query = m_query] {
            return readHistoryCount(backend->connector(), query);
        },
        [this, generation](const Result<qint64>& result) { countArrived(generation, result); });
}

void ChunkedHistoryModel::pageArrived(quint64 generation, qint64 page,
                                      const Result<HistoryRows>& result)
{
    if (generation != m_generation) {
        ++m_staleReplies; // read for a filter, order or group no longer shown
        return;
    }
    m_inFlight.remove(page);
    if (!result) {
        fail(result.error());
        return;
    }
    const HistoryRows& read = result.value();
    if (read.columns != m_query.columns) {
        // The first page discovered the columns: the view learns them with the rows.
        beginResetModel();
        m_query.columns = read.columns;
        endResetModel();
    }
    const qint64 first = page * m_pageSize;
    const qint64 end = first + read.rows.size();
    storePage(page, read.rows);
    if (m_count < 0 && end >= m_extent) {
        m_lastPageFull = read.rows.size() == m_pageSize;
        setRowCount(end, false);
    }
    const qint64 last = qMin<qint64>(end, rowCount()) - 1;
    if (last >= first && columnCount() > 0)
        emit dataChanged(index(int(first), 0), index(int(last), columnCount() - 1));
    if (page == 0 && !m_firstShown) {
        m_firstShown = true;
        emit firstPageShown(m_clock.elapsed());
    }
    if (m_heldCount >= 0) {
        // A count that came before the columns: taken in on the next turn of the event loop, so
        // that showing the first page and a view making room for a million rows are two short
        // pauses instead of one long one.
        QMetaObject::invokeMethod(
            this,
            [this, generation] {
                if (generation == m_generation && m_heldCount >= 0)
                    applyCount(std::exchange(m_heldCount, -1));
            },
            Qt::QueuedConnection);
    }
    dispatch();
    updateLoading();
}

void ChunkedHistoryModel::countArrived(quint64 generation, const Result<qint64>& result)
{
    if (generation != m_generation) {
        ++m_staleReplies;
        return;
    }
    if (!result) {
        m_countPending = false;
        fail(result.error());
        return;
    }
    if (m_query.columns.isEmpty()) {
        // Held until the first page has brought the columns: the view's reset for them is then
        // over no rows at all rather than over the whole count.
        m_heldCount = result.value();
        return;
    }
    applyCount(result.value());
}

void ChunkedHistoryModel::applyCount(qint64 count)
{
    m_countPending = false;
    setRowCount(count, true);
    emit countKnown(count);
    updateLoading();
}

void ChunkedHistoryModel::storePage(qint64 page, QVector<QVariantList> rows)
{
    // The least recently read pages go first; a new page is the most recent.
    while (m_pages.size() >= m_maxPages) {
        auto oldest = m_pages.begin();
        for (auto it = m_pages.begin(); it != m_pages.end(); ++it) {
            if (it->lastUse < oldest->lastUse)
                oldest = it;
        }
        m_pages.erase(oldest);
    }
    m_pages.insert(page, Page{std::move(rows), ++m_useClock});
}

void ChunkedHistoryModel::setRowCount(qint64 rows, bool countKnown)
{
    const int before = rowCount();
    const int after = int(qMin<qint64>(rows, INT_MAX));
    if (after > before)
        beginInsertRows(QModelIndex(), before, after - 1);
    else if (after < before)
        beginRemoveRows(QModelIndex(), after, before - 1);
    if (countKnown)
        m_count = rows;
    else
        m_extent = rows;
    if (after > before)
        endInsertRows();
    else if (after < before)
        endRemoveRows();
}

void ChunkedHistoryModel::fail(const DbError& error)
{
    m_failed = true;
    m_wanted.clear();
    if (m_heldCount >= 0) { // no page to show it with
        m_heldCount = -1;
        m_countPending = false;
    }
    updateLoading();
    emit failed(error);
}

void ChunkedHistoryModel::updateLoading()
{
    if (isLoading() == m_loading)
        return;
    m_loading = isLoading();
    emit loadingChanged(m_loading);
}

} // namespace bts
