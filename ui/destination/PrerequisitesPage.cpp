#include "PrerequisitesPage.h"

#include "core/DatabasePool.h"
#include "destination/DestinationReader.h"
#include "source/FindingsLabel.h"

#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace bts {
namespace {

struct CheckResult {
    QString error;
    QVector<DestinationChecks> checks;
    QVector<DestinationState> states;
};

} // namespace

PrerequisitesPage::PrerequisitesPage(DestinationWizardState& state, QWidget* parent)
    : QWizardPage(parent)
    , m_state(state)
    , m_status(new QLabel(this))
    , m_results(new QWidget(this))
    , m_resultsLayout(new QVBoxLayout(m_results))
    , m_recheck(new QPushButton(tr("Check &again"), this))
{
    setObjectName(QStringLiteral("prerequisitesPage"));
    setTitle(tr("Prerequisites"));
    m_status->setObjectName(QStringLiteral("prerequisitesStatusLabel"));
    m_status->setWordWrap(true);
    m_recheck->setObjectName(QStringLiteral("recheckButton"));
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(m_results);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_recheck, 0, Qt::AlignLeft);
    connect(m_recheck, &QPushButton::clicked, this, &PrerequisitesPage::check);
}

void PrerequisitesPage::initializePage()
{
    check();
}

void PrerequisitesPage::check()
{
    m_checking = true;
    m_error.clear();
    m_recheck->setEnabled(false);
    m_status->setText(tr("Checking %n destination(s)...", nullptr, int(m_state.configs.size())));
    emit completeChanged();
    std::shared_ptr<const GroupBackend> backend = m_state.backend;
    const GroupSnapshot snapshot = m_state.snapshot;
    QStringList destinations;
    for (const DestinationConfig& c : std::as_const(m_state.configs))
        destinations.append(c.destination);
    runAsync(
        this,
        [backend, snapshot, destinations] {
            CheckResult result;
            Result<SourceFacts> facts = readSourceFacts(backend->connector(), snapshot);
            if (!facts) {
                result.error = facts.error().sentence();
                return result;
            }
            for (const QString& destination : destinations) {
                result.checks.append(
                    checkDestination(backend->connector(), destination, facts.value()));
                result.states.append(readDestination(backend->connector(), destination));
            }
            return result;
        },
        [this](const CheckResult& result) {
            m_checking = false;
            m_recheck->setEnabled(true);
            m_error = result.error;
            m_state.checks = result.checks;
            m_state.states = result.states;
            show();
            emit completeChanged();
        });
}

void PrerequisitesPage::show()
{
    while (QLayoutItem* item = m_resultsLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    if (!m_error.isEmpty()) {
        m_status->setText(tr("<b>Could not read the source:</b> %1").arg(m_error.toHtmlEscaped()));
        return;
    }
    bool blocked = false;
    for (int i = 0; i < m_state.checks.size(); ++i) {
        const DestinationChecks& checks = m_state.checks.at(i);
        blocked = blocked || checks.blocked();
        auto* title = new QLabel(QStringLiteral("<b>%1</b>%2")
                                     .arg(checks.server.toHtmlEscaped(),
                                          m_state.states.value(i).isConfigured()
                                              ? tr(" (log shipping is configured already)")
                                              : QString()),
                                 m_results);
        m_resultsLayout->addWidget(title);
        auto* findings = new FindingsLabel(m_results);
        findings->setObjectName(QStringLiteral("prerequisiteFindings_%1").arg(i));
        QVector<Finding> list;
        for (const PrerequisiteCheck& c : checks.checks) {
            Finding f = c.finding;
            if (!c.fix.isEmpty()) {
                // Not a blocker: the change fixes it, and the operator sees how on the review page.
                f.level = Finding::Level::Warning;
                f.message += tr(" It will be fixed as part of the change.");
            }
            list.append(f);
        }
        findings->setFindings(list);
        m_resultsLayout->addWidget(findings);
    }
    m_resultsLayout->addStretch();
    m_status->setText(
        blocked
            ? tr("A destination does not meet a prerequisite the console cannot fix: fix it, then "
                 "check again.")
            : tr("Every destination can be configured."));
}

bool PrerequisitesPage::isComplete() const
{
    if (m_checking || !m_error.isEmpty() || m_state.checks.size() != m_state.configs.size())
        return false;
    for (const DestinationChecks& checks : m_state.checks) {
        if (checks.blocked())
            return false;
    }
    return true;
}

} // namespace bts
