#pragma once

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QScrollBar>
#include <QStringList>
#include <QTabBar>
#include <QTextEdit>
#include <QWidget>

// What a screen reader and a keyboard user need of every control: a name and a place in the tab
// order. Qt's own parts of compound widgets (a spin box's line edit, a table's corner button,
// "qt_" widgets) are the compound widget's business and left out.

inline bool isQtInternal(const QWidget* widget)
{
    for (const QWidget* w = widget; w; w = w->parentWidget()) {
        if (w->objectName().startsWith(QLatin1String("qt_")))
            return true;
    }
    // The parts of compound widgets: a spin box's or combo box's editor, a line edit's clear
    // button, a view's headers and corner button, a combo box's popup list.
    const QWidget* parent = widget->parentWidget();
    return qobject_cast<const QAbstractSpinBox*>(parent) ||
           qobject_cast<const QComboBox*>(parent) || qobject_cast<const QTabBar*>(parent) ||
           qobject_cast<const QLineEdit*>(parent) ||
           qobject_cast<const QAbstractItemView*>(parent) ||
           qobject_cast<const QScrollBar*>(widget) ||
           (parent && QByteArray(parent->metaObject()->className()).startsWith("QComboBoxPrivate"));
}

// A control the user operates: types into, chooses in, presses or moves through.
inline bool isControl(const QWidget* widget)
{
    if (isQtInternal(widget))
        return false;
    return qobject_cast<const QLineEdit*>(widget) || qobject_cast<const QComboBox*>(widget) ||
           qobject_cast<const QAbstractSpinBox*>(widget) ||
           qobject_cast<const QPlainTextEdit*>(widget) || qobject_cast<const QTextEdit*>(widget) ||
           qobject_cast<const QAbstractItemView*>(widget) ||
           qobject_cast<const QAbstractButton*>(widget) ||
           qobject_cast<const QAbstractSlider*>(widget);
}

inline QString withoutMnemonic(QString text)
{
    return text.remove(QRegularExpression(QStringLiteral("&(?!&)"))).trimmed();
}

// The name a screen reader says: the accessible name, else the text of a label whose buddy the
// control is, else a button's own text.
inline QString spokenName(const QWidget* control)
{
    if (!control->accessibleName().trimmed().isEmpty())
        return control->accessibleName();
    if (const auto* button = qobject_cast<const QAbstractButton*>(control);
        button && !withoutMnemonic(button->text()).isEmpty())
        return withoutMnemonic(button->text());
    for (const QLabel* label : control->window()->findChildren<QLabel*>()) {
        if (label->buddy() == control && !withoutMnemonic(label->text()).isEmpty())
            return withoutMnemonic(label->text());
    }
    return QString();
}

inline QString describe(const QWidget* widget)
{
    QStringList path;
    for (const QWidget* w = widget; w; w = w->parentWidget()) {
        path.prepend(QStringLiteral("%1(%2)").arg(QString::fromLatin1(w->metaObject()->className()),
                                                  w->objectName()));
        if (w->isWindow())
            break;
    }
    return path.join(QStringLiteral(" > "));
}

// The controls under `root` that have no name to be spoken, described by class and objectName.
inline QStringList unnamedControls(const QWidget* root)
{
    QStringList unnamed;
    for (const QWidget* widget : root->findChildren<QWidget*>()) {
        if (isControl(widget) && spokenName(widget).isEmpty())
            unnamed.append(describe(widget));
    }
    return unnamed;
}

// The controls under `root` that Tab can never reach.
inline QStringList controlsOutOfTabOrder(const QWidget* root)
{
    QStringList out;
    for (const QWidget* widget : root->findChildren<QWidget*>()) {
        if (isControl(widget) && !(widget->focusPolicy() & Qt::TabFocus))
            out.append(describe(widget));
    }
    return out;
}
