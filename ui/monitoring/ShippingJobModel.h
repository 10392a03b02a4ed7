#pragma once

#include "StatusTableModel.h"
#include "monitoring/ShippingFacts.h"

#include <optional>

namespace bts {

// The SQL Agent jobs on both sides of log shipping: the source's Backup BizTalk Server job, then
// each destination's BTS Log Shipping jobs, with how each last ran.
class ShippingJobModel : public StatusTableModel {
    Q_OBJECT

public:
    enum Column {
        // How the job last ran comes first: the page shares its width with the chart.
        ServerColumn,
        JobColumn,
        OutcomeColumn,
        LastRunColumn,
        EnabledColumn, // "Yes, every 15 min": whether and how often it runs
        MessageColumn,
        ColumnCount
    };

    struct Row {
        QString server;
        QString job;
        std::optional<bool> enabled;        // unknown when the server could not be read
        std::optional<int> intervalMinutes; // how often the job's schedule runs it
        std::optional<JobRun> lastRun;
        QString outcome; // set when there is no run to describe ("Not read", "Not found")
        QString message;
        StatusLevel level = StatusLevel::Info;
    };

    using StatusTableModel::StatusTableModel;

    void setFacts(const ShippingFacts& facts);
    const Row* rowAt(int row) const;

protected:
    int rows() const override { return int(m_rows.size()); }
    QStringList headers() const override;
    int levelColumn() const override { return OutcomeColumn; }
    StatusLevel levelAt(int row) const override { return m_rows.at(row).level; }
    QString textAt(int row, int column) const override;
    QVariant sortValueAt(int row, int column) const override;
    bool isLongText(int column) const override
    {
        return column == MessageColumn || column == JobColumn;
    }

private:
    QVector<Row> m_rows;
};

} // namespace bts
