#pragma once

#include "JobHistory.h"

#include <QAbstractTableModel>

namespace bts {

// The backup job's history table: runs (their outcome rows) and their steps, one row each.
// Widget-free: the level is exposed through StatusLevelRole and the view draws it.
class JobHistoryModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        OutcomeColumn,
        StartedColumn,
        StepColumn,
        DurationColumn,
        MessageColumn,
        ColumnCount
    };
    enum Roles {
        StatusLevelRole = Qt::UserRole + 1, // int(StatusLevel)
        SortRole,          // raw value of the column; for Outcome, the same as FailuresFirstRole
        FailuresFirstRole, // qint64, same on every column: ascending = failures first, newest first
        InstanceIdRole,    // sysjobhistory.instance_id, stable across reloads
    };

    explicit JobHistoryModel(QObject* parent = nullptr);

    void setEntries(const QVector<JobHistoryEntry>& entries);
    const QVector<JobHistoryEntry>& entries() const { return m_entries; }
    const JobHistoryEntry* entryAt(int row) const;
    int rowForInstance(qint64 instanceId) const;

    static QString outcomeName(int runStatus);
    static QString stepText(const JobHistoryEntry& entry);
    static QString durationText(int seconds);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant displayData(const JobHistoryEntry& entry, int column) const;
    QVariant sortData(const JobHistoryEntry& entry, int column) const;

    QVector<JobHistoryEntry> m_entries;
};

} // namespace bts
