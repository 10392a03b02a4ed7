#include "LagChart.h"

#include <QChart>
#include <QDateTimeAxis>
#include <QEvent>
#include <QGraphicsLayout>
#include <QLegend>
#include <QLineSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <limits>

namespace bts {
namespace {

// Dash patterns differ as well as colours, so that the two thresholds never depend on colour.
QPen thresholdPen(StatusLevel level, bool dark)
{
    const bool critical = level == StatusLevel::Critical;
    QColor colour = critical ? QColor(0xc0, 0x1c, 0x28) : QColor(0xb3, 0x5c, 0x00);
    if (dark)
        colour = colour.lighter(160);
    QPen pen(colour);
    pen.setWidthF(1.5);
    pen.setStyle(critical ? Qt::DashDotLine : Qt::DashLine);
    return pen;
}

// A tick interval for the minutes axis that operators read at a glance (a quarter, half an
// hour, hours, days), giving at most `intervals` intervals up to `minutes`.
double minutesStep(double minutes, int intervals)
{
    for (double step : {15.0, 30.0, 60.0, 120.0, 240.0, 480.0, 720.0, 1440.0}) {
        if (minutes <= step * intervals)
            return step;
    }
    return std::ceil(minutes / (1440.0 * intervals)) * 1440.0;
}

// The wall clock of a time in its own frame (the server's), as a UTC time: what the chart computes
// with, so that ticks fall on the server's whole hours.
QDateTime wallClock(const QDateTime& time)
{
    return QDateTime(time.date(), time.time(), Qt::UTC);
}

// QDateTimeAxis labels its values in this machine's time zone: the same wall clock in local time
// makes it print the server's.
QDateTime axisTime(const QDateTime& wall)
{
    return QDateTime(wall.date(), wall.time(), Qt::LocalTime);
}

double axisX(const QDateTime& wall)
{
    return double(axisTime(wall).toMSecsSinceEpoch());
}

// Ticks on whole quarters, hours or days: the range is widened to a multiple of a round
// interval that gives at most eight of them.
struct TimeTicks {
    QDateTime first;
    QDateTime last;
    int count = 2;
};

TimeTicks timeTicks(const QDateTime& from, const QDateTime& to)
{
    const qint64 span = qMax<qint64>(from.secsTo(to), 60);
    qint64 interval = 0;
    for (qint64 minutes : {15, 30, 60, 120, 180, 240, 360, 720, 1440}) {
        interval = minutes * 60;
        if (span <= interval * 8)
            break;
    }
    if (span > interval * 8)
        interval = (span / (8 * 86400) + 1) * 86400;
    const qint64 start = from.toSecsSinceEpoch();
    const qint64 end = to.toSecsSinceEpoch();
    const qint64 first = start - ((start % interval) + interval) % interval;
    const qint64 intervals = qMax<qint64>(1, (end - first + interval - 1) / interval);
    TimeTicks ticks;
    ticks.first = from.addSecs(first - start);
    ticks.last = ticks.first.addSecs(intervals * interval);
    ticks.count = int(intervals) + 1;
    return ticks;
}

} // namespace

LagChart::LagChart(QWidget* parent)
    : QChartView(parent)
{
    setObjectName(QStringLiteral("lagChart"));
    setAccessibleName(tr("Lag chart"));
    setRenderHint(QPainter::Antialiasing);
    // Room for a time axis of eight ticks and a legend of three names.
    setMinimumSize(fontMetrics().averageCharWidth() * 48, fontMetrics().lineSpacing() * 12);
    auto* chart = new QChart;
    // The plot gets the room: the page around the chart already has margins.
    chart->setMargins(QMargins());
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    chart->setBackgroundRoundness(0);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setMarkerShape(QLegend::MarkerShapeFromSeries);
    m_timeAxis = new QDateTimeAxis(chart);
    m_timeAxis->setTitleText(tr("Restored at (backup history time)"));
    m_minutesAxis = new QValueAxis(chart);
    m_minutesAxis->setTitleText(tr("Minutes behind"));
    m_minutesAxis->setLabelFormat(QStringLiteral("%d"));
    m_minutesAxis->setTickType(QValueAxis::TicksDynamic);
    m_minutesAxis->setTickAnchor(0);
    chart->addAxis(m_timeAxis, Qt::AlignBottom);
    chart->addAxis(m_minutesAxis, Qt::AlignLeft);
    setChart(chart);
    applyTheme();
    rebuild();
}

void LagChart::setStatus(const ShippingStatus& status, const QDateTime& now)
{
    m_status = status;
    m_now = now.isValid() ? now : status.evaluatedAt;
    rebuild();
}

QStringList LagChart::seriesNames() const
{
    QStringList names;
    for (const QAbstractSeries* series : chart()->series())
        names.append(series->name());
    return names;
}

void LagChart::changeEvent(QEvent* event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        applyTheme();
        rebuild();
    }
}

void LagChart::resizeEvent(QResizeEvent* event)
{
    QChartView::resizeEvent(event);
    fitMinutesAxis();
}

void LagChart::fitMinutesAxis()
{
    // As many ticks as there is room for labels two lines apart, up to eight: a squeezed
    // chart shows fewer numbers rather than elided ones.
    // The legend, the time axis and its title take about five lines of the height.
    const int line = fontMetrics().lineSpacing();
    const int intervals = qBound(1, (height() - 5 * line) / (2 * line), 8);
    const double step = minutesStep(m_highestMinutes, intervals);
    m_minutesAxis->setRange(0, std::ceil(m_highestMinutes / step) * step);
    m_minutesAxis->setTickInterval(step);
}

void LagChart::applyTheme()
{
    // Follow the system colour scheme: a light chart in a dark window is glaring.
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    chart()->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart()->setBackgroundBrush(palette().base());
    chart()->setTitleBrush(palette().text());
    chart()->legend()->setLabelColor(palette().color(QPalette::Text));
    for (QAbstractAxis* axis :
         {static_cast<QAbstractAxis*>(m_timeAxis), static_cast<QAbstractAxis*>(m_minutesAxis)}) {
        axis->setLabelsBrush(palette().text());
        axis->setTitleBrush(palette().text());
    }
}

void LagChart::rebuild()
{
    QChart* c = chart();
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    const QDateTime now = wallClock(m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc());
    QDateTime first = now.addSecs(-3600); // at least the last hour
    double highest = 0;
    QStringList description;
    QStringList names;
    QList<QList<QPointF>> lines;
    for (const DestinationStatus& d : m_status.destinations) {
        QList<QPointF> points;
        points.reserve(d.lagHistory.size() + 1);
        for (const LagPoint& p : d.lagHistory) {
            if (!p.restoredAt.isValid())
                continue;
            const QDateTime at = wallClock(p.restoredAt);
            points.append(QPointF(axisX(at), p.minutesBehind));
            first = std::min(first, at);
            highest = std::max(highest, p.minutesBehind);
        }
        // The line ends now with the lag the thresholds are compared with: a destination that
        // stopped restoring shows as a line climbing to now, not as a line that simply stops.
        const double lastX =
            points.isEmpty() ? std::numeric_limits<double>::lowest() : points.last().x();
        if (d.minutesBehind && axisX(now) > lastX) {
            points.append(QPointF(axisX(now), *d.minutesBehind));
            highest = std::max(highest, *d.minutesBehind);
        }
        names.append(d.server);
        lines.append(points);
        description.append(d.minutesBehind
                               ? tr("%1 is %2 minutes behind")
                                     .arg(d.server, QString::number(qRound(*d.minutesBehind)))
                               : tr("%1: lag unknown").arg(d.server));
    }

    const TimeTicks ticks = timeTicks(first, now);
    const Thresholds& t = m_status.thresholds;
    const QList<StatusLevel> thresholdLevels = {StatusLevel::Warning, StatusLevel::Critical};
    for (int minutes : {t.lagWarningMinutes, t.lagCriticalMinutes})
        lines.append({QPointF(axisX(ticks.first), minutes), QPointF(axisX(ticks.last), minutes)});
    names.append(tr("Warning at %1 min").arg(t.lagWarningMinutes));
    names.append(tr("Critical at %1 min").arg(t.lagCriticalMinutes));

    // A refresh of the same destinations replaces the points of the lines already drawn: new
    // series would lay the chart and its legend out again on the UI thread.
    if (seriesNames() != names) {
        c->removeAllSeries();
        for (const QString& name : std::as_const(names)) {
            auto* series = new QLineSeries(c);
            series->setName(name);
            c->addSeries(series);
            series->attachAxis(m_timeAxis);
            series->attachAxis(m_minutesAxis);
        }
    }
    const QList<QAbstractSeries*> all = c->series();
    const qsizetype destinations = lines.size() - thresholdLevels.size();
    for (qsizetype i = 0; i < all.size() && i < lines.size(); ++i) {
        auto* series = static_cast<QLineSeries*>(all.at(i));
        if (series->points() != lines.at(i))
            series->replace(lines.at(i));
        if (i < destinations)
            series->setPointsVisible(series->count() < 3); // a lone point is no line
        else
            series->setPen(thresholdPen(thresholdLevels.at(i - destinations), dark));
    }
    m_timeAxis->setRange(axisTime(ticks.first), axisTime(ticks.last));
    m_timeAxis->setTickCount(ticks.count);
    // Minutes of the hour are enough within a day; beyond that the day is needed too.
    m_timeAxis->setFormat(ticks.first.secsTo(ticks.last) <= 24 * 3600
                              ? QStringLiteral("HH:mm")
                              : QStringLiteral("d MMM HH:mm"));
    m_highestMinutes = std::max({highest * 1.1, t.lagCriticalMinutes * 1.15, 10.0});
    fitMinutesAxis();

    description.append(tr("warning at %1 minutes, critical at %2 minutes")
                           .arg(t.lagWarningMinutes)
                           .arg(t.lagCriticalMinutes));
    setAccessibleDescription(description.join(QStringLiteral("; ")));
}

} // namespace bts
