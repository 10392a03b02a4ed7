#pragma once

#include <QFormLayout>
#include <QLabel>

namespace bts {

// A form row whose label is the field's buddy (its & shortcut focuses the field) and whose
// text, without the & and colon, is the field's accessible name.
inline void addLabeledRow(QFormLayout* form, const QString& text, QWidget* field)
{
    auto* label = new QLabel(text, form->parentWidget());
    label->setBuddy(field);
    form->addRow(label, field);
    field->setAccessibleName(QString(text).remove(QLatin1Char('&')).remove(QLatin1Char(':')));
}

} // namespace bts
