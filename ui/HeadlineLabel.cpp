#include "HeadlineLabel.h"

#include <QResizeEvent>

namespace bts {

HeadlineLabel::HeadlineLabel(int maxLines, QWidget* parent)
    : QLabel(parent)
    , m_maxLines(maxLines)
{
    setWordWrap(true);
    setTextFormat(Qt::RichText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred); // width from the layout
}

void HeadlineLabel::setHeadline(StatusLevel level, const QString& text)
{
    m_level = level;
    m_text = text;
    setToolTip(text);
    setAccessibleDescription(fullText());
    render();
}

QString HeadlineLabel::fullText() const
{
    return tr("%1: %2").arg(statusLevelName(m_level), m_text);
}

void HeadlineLabel::resizeEvent(QResizeEvent* event)
{
    QLabel::resizeEvent(event);
    if (event->size().width() != event->oldSize().width())
        render();
}

void HeadlineLabel::render()
{
    QString shown = m_text;
    if (width() > 0) {
        // Wrapping at word boundaries loses part of each line: a fifth is a safe allowance.
        const int room =
            width() * m_maxLines * 4 / 5 -
            fontMetrics().horizontalAdvance(statusLevelName(m_level) + QLatin1Char(':'));
        shown = fontMetrics().elidedText(m_text, Qt::ElideMiddle, qMax(room, width()));
    }
    const QString html = tr("<b>%1:</b> %2").arg(statusLevelName(m_level), shown.toHtmlEscaped());
    if (html != text()) {
        setText(html);
        // The shorter text needs fewer lines: let the layout ask again.
        updateGeometry();
    }
}

} // namespace bts
