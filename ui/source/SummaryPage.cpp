#include "SummaryPage.h"

#include "ApplyPanel.h"
#include "core/DatabasePool.h"

#include <QCheckBox>
#include <QLabel>
#include <QVBoxLayout>

namespace bts {

SummaryPage::SummaryPage(SourceWizardState& state, QWidget* parent)
    : QWizardPage(parent)
    , m_state(state)
    , m_overwriteWarning(new QLabel(this))
    , m_acknowledge(
          new QCheckBox(tr("I have read the step commands below and want them &replaced"), this))
    , m_panel(new ApplyPanel(this))
{
    setObjectName(QStringLiteral("summaryPage"));
    setTitle(tr("Review and apply"));
    m_overwriteWarning->setObjectName(QStringLiteral("overwriteWarningLabel"));
    m_overwriteWarning->setWordWrap(true);
    m_overwriteWarning->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_acknowledge->setObjectName(QStringLiteral("acknowledgeOverwriteCheckBox"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_overwriteWarning);
    layout->addWidget(m_acknowledge);
    layout->addWidget(m_panel, 1);
    connect(m_acknowledge, &QCheckBox::toggled, m_panel, &ApplyPanel::setApplyEnabled);
    connect(m_panel, &ApplyPanel::finished, this, [this](bool allDone) {
        emit completeChanged();
        if (allDone)
            emit applied();
    });
    connect(m_panel, &ApplyPanel::retryRequested, this, &SummaryPage::readAgain);
}

void SummaryPage::initializePage()
{
    m_panel->setBackend(m_state.backend);
    plan();
}

QVector<CallOutcome> SummaryPage::outcomes() const
{
    return m_panel->outcomes();
}

void SummaryPage::plan()
{
    const Result<SourceJobPlan> plan = planSourceJob(m_state.context, m_state.config);
    m_plan = plan ? plan.value() : SourceJobPlan();
    const bool overwrites = !m_plan.overwritesUnreadableSteps.isEmpty();
    m_overwriteWarning->setVisible(overwrites);
    m_acknowledge->setVisible(overwrites);
    m_acknowledge->setChecked(false);
    if (overwrites) {
        // Show the commands being replaced as they are, so that nothing is lost unseen.
        QString current;
        for (const QString& stepName : std::as_const(m_plan.overwritesUnreadableSteps)) {
            if (const JobStep* step = m_state.context.snapshot.job.step(stepName))
                current += QStringLiteral("<p><b>%1</b> now runs:<br><tt>%2</tt></p>")
                               .arg(stepName.toHtmlEscaped(), step->command.toHtmlEscaped());
        }
        m_overwriteWarning->setText(
            tr("<b>Warning:</b> the console cannot read the current command of %1. Applying "
               "replaces "
               "it with the command below; copy the old one first if it holds something you need.")
                .arg(m_plan.overwritesUnreadableSteps.join(QStringLiteral(", ")).toHtmlEscaped()) +
            current);
    }
    m_panel->setApplyEnabled(!overwrites);
    if (!plan)
        m_panel->setError(plan.error().sentence());
    else
        m_panel->setCommands(m_plan.commands,
                             tr("%n statement(s) on %1.", nullptr, int(m_plan.commands.size()))
                                 .arg(m_state.backend->displayName()));
    emit completeChanged();
}

void SummaryPage::readAgain()
{
    // After a failure the server is in a state we must not guess: read it, and plan only what
    // is still to do.
    std::shared_ptr<const GroupBackend> backend = m_state.backend;
    runAsync(
        this, [backend] { return readSourceContext(*backend); },
        [this](const Result<SourceContext>& context) {
            if (!context) {
                m_panel->setError(tr("Reading again failed: %1").arg(context.error().sentence()));
                return;
            }
            m_state.context = context.value();
            plan();
        });
}

bool SummaryPage::isComplete() const
{
    return m_panel->isDone() && !m_panel->isRunning();
}

} // namespace bts
