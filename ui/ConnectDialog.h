#pragma once

#include "mssql/ConnectionSettings.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSpinBox;
class QPushButton;

namespace bts {

// Where the BizTalk management database is and how to log in. The password lives only in
// memory, in the returned settings.
class ConnectDialog : public QDialog {
    Q_OBJECT

public:
    explicit ConnectDialog(QWidget* parent = nullptr);

    ConnectionSettings settings() const;
    QString managementDatabase() const;

private:
    void updateState();

    QComboBox* m_dsn;
    QComboBox* m_driver;
    QLineEdit* m_server;
    QSpinBox* m_port;
    QLineEdit* m_database;
    QComboBox* m_authentication;
    QLineEdit* m_user;
    QLineEdit* m_password;
    QCheckBox* m_encrypt;
    QCheckBox* m_trust;
    QSpinBox* m_loginTimeout;
    QPushButton* m_ok = nullptr;
};

} // namespace bts
