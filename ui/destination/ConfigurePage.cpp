#include "ConfigurePage.h"

#include "FormRows.h"

#include "source/FindingsLabel.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace bts {

ConfigurePage::ConfigurePage(DestinationWizardState& state, QWidget* parent)
    : QWizardPage(parent)
    , m_state(state)
    , m_description(new QLineEdit(this))
    , m_server(new QLineEdit(this))
    , m_database(new QLineEdit(this))
    , m_link(new QCheckBox(
          tr("&Create the linked server to the management server (@fLinkServers = 1)"), this))
    , m_findings(new FindingsLabel(this))
{
    setObjectName(QStringLiteral("configurePage"));
    setTitle(tr("Source of the backups"));
    m_description->setObjectName(QStringLiteral("descriptionLineEdit"));
    m_server->setObjectName(QStringLiteral("managementServerLineEdit"));
    m_database->setObjectName(QStringLiteral("managementDatabaseLineEdit"));
    m_link->setObjectName(QStringLiteral("linkServersCheckBox"));
    m_findings->setObjectName(QStringLiteral("configureFindingsLabel"));
    auto* form = new QFormLayout;
    const auto add = [&](const QString& text, QWidget* field) {
        addLabeledRow(form, text, field);
    };
    add(tr("&Description:"), m_description);
    add(tr("Management &server:"), m_server);
    add(tr("Management da&tabase:"), m_database);
    form->addRow(QString(), m_link);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_findings);
    layout->addStretch();
    for (QLineEdit* edit : {m_description, m_server, m_database})
        connect(edit, &QLineEdit::textChanged, this, &ConfigurePage::update);
}

void ConfigurePage::initializePage()
{
    if (m_state.configs.isEmpty())
        return;
    const DestinationConfig& first = m_state.configs.first();
    m_description->setText(first.description);
    m_server->setText(first.managementServer);
    m_database->setText(first.managementDatabase);
    m_link->setChecked(first.linkServers);
    update();
}

QVector<Finding> ConfigurePage::findings(const DestinationConfig& config) const
{
    QVector<Finding> findings = validateDestinationConfig(config);
    for (const QString& name : {config.managementServer, config.managementDatabase}) {
        if (name != name.trimmed())
            findings.append({Finding::Level::Error, Finding::Field::Databases,
                             tr("The management server or database starts or ends with a space "
                                "or a line break: remove it.")});
    }
    return findings;
}

QVector<DestinationConfig> ConfigurePage::edited() const
{
    QVector<DestinationConfig> configs = m_state.configs;
    for (DestinationConfig& c : configs) {
        c.description = m_description->text();
        // As typed: both reach bts_ConfigureBizTalkLogShipping's parameters, so a stray space
        // is refused by findings() rather than trimmed away unseen.
        c.managementServer = m_server->text();
        c.managementDatabase = m_database->text();
        c.linkServers = m_link->isChecked();
    }
    return configs;
}

void ConfigurePage::update()
{
    QVector<Finding> findings;
    const QVector<DestinationConfig> configs = edited();
    if (!configs.isEmpty())
        findings = this->findings(configs.first());
    if (findings.isEmpty())
        findings.append({Finding::Level::Ok, Finding::Field::Databases, tr("Ready to configure.")});
    m_findings->setFindings(findings);
    emit completeChanged();
}

bool ConfigurePage::isComplete() const
{
    for (const DestinationConfig& c : edited()) {
        if (hasErrors(findings(c)))
            return false;
    }
    return true;
}

bool ConfigurePage::validatePage()
{
    m_state.configs = edited();
    return isComplete();
}

} // namespace bts
