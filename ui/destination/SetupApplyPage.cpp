#include "SetupApplyPage.h"

#include "ApplyPanel.h"
#include "core/DatabasePool.h"
#include "destination/DestinationReader.h"

#include <QVBoxLayout>

namespace bts {

SetupApplyPage::SetupApplyPage(DestinationWizardState& state, QWidget* parent)
    : QWizardPage(parent)
    , m_state(state)
    , m_panel(new ApplyPanel(this))
{
    setObjectName(QStringLiteral("setupApplyPage"));
    setTitle(tr("Review and apply"));
    // Once applied, going back to change the answers would describe something that no longer is.
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Next >"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_panel);
    connect(m_panel, &ApplyPanel::finished, this, &SetupApplyPage::completeChanged);
    connect(m_panel, &ApplyPanel::retryRequested, this, &SetupApplyPage::readAgain);
}

void SetupApplyPage::initializePage()
{
    m_panel->setBackend(m_state.backend);
    plan();
}

void SetupApplyPage::plan()
{
    QVector<ServerCommand> all;
    for (int i = 0; i < m_state.configs.size(); ++i) {
        const Result<QVector<ServerCommand>> commands =
            planDestinationSetup(m_state.configs.at(i), m_state.scripts, m_state.checks.value(i),
                                 m_state.states.value(i));
        if (!commands) {
            m_panel->setError(commands.error().sentence());
            emit completeChanged();
            return;
        }
        all += commands.value();
    }
    m_panel->setCommands(all, tr("%n statement(s) on %1.", nullptr, int(all.size()))
                                  .arg(m_state.destinationServers().join(QStringLiteral(", "))));
    emit completeChanged();
}

void SetupApplyPage::readAgain()
{
    // The documented recovery: start again from the schema script, which the operator already
    // agreed may replace what is there.
    for (DestinationConfig& c : m_state.configs) {
        c.runScripts = true;
        c.confirmedReplacingConfiguration = true;
    }
    std::shared_ptr<const GroupBackend> backend = m_state.backend;
    const QStringList servers = m_state.destinationServers();
    runAsync(
        this, [backend, servers] { return readDestinations(backend->connector(), servers); },
        [this](const QVector<DestinationState>& states) {
            m_state.states = states;
            // Fixes that already ran (Ad Hoc Distributed Queries) are harmless to run again.
            plan();
        });
}

bool SetupApplyPage::isComplete() const
{
    return m_panel->isDone() && !m_panel->isRunning();
}

} // namespace bts
