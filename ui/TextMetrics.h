#pragma once

#include <QFontMetrics>
#include <QSize>
#include <QWidget>

namespace bts {

// A size in average characters and lines of the widget's font. It grows with the font the user
// chose and with the screen's scale, where a size in pixels would crop text or waste room.
inline QSize textSize(const QWidget* widget, int columns, int lines)
{
    const QFontMetrics metrics = widget->fontMetrics();
    return {metrics.averageCharWidth() * columns, metrics.lineSpacing() * lines};
}

} // namespace bts
