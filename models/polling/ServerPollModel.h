#pragma once

#include "PollTarget.h"

#include <QAbstractTableModel>
#include <QVector>

namespace bts {

// One row per polled server: environment, server, role, status in words, round trip, message.
// The level is exposed through StatusLevelRole; the view draws the icon next to the words.
class ServerPollModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        EnvironmentColumn,
        ServerColumn,
        RoleColumn,
        StatusColumn,
        RoundTripColumn,
        MessageColumn,
        ColumnCount
    };
    enum Roles {
        StatusLevelRole = Qt::UserRole + 1, // int(StatusLevel)
        StateRole,                          // int(PollResult::State)
    };

    explicit ServerPollModel(QObject* parent = nullptr);

    // New rows, every one pending.
    void setTargets(const QVector<PollTarget>& targets);
    // The newest result of row `row`; ignored when out of range.
    void setResult(int row, const PollResult& result);
    PollResult result(int row) const { return m_rows.value(row).result; }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row {
        PollTarget target;
        PollResult result;
    };
    QVector<Row> m_rows;
};

} // namespace bts
