#include "Appearance.h"

#include <QApplication>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>
#include <QtGlobal>

namespace bts {

void prepareSystemAppearance()
{
#if defined(Q_OS_WIN) && QT_VERSION < QT_VERSION_CHECK(6, 5, 0)
    // Qt 6.4 follows Windows' dark mode only when asked: darkmode=2 gives dark frames and the
    // dark palette. A platform the user chose is left alone.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "windows:darkmode=2");
#endif
}

void followSystemColourScheme(QApplication& app)
{
    const bool dark = app.palette().color(QPalette::Window).lightness() < 128;
    const QString style = app.style()->name().toLower();
    if (dark && (style == QLatin1String("windowsvista") || style == QLatin1String("windows")))
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
}

} // namespace bts
