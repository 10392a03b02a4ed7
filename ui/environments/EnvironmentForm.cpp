#include "EnvironmentForm.h"

#include "ConnectionEditor.h"
#include "FormRows.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace bts {
namespace {

QSpinBox* spinBox(QWidget* parent, const char* objectName, int max, const QString& suffix)
{
    auto* spin = new QSpinBox(parent);
    spin->setObjectName(QLatin1String(objectName));
    spin->setRange(1, max);
    spin->setSuffix(suffix);
    return spin;
}

} // namespace

EnvironmentForm::EnvironmentForm(QWidget* parent)
    : QWidget(parent)
    , m_name(new QLineEdit(this))
    , m_connection(new ConnectionEditor(this))
    , m_database(new QLineEdit(this))
    , m_destinations(new QPlainTextEdit(this))
    , m_logWarning(spinBox(this, "logWarningSpinBox", 60 * 24 * 30, tr(" min")))
    , m_logCritical(spinBox(this, "logCriticalSpinBox", 60 * 24 * 30, tr(" min")))
    , m_fullWarning(spinBox(this, "fullWarningSpinBox", 24 * 90, tr(" h")))
    , m_fullCritical(spinBox(this, "fullCriticalSpinBox", 24 * 90, tr(" h")))
    , m_lagWarning(spinBox(this, "lagWarningSpinBox", 60 * 24 * 30, tr(" min")))
    , m_lagCritical(spinBox(this, "lagCriticalSpinBox", 60 * 24 * 30, tr(" min")))
    , m_passwordStorage(new QComboBox(this))
    , m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("environmentForm"));
    m_name->setObjectName(QStringLiteral("nameLineEdit"));
    m_database->setObjectName(QStringLiteral("managementDatabaseLineEdit"));
    m_database->setMaxLength(128);
    m_destinations->setObjectName(QStringLiteral("destinationsTextEdit"));
    m_destinations->setPlaceholderText(tr("One destination SQL Server per line"));
    m_destinations->setTabChangesFocus(true);
    m_passwordStorage->setObjectName(QStringLiteral("passwordStorageCombo"));
    m_passwordStorage->addItem(tr("Ask every time"));
    m_passwordStorage->addItem(tr("Keep in the system keychain"));
    m_problem->setObjectName(QStringLiteral("formProblemLabel"));
    m_problem->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    auto* top = new QFormLayout;
    addLabeledRow(top, tr("&Name:"), m_name);
    layout->addLayout(top);

    auto* server = new QGroupBox(tr("Management SQL Server"), this);
    auto* serverLayout = new QFormLayout(server);
    serverLayout->addRow(m_connection);
    addLabeledRow(serverLayout, tr("&Management database:"), m_database);
    addLabeledRow(serverLayout, tr("Password st&orage:"), m_passwordStorage);
    layout->addWidget(server);

    auto* rest = new QFormLayout;
    addLabeledRow(rest, tr("D&estinations:"), m_destinations);
    addLabeledRow(rest, tr("Log backup warning after:"), m_logWarning);
    addLabeledRow(rest, tr("Log backup critical after:"), m_logCritical);
    addLabeledRow(rest, tr("Full backup warning after:"), m_fullWarning);
    addLabeledRow(rest, tr("Full backup critical after:"), m_fullCritical);
    addLabeledRow(rest, tr("Restore lag warning after:"), m_lagWarning);
    addLabeledRow(rest, tr("Restore lag critical after:"), m_lagCritical);
    layout->addLayout(rest);
    layout->addWidget(m_problem);

    connect(m_name, &QLineEdit::textChanged, this, &EnvironmentForm::updateState);
    connect(m_database, &QLineEdit::textChanged, this, &EnvironmentForm::updateState);
    connect(m_database, &QLineEdit::textChanged, m_connection, &ConnectionEditor::setDatabase);
    connect(m_destinations, &QPlainTextEdit::textChanged, this, &EnvironmentForm::updateState);
    connect(m_connection, &ConnectionEditor::changed, this, &EnvironmentForm::updateState);
    connect(m_passwordStorage, &QComboBox::currentIndexChanged, this,
            &EnvironmentForm::updateState);
    for (QSpinBox* spin :
         {m_logWarning, m_logCritical, m_fullWarning, m_fullCritical, m_lagWarning, m_lagCritical})
        connect(spin, &QSpinBox::valueChanged, this, &EnvironmentForm::updateState);
    setEnvironment(Environment());
}

Environment EnvironmentForm::environment() const
{
    Environment e = m_original;
    e.name = m_name->text().trimmed();
    if (e.isLab)
        e.name = m_original.name;
    else
        e.management = m_connection->settings();
    e.managementDatabase = m_database->text().trimmed();
    e.destinations.clear();
    for (const QString& line : m_destinations->toPlainText().split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty())
            e.destinations << line.trimmed();
    }
    e.thresholds.logWarningMinutes = m_logWarning->value();
    e.thresholds.logCriticalMinutes = m_logCritical->value();
    e.thresholds.fullWarningHours = m_fullWarning->value();
    e.thresholds.fullCriticalHours = m_fullCritical->value();
    e.thresholds.lagWarningMinutes = m_lagWarning->value();
    e.thresholds.lagCriticalMinutes = m_lagCritical->value();
    e.passwordStorage = m_passwordStorage->currentIndex() == 1
                            ? Environment::PasswordStorage::Keychain
                            : Environment::PasswordStorage::AskEveryTime;
    return e;
}

void EnvironmentForm::setEnvironment(const Environment& e)
{
    m_original = e;
    m_name->setText(e.name);
    m_connection->setSettings(e.management);
    m_database->setText(e.managementDatabase);
    m_destinations->setPlainText(e.destinations.join(QLatin1Char('\n')));
    m_logWarning->setValue(e.thresholds.logWarningMinutes);
    m_logCritical->setValue(e.thresholds.logCriticalMinutes);
    m_fullWarning->setValue(e.thresholds.fullWarningHours);
    m_fullCritical->setValue(e.thresholds.fullCriticalHours);
    m_lagWarning->setValue(e.thresholds.lagWarningMinutes);
    m_lagCritical->setValue(e.thresholds.lagCriticalMinutes);
    m_passwordStorage->setCurrentIndex(
        e.passwordStorage == Environment::PasswordStorage::Keychain ? 1 : 0);
    // The lab's server and databases are its own; only its thresholds are the operator's.
    for (QWidget* w : std::initializer_list<QWidget*>{m_name, m_connection, m_database,
                                                      m_destinations, m_passwordStorage})
        w->setEnabled(!e.isLab);
    updateState();
}

QString EnvironmentForm::problem() const
{
    const Environment e = environment();
    if (e.name.isEmpty())
        return tr("Give the environment a name.");
    if (!e.isLab) {
        if (e.management.dsn.isEmpty() && e.management.server.isEmpty())
            return tr("Enter the management SQL Server.");
        if (e.managementDatabase.isEmpty())
            return tr("Enter the management database (usually BizTalkMgmtDb).");
        if (e.needsPassword() && e.management.userName.isEmpty())
            return tr("Enter the SQL Server login's user name.");
    }
    const Thresholds& t = e.thresholds;
    if (t.logWarningMinutes >= t.logCriticalMinutes)
        return tr("The log backup warning must come before the critical threshold.");
    if (t.fullWarningHours >= t.fullCriticalHours)
        return tr("The full backup warning must come before the critical threshold.");
    if (t.lagWarningMinutes >= t.lagCriticalMinutes)
        return tr("The restore lag warning must come before the critical threshold.");
    return QString();
}

void EnvironmentForm::updateState()
{
    m_problem->setText(problem());
    emit changed();
}

} // namespace bts
