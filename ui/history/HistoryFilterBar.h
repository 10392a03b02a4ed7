#pragma once

#include "history/HistoryQuery.h"

#include <QWidget>

class QComboBox;
class QDateTimeEdit;
class QHBoxLayout;
class QLineEdit;

namespace bts {

// The fields that narrow a history: a database (or job) name, a backup type (or a run's
// outcome), a time range and a text contained in the mark or file name (or step or message).
// Emits changed() on every edit; the page waits for the fields to settle before reading.
class HistoryFilterBar : public QWidget {
    Q_OBJECT

public:
    explicit HistoryFilterBar(QWidget* parent = nullptr);

    // Labels and the type's choices for this kind of history; keeps the other fields.
    void setKind(HistoryKind kind);
    HistoryFilter filter() const;
    // Where the page puts its own selector, first in the row.
    QHBoxLayout* row() const { return m_row; }

signals:
    void changed();

private:
    QHBoxLayout* m_row = nullptr;
    QLineEdit* m_database = nullptr;
    QComboBox* m_type = nullptr;
    QDateTimeEdit* m_from = nullptr;
    QDateTimeEdit* m_to = nullptr;
    QLineEdit* m_text = nullptr;
};

} // namespace bts
