#include "ScriptsPage.h"

#include "source/FindingsLabel.h"
#include "tsql/ScriptFileCheck.h"

#include <QCheckBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace bts {

ScriptsPage::ScriptsPage(DestinationWizardState& state, QWidget* parent)
    : QWizardPage(parent)
    , m_state(state)
    , m_folder(new QLineEdit(this))
    , m_run(new QCheckBox(tr("&Run both scripts in master on every destination"), this))
    , m_findings(new FindingsLabel(this))
    , m_confirmLabel(new QLabel(this))
    , m_confirm(new QLineEdit(this))
{
    setObjectName(QStringLiteral("scriptsPage"));
    setTitle(tr("Log-shipping scripts"));
    m_folder->setObjectName(QStringLiteral("schemaFolderLineEdit"));
    m_folder->setAccessibleName(tr("BizTalk Schema folder"));
    m_run->setObjectName(QStringLiteral("runScriptsCheckBox"));
    m_findings->setObjectName(QStringLiteral("scriptFindingsLabel"));
    m_confirmLabel->setWordWrap(true);
    m_confirm->setObjectName(QStringLiteral("confirmReplaceLineEdit"));
    m_confirm->setAccessibleName(tr("Type the destination names to confirm"));
    auto* browse = new QPushButton(tr("Bro&wse..."), this);
    browse->setObjectName(QStringLiteral("browseSchemaFolderButton"));
    auto* folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);
    auto* form = new QFormLayout;
    auto* label = new QLabel(tr("BizTalk &Schema folder:"), this);
    label->setBuddy(m_folder);
    form->addRow(label, folderRow);
    form->addRow(QString(), m_run);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_findings);
    layout->addWidget(m_confirmLabel);
    layout->addWidget(m_confirm);
    layout->addStretch();

    connect(browse, &QPushButton::clicked, this, [this] {
        const QString folder =
            QFileDialog::getExistingDirectory(this, tr("BizTalk Schema folder"), m_folder->text());
        if (!folder.isEmpty())
            m_folder->setText(QDir::toNativeSeparators(folder));
    });
    connect(m_folder, &QLineEdit::textChanged, this, &ScriptsPage::readScripts);
    connect(m_run, &QCheckBox::toggled, this, &ScriptsPage::update);
    connect(m_confirm, &QLineEdit::textChanged, this, &ScriptsPage::update);
}

void ScriptsPage::initializePage()
{
    const QStringList configured = m_state.configuredDestinations();
    // Where the scripts already ran, running them again is a choice, not the default.
    m_run->setChecked(configured.isEmpty());
    m_folder->setText(m_state.schemaFolder.isEmpty() ? m_state.defaultSchemaFolder
                                                     : m_state.schemaFolder);
    readScripts();
}

void ScriptsPage::readScripts()
{
    // Small local files: read on the UI thread, as a file dialog would.
    QVector<Finding> findings;
    m_scriptsOk = true;
    m_state.scripts = DestinationScripts();
    const QVector<ScriptCheck> checks = checkDestinationScripts(m_folder->text().trimmed());
    for (int i = 0; i < checks.size(); ++i) {
        const ScriptCheck& check = checks.at(i);
        if (!check.problem.isEmpty()) {
            findings.append({Finding::Level::Error, Finding::Field::Databases, check.problem});
            m_scriptsOk = false;
            continue;
        }
        const SplitResult split = splitBatches(readScriptFile(check.path, nullptr));
        if (!split.ok()) {
            findings.append({Finding::Level::Error, Finding::Field::Databases, split.error});
            m_scriptsOk = false;
            continue;
        }
        findings.append({Finding::Level::Ok, Finding::Field::Databases,
                         tr("%1: %n batch(es).", nullptr, int(split.batches.size()))
                             .arg(QDir::toNativeSeparators(check.path))});
        if (i == 0) // checkDestinationScripts lists the schema script first
            m_state.scripts.schema = split.batches;
        else
            m_state.scripts.logic = split.batches;
    }
    m_findings->setFindings(findings);
    update();
}

void ScriptsPage::update()
{
    const QStringList configured = m_state.configuredDestinations();
    const bool needsConfirmation = m_run->isChecked() && !configured.isEmpty();
    m_confirmLabel->setVisible(needsConfirmation);
    m_confirm->setVisible(needsConfirmation);
    if (needsConfirmation) {
        m_confirmLabel->setText(
            tr("<b>Warning:</b> %1 already %2 log shipping configured. The schema script drops "
               "its tables: the imported history and what was restored is forgotten, and the "
               "restore starts again from the next full set. Type <b>%3</b> to confirm.")
                .arg(configured.join(QStringLiteral(", ")).toHtmlEscaped(),
                     configured.size() == 1 ? tr("has") : tr("have"),
                     configured.join(QStringLiteral(", ")).toHtmlEscaped()));
    }
    emit completeChanged();
}

bool ScriptsPage::isComplete() const
{
    if (!m_run->isChecked())
        return m_state.configuredDestinations().size() == m_state.configs.size();
    if (!m_scriptsOk)
        return false;
    const QStringList configured = m_state.configuredDestinations();
    return configured.isEmpty() ||
           m_confirm->text().trimmed() == configured.join(QStringLiteral(", "));
}

bool ScriptsPage::validatePage()
{
    m_state.schemaFolder = m_folder->text().trimmed();
    const bool confirmed = !m_state.configuredDestinations().isEmpty() && m_run->isChecked();
    for (DestinationConfig& c : m_state.configs) {
        c.runScripts = m_run->isChecked();
        c.confirmedReplacingConfiguration = confirmed;
    }
    return isComplete();
}

} // namespace bts
