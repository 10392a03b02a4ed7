#include "SchedulePage.h"

#include "FindingsLabel.h"
#include "group/BackupJob.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace bts {
namespace {

const QString FullProcedure = QStringLiteral("sp_BackupAllFull_Schedule");

} // namespace

SchedulePage::SchedulePage(SourceWizardState& state, QWidget* parent)
    : QWizardPage(parent)
    , m_state(state)
    , m_frequency(new QComboBox(this))
    , m_useBackupHour(new QCheckBox(tr("Only at &hour"), this))
    , m_backupHour(new QSpinBox(this))
    , m_useLocalTime(
          new QCheckBox(tr("Use the server's local &time for periods and time stamps"), this))
    , m_forceFull(new QCheckBox(tr("&Force a full backup after a partial set"), this))
    , m_markName(new QLineEdit(this))
    , m_interval(new QSpinBox(this))
    , m_compression(new QCheckBox(tr("&Compress backups"), this))
    , m_versionNote(new QLabel(this))
    , m_findings(new FindingsLabel(this))
{
    setObjectName(QStringLiteral("schedulePage"));
    setTitle(tr("Schedule and marks"));

    m_frequency->setObjectName(QStringLiteral("frequencyComboBox"));
    m_frequency->addItem(tr("Hourly (h)"), QStringLiteral("h"));
    m_frequency->addItem(tr("Daily (d), recommended"), QStringLiteral("d"));
    m_frequency->addItem(tr("Weekly (w)"), QStringLiteral("w"));
    m_frequency->addItem(tr("Monthly (m)"), QStringLiteral("m"));
    m_frequency->addItem(tr("Yearly (y)"), QStringLiteral("y"));
    m_useBackupHour->setObjectName(QStringLiteral("useBackupHourCheckBox"));
    m_backupHour->setObjectName(QStringLiteral("backupHourSpinBox"));
    m_backupHour->setAccessibleName(tr("Backup hour, server local time"));
    m_backupHour->setRange(0, 23);
    m_backupHour->setSuffix(tr(":00 server time"));
    m_useLocalTime->setObjectName(QStringLiteral("useLocalTimeCheckBox"));
    m_forceFull->setObjectName(QStringLiteral("forceFullAfterPartialCheckBox"));
    m_markName->setObjectName(QStringLiteral("markNameLineEdit"));
    m_markName->setAccessibleName(tr("Mark name"));
    m_interval->setObjectName(QStringLiteral("intervalSpinBox"));
    m_interval->setAccessibleName(tr("Job interval in minutes"));
    m_interval->setRange(1, 1440);
    m_interval->setSuffix(tr(" minutes"));
    m_compression->setObjectName(QStringLiteral("compressionCheckBox"));
    m_versionNote->setWordWrap(true);
    m_findings->setObjectName(QStringLiteral("scheduleFindingsLabel"));

    auto* form = new QFormLayout;
    auto* frequencyLabel = new QLabel(tr("F&ull backups:"), this);
    frequencyLabel->setBuddy(m_frequency);
    form->addRow(frequencyLabel, m_frequency);
    auto* hourRow = new QHBoxLayout;
    hourRow->addWidget(m_useBackupHour);
    hourRow->addWidget(m_backupHour);
    hourRow->addStretch();
    form->addRow(QString(), hourRow);
    form->addRow(QString(), m_forceFull);
    form->addRow(QString(), m_useLocalTime);
    auto* markLabel = new QLabel(tr("&Mark name:"), this);
    markLabel->setBuddy(m_markName);
    form->addRow(markLabel, m_markName);
    auto* intervalLabel = new QLabel(tr("Run the job &every:"), this);
    intervalLabel->setBuddy(m_interval);
    form->addRow(intervalLabel, m_interval);
    form->addRow(QString(), m_compression);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_versionNote);
    layout->addWidget(m_findings);
    layout->addStretch();

    for (QCheckBox* box : {m_useBackupHour, m_useLocalTime, m_forceFull, m_compression})
        connect(box, &QCheckBox::toggled, this, &SchedulePage::update);
    connect(m_frequency, &QComboBox::currentIndexChanged, this, &SchedulePage::update);
    connect(m_backupHour, &QSpinBox::valueChanged, this, &SchedulePage::update);
    connect(m_interval, &QSpinBox::valueChanged, this, &SchedulePage::update);
    connect(m_markName, &QLineEdit::textChanged, this, &SchedulePage::update);
}

void SchedulePage::initializePage()
{
    const SourceJobConfig& c = m_state.config;
    m_frequency->setCurrentIndex(qMax(0, m_frequency->findData(QString(c.frequency))));
    m_useBackupHour->setChecked(c.backupHour.has_value());
    m_backupHour->setValue(c.backupHour.value_or(0));
    m_useLocalTime->setChecked(c.useLocalTime);
    m_forceFull->setChecked(c.forceFullAfterPartialSet);
    m_markName->setText(c.markName);
    m_interval->setValue(c.intervalMinutes);
    m_compression->setChecked(c.compression.value_or(false));
    m_compression->setVisible(c.compression.has_value());

    // Older BizTalk builds lack some parameters: offer only what this server's procedure has.
    const SourceContext& ctx = m_state.context;
    const bool hasHour = ctx.procedureHas(FullProcedure, QStringLiteral("BackupHour"));
    const bool hasLocal = ctx.procedureHas(FullProcedure, QStringLiteral("UseLocalTime"));
    const bool hasForce =
        ctx.procedureHas(FullProcedure, QStringLiteral("ForceFullBackupAfterPartialSetFailure"));
    m_useBackupHour->setEnabled(hasHour);
    m_useLocalTime->setEnabled(hasLocal);
    m_forceFull->setEnabled(hasForce);
    QStringList missing;
    if (!hasHour)
        missing.append(QStringLiteral("@BackupHour"));
    if (!hasLocal)
        missing.append(QStringLiteral("@UseLocalTime"));
    if (!hasForce)
        missing.append(QStringLiteral("@ForceFullBackupAfterPartialSetFailure"));
    m_versionNote->setText(
        missing.isEmpty()
            ? QString()
            : tr("This server's sp_BackupAllFull_Schedule has no %1: an older BizTalk build, "
                 "so those settings are not offered.")
                  .arg(missing.join(QStringLiteral(", "))));
    m_versionNote->setVisible(!missing.isEmpty());
    update();
}

SourceJobConfig SchedulePage::edited() const
{
    SourceJobConfig c = m_state.config;
    const QString frequency = m_frequency->currentData().toString();
    c.frequency = frequency.isEmpty() ? QLatin1Char('d') : frequency.at(0);
    c.backupHour = m_useBackupHour->isChecked() && m_useBackupHour->isEnabled()
                       ? std::optional<int>(m_backupHour->value())
                       : std::nullopt;
    c.useLocalTime = m_useLocalTime->isEnabled() && m_useLocalTime->isChecked();
    c.forceFullAfterPartialSet = m_forceFull->isEnabled() && m_forceFull->isChecked();
    c.markName = m_markName->text();
    c.intervalMinutes = m_interval->value();
    if (c.compression)
        c.compression = m_compression->isChecked();
    return c;
}

void SchedulePage::update()
{
    m_backupHour->setEnabled(m_useBackupHour->isEnabled() && m_useBackupHour->isChecked());
    const SourceJobConfig c = edited();
    QVector<Finding> findings = validateMarkName(c.markName);
    for (const Finding& f : validateSchedule(c)) {
        if (f.field != Finding::Field::DaysToKeep)
            findings.append(f);
    }
    m_findings->setFindings(findings);
    emit completeChanged();
}

bool SchedulePage::isComplete() const
{
    const SourceJobConfig c = edited();
    return !hasErrors(validateMarkName(c.markName)) && !hasErrors(validateSchedule(c));
}

bool SchedulePage::validatePage()
{
    if (!isComplete())
        return false;
    m_state.config = edited();
    return true;
}

} // namespace bts
