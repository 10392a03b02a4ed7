#pragma once

#include "environments/Environment.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace bts {

class ConnectionEditor;

// The editable part of one environment: name, management server (a ConnectionEditor),
// management database, destinations, thresholds and where the password is kept.
class EnvironmentForm : public QWidget {
    Q_OBJECT

public:
    explicit EnvironmentForm(QWidget* parent = nullptr);

    // The environment as edited, with the password typed in (if any) in management.password.
    Environment environment() const;
    void setEnvironment(const Environment& environment);

    // Empty when the form can be saved, otherwise what is wrong, in words.
    QString problem() const;

    ConnectionEditor* connectionEditor() const { return m_connection; }

signals:
    void changed();

private:
    void updateState();

    Environment m_original;
    QLineEdit* m_name;
    ConnectionEditor* m_connection;
    QLineEdit* m_database;
    QPlainTextEdit* m_destinations;
    QSpinBox* m_logWarning;
    QSpinBox* m_logCritical;
    QSpinBox* m_fullWarning;
    QSpinBox* m_fullCritical;
    QSpinBox* m_lagWarning;
    QSpinBox* m_lagCritical;
    QComboBox* m_passwordStorage;
    QLabel* m_problem;
};

} // namespace bts
