#pragma once

#include "actions/CallSequence.h"

#include <QWidget>

#include <memory>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace bts {

// The exact T-SQL of a change, Copy and Save, and Apply: statement by statement on a database
// thread, each with its result in words. After a failure it offers to read the server again
// (retryRequested), since what ran can no longer be guessed.
class ApplyPanel : public QWidget {
    Q_OBJECT

public:
    explicit ApplyPanel(QWidget* parent = nullptr);

    void setBackend(std::shared_ptr<const GroupBackend> backend) { m_backend = std::move(backend); }
    // `commands` empty: nothing to change, which counts as done.
    void setCommands(const QVector<ServerCommand>& commands, const QString& intro);
    void setError(const QString& sentence);
    void setApplyEnabled(bool enabled);

    bool isDone() const { return m_done; }
    bool isRunning() const { return m_running; }
    QVector<CallOutcome> outcomes() const { return m_outcomes; }
    QString script() const;

signals:
    void finished(bool allDone);
    void retryRequested();

private:
    void apply();
    void save();
    void showOutcomes(const QVector<CallOutcome>& outcomes);

    std::shared_ptr<const GroupBackend> m_backend;
    QVector<ServerCommand> m_commands;
    QVector<CallOutcome> m_outcomes;
    QLabel* m_intro;
    QPlainTextEdit* m_sql;
    QPushButton* m_copy;
    QPushButton* m_save;
    QPushButton* m_apply;
    QPushButton* m_retry;
    QListWidget* m_results;
    bool m_done = false;
    bool m_running = false;
    bool m_applyAllowed = true;
};

} // namespace bts
