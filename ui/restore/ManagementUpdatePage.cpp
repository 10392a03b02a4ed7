#include "ManagementUpdatePage.h"

#include "ApplyPanel.h"
#include "core/DatabasePool.h"
#include "source/FindingsLabel.h"

#include <QCheckBox>
#include <QLayout>

namespace bts {

ManagementUpdatePage::ManagementUpdatePage(RestoreWizardState& state, QWidget* parent)
    : RestoreStepPage(
          state, [](const RestoreWizardState& s) { return s.managementUpdate.commands; }, {},
          parent)
    , m_state(state)
    , m_renameServers(new QCheckBox(this))
    , m_notes(new FindingsLabel(this))
{
    setObjectName(QStringLiteral("managementUpdatePage"));
    setTitle(tr("Point BizTalk at the new servers"));
    m_renameServers->setObjectName(QStringLiteral("renameBizTalkServersCheck"));
    m_renameServers->setAccessibleName(tr("Rename the BizTalk servers in adm_Server"));
    m_notes->setObjectName(QStringLiteral("managementUpdateNotes"));
    layout()->addWidget(m_renameServers);
    layout()->addWidget(m_notes);
    connect(m_renameServers, &QCheckBox::toggled, this, &ManagementUpdatePage::plan);
}

void ManagementUpdatePage::initializePage()
{
    const Result<ConnectionTarget> management = newManagementDatabase(m_state.updateInfo);
    m_renameServers->setText(
        tr("Also rename every BizTalk server in adm_Server to %1, as UpdateDatabase.vbs does "
           "(only right when BizTalk runs on that machine)")
            .arg(management ? management.value().server : QString()));
    RestoreStepPage::initializePage();
}

void ManagementUpdatePage::replan()
{
    m_ready = false;
    panel()->setError(tr("Reading the new management database..."));
    emit completeChanged();
    std::shared_ptr<const GroupBackend> backend = m_state.backend;
    const UpdateInfo info = m_state.updateInfo;
    runAsync(
        this, [backend, info] { return readManagementUpdateFacts(backend->connector(), info); },
        [this](const Result<ManagementUpdateFacts>& facts) {
            if (!facts) {
                panel()->setError(tr("Cannot read the new management database: %1")
                                      .arg(facts.error().sentence()));
                m_notes->setFindings({});
                return;
            }
            m_facts = facts.value();
            m_ready = true;
            plan();
        });
}

void ManagementUpdatePage::plan()
{
    if (!m_ready)
        return;
    ManagementUpdateOptions options;
    options.renameBizTalkServers = m_renameServers->isChecked();
    const Result<ManagementUpdatePlan> planned =
        planManagementUpdate(m_state.updateInfo, m_facts, options);
    if (!planned) {
        panel()->setError(planned.error().sentence());
        return;
    }
    m_state.managementUpdate = planned.value();
    m_state.newManagementServer = planned.value().management.server;
    m_state.newManagementDatabase = planned.value().management.database;
    QVector<Finding> notes;
    for (const QString& note : planned.value().notes)
        notes.append({Finding::Level::Info, Finding::Field::Databases, note});
    m_notes->setFindings(notes);
    RestoreStepPage::replan();
}

bool ManagementUpdatePage::isComplete() const
{
    return m_ready && RestoreStepPage::isComplete();
}

} // namespace bts
