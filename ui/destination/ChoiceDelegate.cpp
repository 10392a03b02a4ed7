#include "ChoiceDelegate.h"

#include <QComboBox>

namespace bts {

ChoiceDelegate::ChoiceDelegate(QVector<Choice> choices, QObject* parent)
    : QStyledItemDelegate(parent)
    , m_choices(std::move(choices))
{}

ChoiceDelegate::Choice ChoiceDelegate::choiceFor(const QString& value) const
{
    for (const Choice& choice : m_choices) {
        if (choice.second == value)
            return choice;
    }
    return m_choices.isEmpty() ? Choice() : m_choices.constFirst();
}

QWidget* ChoiceDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem&,
                                      const QModelIndex& index) const
{
    auto* combo = new QComboBox(parent);
    combo->setObjectName(QStringLiteral("choiceEditor"));
    combo->setAccessibleName(index.model()->headerData(index.column(), Qt::Horizontal).toString());
    for (const Choice& choice : m_choices)
        combo->addItem(choice.first, choice.second);
    return combo;
}

void ChoiceDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    auto* combo = qobject_cast<QComboBox*>(editor);
    combo->setCurrentIndex(qMax(0, combo->findData(index.data(Qt::UserRole).toString())));
}

void ChoiceDelegate::setModelData(QWidget* editor, QAbstractItemModel* model,
                                  const QModelIndex& index) const
{
    const auto* combo = qobject_cast<QComboBox*>(editor);
    model->setData(index, combo->currentData().toString(), Qt::UserRole);
    model->setData(index, combo->currentText(), Qt::DisplayRole);
}

} // namespace bts
