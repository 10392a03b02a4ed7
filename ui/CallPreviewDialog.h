#pragma once

#include "actions/CallSequence.h"

#include <QDialog>

#include <memory>

class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace bts {

// Shows the exact T-SQL an action will run, lets the operator copy or save it, and runs it on
// Apply, statement by statement, showing what each did. Apply is the confirmation.
class CallPreviewDialog : public QDialog {
    Q_OBJECT

public:
    CallPreviewDialog(std::shared_ptr<const GroupBackend> backend, QVector<ServerCommand> calls,
                      const QString& title, const QString& explanation, QWidget* parent = nullptr);

    QString script() const;
    bool succeeded() const { return m_succeeded; }

signals:
    void applied(bool succeeded);

private:
    void apply();
    void save();
    void showOutcomes(const QVector<CallOutcome>& outcomes);

    std::shared_ptr<const GroupBackend> m_backend;
    QVector<ServerCommand> m_calls;
    QPlainTextEdit* m_sql;
    QLabel* m_result;
    QPushButton* m_apply;
    QDialogButtonBox* m_buttons;
    bool m_succeeded = false;
};

} // namespace bts
