#pragma once

#include "HistoryPageReader.h"
#include "HistoryQuery.h"
#include "core/DbError.h"
#include "group/GroupBackend.h"

#include <QAbstractTableModel>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QSet>
#include <QTimer>

#include <memory>

namespace bts {

// A history table of any size as a table model that never waits on the server: rows are read a
// page at a time on a database thread when a view first asks for them, a placeholder stands in
// until they arrive, and only the most recently used pages are kept, so memory stays flat while
// an operator scrolls through millions of rows. The first page is asked for at once and shown
// before the row count, which runs beside it; until the count arrives the model grows as pages
// come. Filter and order are the server's (HistoryQuery); every request carries a generation and
// a reply to an older query is dropped.
class ChunkedHistoryModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Role {
        PlaceholderRole = Qt::UserRole + 1, // bool: the row is not loaded yet (show it greyed)
        ValueRole,                          // the value as the server sent it
    };
    static constexpr int DefaultPageSize = 200;
    static constexpr int DefaultMaxCachedPages = 20;

    explicit ChunkedHistoryModel(QObject* parent = nullptr);
    ~ChunkedHistoryModel() override;

    // The group read from; a null backend empties the model.
    void setBackend(std::shared_ptr<const GroupBackend> backend);
    // Starts reading `query` (its columns discovered on the first page when empty). The count is
    // kept when only the order changed.
    void setQuery(const HistoryQuery& query);
    const HistoryQuery& query() const { return m_query; }
    void setFilter(const HistoryFilter& filter);
    void refresh(); // reads everything again: the history grew

    // Sizes, before setQuery.
    void setPageSize(int rows);
    void setMaxCachedPages(int pages);
    int pageSize() const { return m_pageSize; }
    int maxCachedPages() const { return m_maxPages; }
    int cachedPageCount() const { return int(m_pages.size()); }

    bool isCountKnown() const { return m_count >= 0; }
    qint64 totalCount() const { return m_count; } // -1 until known
    bool isLoading() const { return !m_inFlight.isEmpty() || m_countPending; }
    bool isRowLoaded(int row) const;
    int staleRepliesDropped() const { return m_staleReplies; }
    QString columnName(int column) const { return m_query.columns.value(column); }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    // Asks the server for the new order; a column the table cannot sort on is ignored.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    // Before the count: the next page when the last one was full (a view at the bottom asks).
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

signals:
    void firstPageShown(qint64 milliseconds); // since setQuery
    void countKnown(qint64 rows);
    void loadingChanged(bool loading);
    void failed(const bts::DbError& error);

private:
    struct Page {
        QVector<QVariantList> rows;
        quint64 lastUse = 0;
    };

    void start(const HistoryQuery& query, bool keepCount);
    void want(qint64 page) const; // from data(): fetched after a short pause
    void dispatch();
    void requestPage(qint64 page);
    void requestCount();
    void pageArrived(quint64 generation, qint64 page, const Result<HistoryRows>& result);
    void countArrived(quint64 generation, const Result<qint64>& result);
    void applyCount(qint64 count);
    void storePage(qint64 page, QVector<QVariantList> rows);
    void setRowCount(qint64 rows, bool countKnown);
    void fail(const DbError& error);
    void updateLoading();

    std::shared_ptr<const GroupBackend> m_backend;
    HistoryQuery m_query;
    quint64 m_generation = 0;
    int m_pageSize = DefaultPageSize;
    int m_maxPages = DefaultMaxCachedPages;
    qint64 m_count = -1;     // the server's count, once known
    qint64 m_heldCount = -1; // a count that came before the first page (see countArrived)
    qint64 m_extent = 0;     // rows known to exist from the pages read, before the count
    bool m_lastPageFull = false;
    bool m_countPending = false;
    bool m_failed = false; // no more fetching until the query changes: no loop of failing reads
    bool m_firstShown = false;
    bool m_loading = false;
    int m_staleReplies = 0;
    mutable QHash<qint64, Page> m_pages; // LRU: data() marks the page it reads as used
    QSet<qint64> m_inFlight;
    mutable quint64 m_useClock = 0;
    mutable QList<qint64> m_wanted; // pages a view asked for, most recent last
    mutable QTimer m_fetchTimer;
    QElapsedTimer m_clock;
};

} // namespace bts
