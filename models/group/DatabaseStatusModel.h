#pragma once

#include "DatabaseStatus.h"
#include "GroupSnapshot.h"

#include <QAbstractTableModel>

namespace bts {

// The database grid: one row per database of the group with its verdict. Widget-free: the
// level is exposed through StatusLevelRole and the view decides how to draw it.
class DatabaseStatusModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        StatusColumn,
        RoleColumn,
        DefaultNameColumn,
        ActualNameColumn,
        ServerColumn,
        MethodColumn,
        RecoveryModelColumn,
        LastFullColumn,
        LastLogColumn,
        RestoredColumn,
        ReasonColumn,
        ColumnCount
    };
    enum Roles {
        StatusLevelRole = Qt::UserRole + 1, // int(StatusLevel)
        SortRole,                           // raw value for sorting
        DatabaseKeyRole,                    // GroupDatabase::key(), stable across refreshes
    };

    explicit DatabaseStatusModel(QObject* parent = nullptr);

    // Replaces the rows; rows with the same keys are updated in place so that the view keeps
    // its selection and scroll position.
    void setSnapshot(const GroupSnapshot& snapshot, const GroupVerdicts& verdicts);

    const GroupDatabase* databaseAt(int row) const;
    const StatusVerdict* verdictAt(int row) const;
    int rowForKey(const QString& key) const;
    const GroupSnapshot& snapshot() const { return m_snapshot; }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant displayData(const GroupDatabase& db, const StatusVerdict& verdict, int column) const;
    QVariant sortData(const GroupDatabase& db, const StatusVerdict& verdict, int column) const;
    QString formatBackupTime(const std::optional<QDateTime>& when) const;
    QString describeBackupTime(const std::optional<QDateTime>& when) const;
    // "LABSQL02: set 25", per destination; empty when the database is not log shipped.
    QString describeRestored(const GroupDatabase& db) const;
    qint64 lowestRestoredSet(const GroupDatabase& db) const;
    // What every cell shows, per row, column after column, for the roles compared on refresh.
    static constexpr int ComparedRoles[] = {Qt::DisplayRole, Qt::ToolTipRole, StatusLevelRole,
                                            SortRole};
    QVector<QVector<QVariant>> cellValues() const;

    GroupSnapshot m_snapshot;
    QVector<StatusVerdict> m_verdicts;
};

} // namespace bts
