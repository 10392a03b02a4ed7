#pragma once

#include "AuditLogReader.h"

#include <QAbstractTableModel>

namespace bts {

// The audit log's entries as a table, newest first: time, user, server, database, outcome,
// statement. Filled with what readAuditLog returned on a worker.
class AuditLogModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Time, User, Server, Database, Outcome, Statement, ColumnCount };

    explicit AuditLogModel(QObject* parent = nullptr);

    void setEntries(QVector<AuditEntry> entries);
    const AuditEntry& entry(int row) const { return m_entries.at(row); }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVector<AuditEntry> m_entries;
};

} // namespace bts
