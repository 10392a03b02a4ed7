#pragma once

#include "LabConnector.h"
#include "core/Result.h"

#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <functional>

namespace bts::LabHistoryWriter {

// The bulk writes of the lab's history generator, on one lab database each.

// Runs `fill` in one transaction of `server`/`database`, with `sql` prepared once; `fill` calls
// insert() per row. Rolled back when anything fails.
Status bulk(const LabConnector& connector, const QString& server, const QString& database,
            const QString& sql, const std::function<Status(QSqlQuery&)>& fill);
Status insert(QSqlQuery& query, const QVariantList& values);

// Runs `statements` (each with its bound values) in one transaction.
Status inTransaction(const LabConnector& connector, const QString& server, const QString& database,
                     const QVector<QPair<QString, QVariantList>>& statements);

// The statements that add `shift` to an integer key `column` of `table` when a unique index or
// the primary key is on it: twice through negative values, since SQLite checks uniqueness row by
// row and a plain "+ shift" would collide with the next row still unshifted.
QVector<QPair<QString, QVariantList>> shiftUnique(const QString& table, const QString& column,
                                                  qint64 shift);

// The first of `count` new ids below `lowest` (the lowest id in use, or the next one to be
// given); `shift` is set to what every existing id must move up to make room (0: none).
qint64 roomBelow(qint64 lowest, qint64 count, qint64& shift);

// The indexes the history grids and monitoring read through (the destination's table comes
// from a Schema script the lab does not own, so they are added here).
QStringList managementIndexes();
QStringList destinationIndexes();
QStringList msdbIndexes();

} // namespace bts::LabHistoryWriter
