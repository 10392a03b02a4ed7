#include "ConnectDialog.h"

#include "FormRows.h"

#include "mssql/OdbcDrivers.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace bts {

ConnectDialog::ConnectDialog(QWidget* parent)
    : QDialog(parent)
    , m_dsn(new QComboBox(this))
    , m_driver(new QComboBox(this))
    , m_server(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_database(new QLineEdit(QStringLiteral("BizTalkMgmtDb"), this))
    , m_authentication(new QComboBox(this))
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_encrypt(new QCheckBox(tr("&Encrypt the connection"), this))
    , m_trust(new QCheckBox(tr("&Trust the server certificate"), this))
    , m_loginTimeout(new QSpinBox(this))
{
    setObjectName(QStringLiteral("connectDialog"));
    setWindowTitle(tr("Connect to a BizTalk group"));
    auto* form = new QFormLayout(this);

    m_dsn->setObjectName(QStringLiteral("dsnComboBox"));
    m_dsn->addItem(tr("(none: use the driver below)"));
    m_dsn->addItems(odbcDataSources());
    for (const QString& driver : installedOdbcDrivers()) {
        if (isSqlServerDriver(driver))
            m_driver->addItem(driver);
    }
    if (m_driver->count() == 0)
        m_driver->addItem(tr("ODBC Driver 18 for SQL Server"));
    m_driver->setEditable(true);
    m_driver->setObjectName(QStringLiteral("driverComboBox"));
    m_server->setObjectName(QStringLiteral("serverLineEdit"));
    m_server->setPlaceholderText(tr("SQLSERVER or SQLSERVER\\INSTANCE"));
    m_port->setObjectName(QStringLiteral("portSpinBox"));
    m_port->setRange(0, 65535);
    m_port->setSpecialValueText(tr("default"));
    m_database->setObjectName(QStringLiteral("managementDatabaseLineEdit"));
    m_database->setMaxLength(128);
    m_authentication->setObjectName(QStringLiteral("authenticationComboBox"));
    m_authentication->addItem(tr("Windows (integrated)"));
    m_authentication->addItem(tr("SQL Server login"));
    m_user->setObjectName(QStringLiteral("userLineEdit"));
    m_password->setObjectName(QStringLiteral("passwordLineEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_encrypt->setChecked(true);
    m_loginTimeout->setObjectName(QStringLiteral("loginTimeoutSpinBox"));
    m_loginTimeout->setRange(1, 120);
    m_loginTimeout->setValue(15);
    m_loginTimeout->setSuffix(tr(" s"));

    const auto add = [form](const QString& text, QWidget* field) {
        addLabeledRow(form, text, field);
    };
    add(tr("Data &source (DSN):"), m_dsn);
    add(tr("ODBC &driver:"), m_driver);
    add(tr("&Server:"), m_server);
    add(tr("&Port:"), m_port);
    add(tr("&Management database:"), m_database);
    add(tr("&Authentication:"), m_authentication);
    add(tr("&User name:"), m_user);
    add(tr("Pass&word:"), m_password);
    form->addRow(QString(), m_encrypt);
    form->addRow(QString(), m_trust);
    add(tr("&Login timeout:"), m_loginTimeout);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("C&onnect"));
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_authentication, &QComboBox::currentIndexChanged, this, &ConnectDialog::updateState);
    connect(m_server, &QLineEdit::textChanged, this, &ConnectDialog::updateState);
    connect(m_dsn, &QComboBox::currentIndexChanged, this, &ConnectDialog::updateState);
    connect(m_database, &QLineEdit::textChanged, this, &ConnectDialog::updateState);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    updateState();
}

void ConnectDialog::updateState()
{
    const bool sqlLogin = m_authentication->currentIndex() == 1;
    m_user->setEnabled(sqlLogin);
    m_password->setEnabled(sqlLogin);
    m_ok->setEnabled(!m_server->text().trimmed().isEmpty() &&
                     !m_database->text().trimmed().isEmpty());
}

ConnectionSettings ConnectDialog::settings() const
{
    ConnectionSettings s;
    if (m_dsn->currentIndex() > 0)
        s.dsn = m_dsn->currentText();
    s.odbcDriver = m_driver->currentText().trimmed();
    s.server = m_server->text().trimmed();
    s.port = m_port->value();
    s.authentication = m_authentication->currentIndex() == 1
                           ? ConnectionSettings::Authentication::SqlLogin
                           : ConnectionSettings::Authentication::Windows;
    s.userName = m_user->text();
    s.password = m_password->text();
    s.encrypt = m_encrypt->isChecked();
    s.trustServerCertificate = m_trust->isChecked();
    s.loginTimeoutSeconds = m_loginTimeout->value();
    return s;
}

QString ConnectDialog::managementDatabase() const
{
    return m_database->text().trimmed();
}

} // namespace bts
