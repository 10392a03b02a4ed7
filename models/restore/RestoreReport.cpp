#include "RestoreReport.h"

#include <QCoreApplication>

namespace bts {
namespace {

// The file's messages, under one context for lupdate and the translator alike.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(bts::RestoreReport)
};

QString duration(qint64 ms)
{
    if (ms < 0)
        return QString();
    if (ms < 1000)
        return Text::tr("%1 ms").arg(ms);
    return Text::tr("%1 s").arg(QString::number(double(ms) / 1000.0, 'f', 1));
}

} // namespace

QString currentOperatorName()
{
    QString name = qEnvironmentVariable("USERNAME");
    if (name.isEmpty())
        name = qEnvironmentVariable("USER");
    return name.isEmpty() ? Text::tr("unknown") : name;
}

void RestoreReport::addOutcomes(const QString& step, const QVector<CallOutcome>& outcomes)
{
    for (const CallOutcome& o : outcomes) {
        RestoreEvent e;
        e.when = o.startedAt.isValid() ? o.startedAt : QDateTime::currentDateTimeUtc();
        e.step = step;
        e.server = o.call.server;
        e.sql = o.call.previewSql();
        e.succeeded = bool(o.status);
        e.outcome = o.status ? Text::tr("succeeded")
                             : (o.ran ? o.status.error().sentence() : Text::tr("not run"));
        e.milliseconds = o.ran ? o.milliseconds : -1;
        events.append(e);
    }
}

void RestoreReport::addManualStep(const QString& step, const QString& what)
{
    RestoreEvent e;
    e.when = QDateTime::currentDateTimeUtc();
    e.step = step;
    e.outcome = Text::tr("done by hand: %1").arg(what);
    events.append(e);
}

QString RestoreReport::toHtml() const
{
    QString rows;
    for (const RestoreEvent& e : events) {
        rows += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td><pre>%4</pre></td><td>%5</"
                               "td><td>%6</td></tr>")
                    .arg(e.when.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) +
                             QStringLiteral(" UTC"),
                         e.step.toHtmlEscaped(), e.server.toHtmlEscaped(), e.sql.toHtmlEscaped(),
                         e.succeeded ? e.outcome.toHtmlEscaped()
                                     : QStringLiteral("<b>%1</b>").arg(e.outcome.toHtmlEscaped()),
                         duration(e.milliseconds));
    }
    const QDateTime first = events.isEmpty() ? QDateTime() : events.first().when;
    const QDateTime last = events.isEmpty() ? QDateTime() : events.last().when;
    return Text::tr(
               "<html><head><meta charset=\"utf-8\"><title>Failover of %1</title>"
               "<style>body{font-family:sans-serif} table{border-collapse:collapse} "
               "td,th{border:1px solid #888;"
               "padding:4px;vertical-align:top} "
               "pre{margin:0;white-space:pre-wrap}</style></head><body>"
               "<h1>Failover of %1</h1>"
               "<p><b>To:</b> %2<br><b>By:</b> %3<br><b>From</b> %4 <b>to</b> %5 (UTC)</p>"
               "<p><b>Pre-flight:</b> %6</p>"
               "<table><tr><th>When</th><th>Step</th><th>Server</th><th>T-SQL</th><th>Outcome</"
               "th><th>Took</th></tr>"
               "%7</table></body></html>")
        .arg(group.toHtmlEscaped(), destinations.toHtmlEscaped(), operatorName.toHtmlEscaped(),
             first.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
             last.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")), preflight.toHtmlEscaped(), rows);
}

} // namespace bts
