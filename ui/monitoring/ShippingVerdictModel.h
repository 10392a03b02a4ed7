#pragma once

#include "StatusTableModel.h"
#include "monitoring/ShippingStatus.h"

namespace bts {

// Every finding of the status engine, worst first: level, topic, subject and what to do.
class ShippingVerdictModel : public StatusTableModel {
    Q_OBJECT

public:
    enum Column { LevelColumn, TopicColumn, SubjectColumn, SentenceColumn, ColumnCount };

    using StatusTableModel::StatusTableModel;

    void setVerdicts(const QVector<ShippingVerdict>& verdicts);
    const ShippingVerdict* verdictAt(int row) const;

protected:
    int rows() const override { return int(m_rows.size()); }
    QStringList headers() const override;
    int levelColumn() const override { return LevelColumn; }
    StatusLevel levelAt(int row) const override { return m_rows.at(row).level; }
    QString textAt(int row, int column) const override;
    bool isLongText(int column) const override { return column == SentenceColumn; }

private:
    QVector<ShippingVerdict> m_rows;
};

} // namespace bts
