#pragma once

#include "StatusTableModel.h"
#include "monitoring/ShippingStatus.h"

namespace bts {

// One row per destination SQL Server: how far it trails the source and why.
class ShippingDestinationModel : public StatusTableModel {
    Q_OBJECT

public:
    enum Column {
        ServerColumn,
        StatusColumn,
        LastRestoredSetColumn,
        SetsBehindColumn,
        TimeBehindColumn,
        LastRestoredAtColumn,
        SentenceColumn,
        ColumnCount
    };

    using StatusTableModel::StatusTableModel;

    void setDestinations(const QVector<DestinationStatus>& destinations);
    const DestinationStatus* destinationAt(int row) const;

protected:
    int rows() const override { return int(m_rows.size()); }
    QStringList headers() const override;
    int levelColumn() const override { return StatusColumn; }
    StatusLevel levelAt(int row) const override { return m_rows.at(row).level; }
    QString textAt(int row, int column) const override;
    QVariant sortValueAt(int row, int column) const override;
    bool isLongText(int column) const override { return column == SentenceColumn; }

private:
    QVector<DestinationStatus> m_rows;
};

} // namespace bts
