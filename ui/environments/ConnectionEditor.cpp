#include "ConnectionEditor.h"

#include "FormRows.h"
#include "core/DatabasePool.h"
#include "mssql/OdbcConnectionString.h"
#include "mssql/OdbcDrivers.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>

namespace bts {

using Auth = ConnectionSettings::Authentication;

ConnectionEditor::ConnectionEditor(QWidget* parent)
    : QWidget(parent)
    , m_dsn(new QComboBox(this))
    , m_driver(new QComboBox(this))
    , m_server(new QLineEdit(this))
    , m_instance(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_authentication(new QComboBox(this))
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_encrypt(new QCheckBox(tr("&Encrypt the connection"), this))
    , m_trust(new QCheckBox(tr("&Trust the server certificate"), this))
    , m_loginTimeout(new QSpinBox(this))
    , m_queryTimeout(new QSpinBox(this))
    , m_connectionString(new QLineEdit(this))
    , m_test(new QPushButton(tr("Te&st connection"), this))
    , m_diagnosis(new QLabel(this))
    , m_showDriverText(new QPushButton(tr("Show driver te&xt"), this))
    , m_driverText(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("connectionEditor"));
    m_dsn->setObjectName(QStringLiteral("dsnCombo"));
    m_dsn->addItem(tr("(none: use the driver below)"));
    m_dsn->addItems(odbcDataSources());
    m_driver->setObjectName(QStringLiteral("driverCombo"));
    m_driver->setEditable(true);
    m_driver->addItems(orderedDrivers(installedOdbcDrivers()));
    if (m_driver->count() == 0)
        m_driver->setEditText(QStringLiteral("ODBC Driver 18 for SQL Server"));
    m_server->setObjectName(QStringLiteral("serverLineEdit"));
    m_server->setPlaceholderText(tr("host name or address"));
    m_instance->setObjectName(QStringLiteral("instanceLineEdit"));
    m_instance->setPlaceholderText(tr("default instance"));
    m_port->setObjectName(QStringLiteral("portSpinBox"));
    m_port->setRange(0, 65535);
    m_port->setSpecialValueText(tr("default"));
    m_authentication->setObjectName(QStringLiteral("authenticationCombo"));
    m_authentication->addItem(tr("Windows (integrated)"));
    m_authentication->addItem(tr("SQL Server login"));
    m_user->setObjectName(QStringLiteral("userLineEdit"));
    m_password->setObjectName(QStringLiteral("passwordLineEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_encrypt->setObjectName(QStringLiteral("encryptCheckBox"));
    m_encrypt->setChecked(true);
    m_encrypt->setAccessibleName(tr("Encrypt the connection"));
    m_trust->setObjectName(QStringLiteral("trustCertificateCheckBox"));
    m_trust->setAccessibleName(tr("Trust the server certificate"));
    m_loginTimeout->setObjectName(QStringLiteral("loginTimeoutSpinBox"));
    m_loginTimeout->setRange(1, 600);
    m_loginTimeout->setSuffix(tr(" s"));
    m_queryTimeout->setObjectName(QStringLiteral("queryTimeoutSpinBox"));
    m_queryTimeout->setRange(0, 86400);
    m_queryTimeout->setSuffix(tr(" s"));
    m_queryTimeout->setSpecialValueText(tr("none"));
    m_connectionString->setObjectName(QStringLiteral("connectionStringLineEdit"));
    m_connectionString->setReadOnly(true);
    m_test->setObjectName(QStringLiteral("testConnectionButton"));
    m_test->setAccessibleName(tr("Test connection"));
    m_diagnosis->setObjectName(QStringLiteral("diagnosisLabel"));
    m_diagnosis->setWordWrap(true);
    m_diagnosis->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_diagnosis->setAccessibleName(tr("Test result"));
    m_showDriverText->setObjectName(QStringLiteral("showDriverTextButton"));
    m_showDriverText->setCheckable(true);
    m_showDriverText->setAccessibleName(tr("Show driver text"));
    m_showDriverText->hide();
    m_driverText->setObjectName(QStringLiteral("driverTextEdit"));
    m_driverText->setReadOnly(true);
    m_driverText->setAccessibleName(tr("Driver text"));
    m_driverText->hide();

    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    addLabeledRow(form, tr("Data &source (DSN):"), m_dsn);
    addLabeledRow(form, tr("ODBC &driver:"), m_driver);
    addLabeledRow(form, tr("Se&rver:"), m_server);
    addLabeledRow(form, tr("&Instance:"), m_instance);
    addLabeledRow(form, tr("&Port:"), m_port);
    addLabeledRow(form, tr("&Authentication:"), m_authentication);
    addLabeledRow(form, tr("&User name:"), m_user);
    addLabeledRow(form, tr("Pass&word:"), m_password);
    form->addRow(QString(), m_encrypt);
    form->addRow(QString(), m_trust);
    addLabeledRow(form, tr("&Login timeout:"), m_loginTimeout);
    addLabeledRow(form, tr("&Query timeout:"), m_queryTimeout);
    addLabeledRow(form, tr("Connection strin&g:"), m_connectionString);
    auto* testRow = new QHBoxLayout;
    testRow->addWidget(m_test);
    testRow->addWidget(m_showDriverText);
    testRow->addStretch();
    form->addRow(testRow);
    form->addRow(m_diagnosis);
    form->addRow(m_driverText);

    setSettings(ConnectionSettings());

    for (QLineEdit* edit : {m_server, m_instance, m_user, m_password})
        connect(edit, &QLineEdit::textChanged, this, &ConnectionEditor::updateState);
    for (QComboBox* combo : {m_dsn, m_authentication})
        connect(combo, &QComboBox::currentIndexChanged, this, &ConnectionEditor::updateState);
    connect(m_driver, &QComboBox::currentTextChanged, this, &ConnectionEditor::updateState);
    for (QSpinBox* spin : {m_port, m_loginTimeout, m_queryTimeout})
        connect(spin, &QSpinBox::valueChanged, this, &ConnectionEditor::updateState);
    for (QCheckBox* box : {m_encrypt, m_trust})
        connect(box, &QCheckBox::toggled, this, &ConnectionEditor::updateState);
    connect(m_test, &QPushButton::clicked, this, &ConnectionEditor::testConnection);
    connect(m_showDriverText, &QPushButton::toggled, m_driverText, &QWidget::setVisible);
}

QStringList ConnectionEditor::orderedDrivers(const QStringList& installed)
{
    QStringList preferred;
    QStringList others;
    for (const QString& name : {QStringLiteral("ODBC Driver 18 for SQL Server"),
                                QStringLiteral("ODBC Driver 17 for SQL Server")}) {
        if (installed.contains(name, Qt::CaseInsensitive))
            preferred << name;
    }
    for (const QString& driver : installed) {
        if (isSqlServerDriver(driver) && !preferred.contains(driver, Qt::CaseInsensitive))
            others << driver;
    }
    return preferred + others;
}

ConnectionSettings ConnectionEditor::settings() const
{
    ConnectionSettings s;
    if (m_dsn->currentIndex() > 0)
        s.dsn = m_dsn->currentText();
    s.odbcDriver = m_driver->currentText().trimmed();
    s.server = m_server->text().trimmed();
    if (!m_instance->text().trimmed().isEmpty())
        s.server += QLatin1Char('\\') + m_instance->text().trimmed();
    s.port = m_port->value();
    s.authentication = m_authentication->currentIndex() == 1 ? Auth::SqlLogin : Auth::Windows;
    s.userName = m_user->text().trimmed();
    s.password = m_password->text();
    s.encrypt = m_encrypt->isChecked();
    s.trustServerCertificate = m_trust->isChecked();
    s.loginTimeoutSeconds = m_loginTimeout->value();
    s.queryTimeoutSeconds = m_queryTimeout->value();
    s.applicationName = m_applicationName;
    return s;
}

void ConnectionEditor::setSettings(const ConnectionSettings& s)
{
    const int dsn = s.dsn.isEmpty() ? 0 : m_dsn->findText(s.dsn);
    if (dsn < 0)
        m_dsn->addItem(s.dsn); // keep a data source defined elsewhere visible
    m_dsn->setCurrentIndex(dsn < 0 ? m_dsn->count() - 1 : dsn);
    if (!s.odbcDriver.isEmpty())
        m_driver->setEditText(s.odbcDriver);
    const int slash = s.server.indexOf(QLatin1Char('\\'));
    m_server->setText(slash < 0 ? s.server : s.server.left(slash));
    m_instance->setText(slash < 0 ? QString() : s.server.mid(slash + 1));
    m_port->setValue(s.port);
    m_authentication->setCurrentIndex(s.authentication == Auth::SqlLogin ? 1 : 0);
    m_user->setText(s.userName);
    m_password->setText(s.password);
    m_encrypt->setChecked(s.encrypt);
    m_trust->setChecked(s.trustServerCertificate);
    m_loginTimeout->setValue(s.loginTimeoutSeconds);
    m_queryTimeout->setValue(s.queryTimeoutSeconds);
    m_applicationName = s.applicationName;
    updateState();
}

void ConnectionEditor::setDatabase(const QString& database)
{
    m_database = database.trimmed().isEmpty() ? QStringLiteral("master") : database.trimmed();
    updateState();
}

void ConnectionEditor::updateState()
{
    const bool useDsn = m_dsn->currentIndex() > 0;
    for (QWidget* w : std::initializer_list<QWidget*>{m_driver, m_server, m_instance, m_port,
                                                      m_encrypt, m_trust})
        w->setEnabled(!useDsn);
    const bool sqlLogin = m_authentication->currentIndex() == 1;
    m_user->setEnabled(sqlLogin);
    m_password->setEnabled(sqlLogin);
    const ConnectionSettings s = settings();
    m_connectionString->setText(OdbcConnectionString::redacted(s, m_database));
    m_test->setEnabled(useDsn || !m_server->text().trimmed().isEmpty());
    emit changed();
}

void ConnectionEditor::testConnection()
{
    m_test->setEnabled(false);
    m_diagnosis->setText(tr("Testing the connection to %1...").arg(settings().displayName()));
    m_showDriverText->hide();
    m_driverText->hide();
    m_showDriverText->setChecked(false);
    // The login may take up to its timeout: a database thread waits, never the UI thread.
    runAsync(
        this, [s = settings(), database = m_database] { return bts::testConnection(s, database); },
        [this](const ConnectionDiagnosis& d) { showDiagnosis(d); });
}

void ConnectionEditor::showDiagnosis(const ConnectionDiagnosis& d)
{
    m_test->setEnabled(true);
    m_diagnosis->setText(d.ok() ? d.sentence() : tr("Failed: %1").arg(d.sentence()));
    m_driverText->setPlainText(d.driverText);
    m_showDriverText->setVisible(!d.driverText.isEmpty());
    emit tested(d);
}

} // namespace bts
