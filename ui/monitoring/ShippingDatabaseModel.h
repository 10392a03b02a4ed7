#pragma once

#include "StatusTableModel.h"
#include "monitoring/ShippingStatus.h"

namespace bts {

// One row per database per destination: which set it last restored and whether it trails the
// rest of its destination.
class ShippingDatabaseModel : public StatusTableModel {
    Q_OBJECT

public:
    enum Column {
        DestinationColumn,
        DatabaseColumn,
        StatusColumn,
        LastRestoredSetColumn,
        SetsBehindColumn,
        SentenceColumn,
        ColumnCount
    };

    using StatusTableModel::StatusTableModel;

    void setDatabases(const QVector<DatabaseShippingStatus>& databases);
    const DatabaseShippingStatus* databaseAt(int row) const;

protected:
    int rows() const override { return int(m_rows.size()); }
    QStringList headers() const override;
    int levelColumn() const override { return StatusColumn; }
    StatusLevel levelAt(int row) const override { return m_rows.at(row).level; }
    QString textAt(int row, int column) const override;
    QVariant sortValueAt(int row, int column) const override;
    bool isLongText(int column) const override { return column == SentenceColumn; }

private:
    QVector<DatabaseShippingStatus> m_rows;
};

} // namespace bts
