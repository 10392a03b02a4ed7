#include "FindingsLabel.h"

#include <QStyle>

namespace bts {
namespace {

QString iconFor(Finding::Level level)
{
    switch (level) {
    case Finding::Level::Ok:
        return QStringLiteral(":/icons/status-ok.svg");
    case Finding::Level::Info:
        return QStringLiteral(":/icons/status-info.svg");
    case Finding::Level::Warning:
        return QStringLiteral(":/icons/status-warning.svg");
    case Finding::Level::Error:
        return QStringLiteral(":/icons/status-critical.svg");
    }
    return QString();
}

QString nameFor(Finding::Level level)
{
    switch (level) {
    case Finding::Level::Ok:
        return FindingsLabel::tr("OK");
    case Finding::Level::Info:
        return FindingsLabel::tr("Note");
    case Finding::Level::Warning:
        return FindingsLabel::tr("Warning");
    case Finding::Level::Error:
        return FindingsLabel::tr("Error");
    }
    return QString();
}

} // namespace

FindingsLabel::FindingsLabel(QWidget* parent)
    : QLabel(parent)
{
    setWordWrap(true);
    setTextFormat(Qt::RichText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
}

void FindingsLabel::setFindings(const QVector<Finding>& findings)
{
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    QStringList lines;
    for (const Finding& f : findings) {
        lines.append(QStringLiteral("<img src='%1' width='%2' height='%2'> <b>%3:</b> %4")
                         .arg(iconFor(f.level))
                         .arg(size)
                         .arg(nameFor(f.level), f.message.toHtmlEscaped()));
    }
    setText(lines.join(QStringLiteral("<br>")));
    // Screen readers get the same words without the markup.
    QStringList plain;
    for (const Finding& f : findings)
        plain.append(nameFor(f.level) + QStringLiteral(": ") + f.message);
    setAccessibleDescription(plain.join(QLatin1Char('\n')));
}

} // namespace bts
