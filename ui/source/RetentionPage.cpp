#include "RetentionPage.h"

#include "FindingsLabel.h"

#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

namespace bts {

RetentionPage::RetentionPage(SourceWizardState& state, QWidget* parent)
    : QWizardPage(parent)
    , m_state(state)
    , m_days(new QSpinBox(this))
    , m_findings(new FindingsLabel(this))
{
    setObjectName(QStringLiteral("retentionPage"));
    setTitle(tr("History to keep"));
    m_days->setObjectName(QStringLiteral("daysToKeepSpinBox"));
    m_days->setAccessibleName(tr("Days of backup history to keep"));
    m_days->setRange(0, 32767);
    m_days->setSuffix(tr(" days"));
    m_findings->setObjectName(QStringLiteral("retentionFindingsLabel"));
    auto* form = new QFormLayout;
    auto* label = new QLabel(tr("&Keep history for:"), this);
    label->setBuddy(m_days);
    form->addRow(label, m_days);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_findings);
    layout->addStretch();
    connect(m_days, &QSpinBox::valueChanged, this, &RetentionPage::update);
}

void RetentionPage::initializePage()
{
    m_days->setValue(m_state.config.daysToKeep);
    update();
}

void RetentionPage::update()
{
    SourceJobConfig c = m_state.config;
    c.daysToKeep = m_days->value();
    QVector<Finding> findings;
    for (const Finding& f : validateSchedule(c)) {
        if (f.field == Finding::Field::DaysToKeep)
            findings.append(f);
    }
    m_findings->setFindings(findings);
}

bool RetentionPage::validatePage()
{
    m_state.config.daysToKeep = m_days->value();
    return true;
}

} // namespace bts
