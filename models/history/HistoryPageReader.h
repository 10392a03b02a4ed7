#pragma once

#include "HistoryQuery.h"
#include "core/Result.h"
#include "sql/SqlConnector.h"

#include <QVariantList>
#include <QVector>

namespace bts {

// One page of a history: its rows (values in the query's column order) and the columns they
// were read with, which the first page of a query discovers.
struct HistoryRows {
    QStringList columns;
    QVector<QVariantList> rows;
};

// The blocking reads behind ChunkedHistoryModel: call them on a database thread (runAsync). Each
// opens the calling thread's own connection through `connector`.

// The query with its columns discovered (the table's columns as the server lists them), unless
// it already has them.
Result<HistoryQuery> resolveHistoryColumns(const SqlConnector& connector, HistoryQuery query);
// Rows [offset, offset + limit) of the query's order.
Result<HistoryRows> readHistoryPage(const SqlConnector& connector, const HistoryQuery& query,
                                    qint64 offset, int limit);
// How many rows the query's filter keeps.
Result<qint64> readHistoryCount(const SqlConnector& connector, const HistoryQuery& query);

} // namespace bts
