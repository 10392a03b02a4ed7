#include "BackupFolderPage.h"

#include "FindingsLabel.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace bts {

BackupFolderPage::BackupFolderPage(SourceWizardState& state, QWidget* parent)
    : QWizardPage(parent)
    , m_state(state)
    , m_fullPath(new QLineEdit(this))
    , m_samePath(new QCheckBox(tr("Write log backups to the &same folder"), this))
    , m_logPath(new QLineEdit(this))
    , m_findings(new FindingsLabel(this))
{
    setObjectName(QStringLiteral("backupFolderPage"));
    setTitle(tr("Backup folder"));

    m_fullPath->setObjectName(QStringLiteral("fullPathLineEdit"));
    m_fullPath->setAccessibleName(tr("Full backup folder"));
    m_fullPath->setPlaceholderText(tr("\\\\BACKUPSERVER\\BizTalkBackups"));
    m_samePath->setObjectName(QStringLiteral("samePathCheckBox"));
    m_logPath->setObjectName(QStringLiteral("logPathLineEdit"));
    m_logPath->setAccessibleName(tr("Log backup folder"));
    m_findings->setObjectName(QStringLiteral("folderFindingsLabel"));

    auto* form = new QFormLayout;
    auto* fullLabel = new QLabel(tr("&Full backups:"), this);
    fullLabel->setBuddy(m_fullPath);
    form->addRow(fullLabel, m_fullPath);
    form->addRow(QString(), m_samePath);
    auto* logLabel = new QLabel(tr("&Log backups:"), this);
    logLabel->setBuddy(m_logPath);
    form->addRow(logLabel, m_logPath);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_findings);
    layout->addStretch();

    connect(m_fullPath, &QLineEdit::textChanged, this, &BackupFolderPage::update);
    connect(m_logPath, &QLineEdit::textChanged, this, &BackupFolderPage::update);
    connect(m_samePath, &QCheckBox::toggled, this, &BackupFolderPage::update);
}

void BackupFolderPage::initializePage()
{
    const SourceJobConfig& config = m_state.config;
    m_fullPath->setText(config.fullBackupPath);
    m_samePath->setChecked(config.logBackupPath.isEmpty() ||
                           config.logBackupPath == config.fullBackupPath);
    m_logPath->setText(config.logBackupPath);
    update();
}

QVector<Finding> BackupFolderPage::findings() const
{
    QVector<Finding> all = validateBackupPath(m_fullPath->text(), Finding::Field::FullPath);
    if (!m_samePath->isChecked())
        all += validateBackupPath(m_logPath->text(), Finding::Field::LogPath);
    return all;
}

void BackupFolderPage::update()
{
    m_logPath->setEnabled(!m_samePath->isChecked());
    if (m_samePath->isChecked() && m_logPath->text() != m_fullPath->text())
        m_logPath->setText(m_fullPath->text());
    m_findings->setFindings(findings());
    emit completeChanged();
}

bool BackupFolderPage::isComplete() const
{
    return !hasErrors(findings());
}

bool BackupFolderPage::validatePage()
{
    m_state.config.fullBackupPath = m_fullPath->text();
    m_state.config.logBackupPath = m_samePath->isChecked() ? m_fullPath->text() : m_logPath->text();
    return isComplete();
}

} // namespace bts
