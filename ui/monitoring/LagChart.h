#pragma once

#include "monitoring/ShippingStatus.h"

#include <QChartView>
#include <QDateTime>

class QDateTimeAxis;
class QValueAxis;

namespace bts {

// How far each destination trailed the source over the last hours: one line per destination
// (minutes behind when each set was restored, ending now with the lag the thresholds judge) and
// the warning and critical thresholds as dashed lines named in the legend.
class LagChart : public QChartView {
    Q_OBJECT

public:
    explicit LagChart(QWidget* parent = nullptr);

    // `now` is the history frame's now (ShippingFacts::historyNow); invalid: the status's time.
    void setStatus(const ShippingStatus& status, const QDateTime& now);

    // The legend's names in drawing order: destinations, then the two thresholds.
    QStringList seriesNames() const;

protected:
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void applyTheme();
    void rebuild();
    void fitMinutesAxis();

    QDateTimeAxis* m_timeAxis = nullptr;
    QValueAxis* m_minutesAxis = nullptr;
    ShippingStatus m_status;
    QDateTime m_now;
    double m_highestMinutes = 60; // what the minutes axis must reach
};

} // namespace bts
