#pragma once

#include "mssql/ConnectionDiagnosis.h"
#include "mssql/ConnectionSettings.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace bts {

// How to reach one SQL Server: driver or data source, server, instance and port, login,
// encryption and timeouts, with a Test button that connects on a database thread and says in
// words what went wrong. The password is held by the password field only, never saved here.
class ConnectionEditor : public QWidget {
    Q_OBJECT

public:
    explicit ConnectionEditor(QWidget* parent = nullptr);

    ConnectionSettings settings() const;
    void setSettings(const ConnectionSettings& settings);
    // The database the Test button and the shown connection string use.
    void setDatabase(const QString& database);

    // Preferred first: Microsoft ODBC Driver 18, then 17, then the other SQL Server drivers.
    static QStringList orderedDrivers(const QStringList& installed);

public slots:
    void testConnection();

signals:
    void changed();
    // After every test, on the UI thread.
    void tested(const ConnectionDiagnosis& diagnosis);

private:
    void updateState();
    void showDiagnosis(const ConnectionDiagnosis& diagnosis);

    QComboBox* m_dsn;
    QComboBox* m_driver;
    QLineEdit* m_server;
    QLineEdit* m_instance;
    QSpinBox* m_port;
    QComboBox* m_authentication;
    QLineEdit* m_user;
    QLineEdit* m_password;
    QCheckBox* m_encrypt;
    QCheckBox* m_trust;
    QSpinBox* m_loginTimeout;
    QSpinBox* m_queryTimeout;
    QLineEdit* m_connectionString;
    QPushButton* m_test;
    QLabel* m_diagnosis;
    QPushButton* m_showDriverText;
    QPlainTextEdit* m_driverText;
    QString m_database = QStringLiteral("master");
    QString m_applicationName = ConnectionSettings().applicationName;
};

} // namespace bts
