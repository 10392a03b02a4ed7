#pragma once

#include <QPair>
#include <QStyledItemDelegate>
#include <QVector>

namespace bts {

// Edits a cell by choosing one of a few values in a combo box that exists only while the cell
// is edited (F2, a double click or typing). The cell keeps the value under Qt::UserRole and
// shows its label, so that the grid stays one stop in the tab order and a screen reader reads
// the choice as the cell's text; a combo box set into every cell would be neither.
class ChoiceDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    using Choice = QPair<QString, QString>; // label, value

    ChoiceDelegate(QVector<Choice> choices, QObject* parent = nullptr);

    // The choice of `value`, or the first choice when no choice has it.
    Choice choiceFor(const QString& value) const;

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model,
                      const QModelIndex& index) const override;

private:
    QVector<Choice> m_choices;
};

} // namespace bts
