#include "PreflightPage.h"

#include "core/DatabasePool.h"
#include "source/FindingsLabel.h"

#include <QCheckBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace bts {
namespace {

struct PreflightRead {
    Result<RestorePreflight> preflight = DbError();
    GroupSnapshot snapshot;
};

Finding::Level levelOf(PreflightFinding::Level level)
{
    switch (level) {
    case PreflightFinding::Ok:
        return Finding::Level::Ok;
    case PreflightFinding::Warning:
        return Finding::Level::Warning;
    case PreflightFinding::Blocker:
        return Finding::Level::Error;
    }
    return Finding::Level::Info;
}

} // namespace

PreflightPage::PreflightPage(RestoreWizardState& state, QWidget* parent)
    : QWizardPage(parent)
    , m_state(state)
    , m_outcome(new QLabel(this))
    , m_findings(new FindingsLabel(this))
    , m_acceptWarnings(new QCheckBox(tr("I have read the &warnings and want to go on"), this))
    , m_recheck(new QPushButton(tr("Check &again"), this))
{
    setObjectName(QStringLiteral("preflightPage"));
    setTitle(tr("Pre-flight"));
    m_outcome->setObjectName(QStringLiteral("restoreOutcomeLabel"));
    m_outcome->setWordWrap(true);
    m_outcome->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_findings->setObjectName(QStringLiteral("preflightFindingsLabel"));
    m_acceptWarnings->setObjectName(QStringLiteral("acceptWarningsCheckBox"));
    m_recheck->setObjectName(QStringLiteral("recheckPreflightButton"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_outcome);
    layout->addWidget(m_findings);
    layout->addWidget(m_acceptWarnings);
    layout->addWidget(m_recheck, 0, Qt::AlignLeft);
    layout->addStretch();
    connect(m_acceptWarnings, &QCheckBox::toggled, this, &PreflightPage::completeChanged);
    connect(m_recheck, &QPushButton::clicked, this, &PreflightPage::check);
}

void PreflightPage::initializePage()
{
    check();
}

void PreflightPage::check()
{
    m_checking = true;
    m_recheck->setEnabled(false);
    m_outcome->setText(tr("Reading the source and the destinations..."));
    emit completeChanged();
    std::shared_ptr<const GroupBackend> backend = m_state.backend;
    runAsync(
        this,
        [backend] {
            PreflightRead read;
            read.preflight = readPreflight(*backend, &read.snapshot);
            return read;
        },
        [this](const PreflightRead& read) {
            m_checking = false;
            m_recheck->setEnabled(true);
            if (!read.preflight) {
                m_preflight.reset();
                m_error = read.preflight.error().sentence();
                m_outcome->setText(tr("<b>Cannot check:</b> %1").arg(m_error.toHtmlEscaped()));
                m_findings->setFindings({});
                emit completeChanged();
                return;
            }
            m_error.clear();
            m_preflight = read.preflight.value();
            m_state.snapshot = read.snapshot;
            m_state.sourceReachable = !m_preflight->sourceLost;
            m_outcome->setText(
                QStringLiteral("<b>%1</b>").arg(m_preflight->outcome.sentence.toHtmlEscaped()));
            RestoreReport& report = m_state.report;
            report.group =
                tr("%1 on %2")
                    .arg(m_state.snapshot.managementDatabase, m_state.snapshot.managementServer);
            report.destinations = m_state.backend->destinationServers().join(QStringLiteral(", "));
            report.operatorName = currentOperatorName();
            report.preflight = m_preflight->outcome.sentence;
            QVector<Finding> findings;
            for (const PreflightFinding& f : m_preflight->findings)
                findings.append({levelOf(f.level), Finding::Field::Databases, f.message});
            const Result<RestorePlan> plan = planRestore(m_state.snapshot, m_state.sourceReachable);
            m_planned = bool(plan);
            m_state.planReady = bool(plan);
            if (plan)
                m_state.plan = plan.value();
            else
                findings.prepend(
                    {Finding::Level::Error, Finding::Field::Databases, plan.error().sentence()});
            m_findings->setFindings(findings);
            m_acceptWarnings->setVisible(m_preflight->count(PreflightFinding::Warning) > 0);
            emit completeChanged();
        });
}

bool PreflightPage::isComplete() const
{
    if (m_checking || !m_preflight || m_preflight->blocked() || !m_planned)
        return false;
    return m_preflight->count(PreflightFinding::Warning) == 0 || m_acceptWarnings->isChecked();
}

} // namespace bts
