#include "RestoreStepPage.h"

#include "ApplyPanel.h"

#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace bts {

RestoreStepPage::RestoreStepPage(RestoreWizardState& state, Commands commands,
                                 QStringList checklist, QWidget* parent)
    : QWizardPage(parent)
    , m_state(state)
    , m_commands(std::move(commands))
    , m_panel(new ApplyPanel(this))
    , m_checklist(new QListWidget(this))
{
    m_checklist->setObjectName(QStringLiteral("checklist"));
    m_checklist->setAccessibleName(tr("What you do yourself; tick each when done"));
    m_checklist->setWordWrap(true);
    // Room for the whole checklist: it is what the operator works through on these pages.
    m_checklist->setMinimumHeight(m_checklist->fontMetrics().lineSpacing() * 12);
    for (const QString& item : checklist) {
        auto* entry = new QListWidgetItem(item, m_checklist);
        entry->setFlags(entry->flags() | Qt::ItemIsUserCheckable);
        entry->setCheckState(Qt::Unchecked);
    }
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_panel, 1);
    if (!checklist.isEmpty()) {
        auto* label =
            new QLabel(tr("What the console cannot do for you; tick each when done:"), this);
        label->setBuddy(m_checklist);
        layout->addWidget(label);
        layout->addWidget(m_checklist, 2);
    } else {
        m_checklist->hide();
    }
    connect(m_checklist, &QListWidget::itemChanged, this, [this](QListWidgetItem* item) {
        if (item->checkState() == Qt::Checked)
            m_state.report.addManualStep(title(), item->text());
        emit completeChanged();
    });
    connect(m_panel, &ApplyPanel::finished, this, [this](bool allDone) {
        m_state.report.addOutcomes(title(), m_panel->outcomes());
        emit completeChanged();
        if (allDone)
            emit applied();
    });
    connect(m_panel, &ApplyPanel::retryRequested, this, &RestoreStepPage::replan);
}

void RestoreStepPage::initializePage()
{
    m_panel->setBackend(m_state.backend);
    replan();
}

void RestoreStepPage::replan()
{
    if (!m_state.planReady) {
        m_panel->setError(tr("Reading the group..."));
        emit completeChanged();
        return;
    }
    const QVector<ServerCommand> commands = m_commands(m_state);
    m_panel->setCommands(commands, tr("%n statement(s).", nullptr, int(commands.size())));
    // A step with nothing to run (the checklist page, or a lost source) is only its checklist.
    m_panel->setVisible(!commands.isEmpty() || m_checklist->isHidden());
    emit completeChanged();
}

bool RestoreStepPage::isComplete() const
{
    for (int i = 0; i < m_checklist->count(); ++i) {
        if (m_checklist->item(i)->checkState() != Qt::Checked)
            return false;
    }
    return m_panel->isDone() && !m_panel->isRunning();
}

} // namespace bts
