#include "DestinationWizard.h"

#include "ConfigurePage.h"
#include "DestinationChoicePage.h"
#include "DestinationResultPage.h"
#include "PathsJobsPage.h"
#include "PrerequisitesPage.h"
#include "ScriptsPage.h"
#include "SetupApplyPage.h"
#include "TextMetrics.h"
#include "WizardPageHelp.h"

namespace bts {

DestinationWizard::DestinationWizard(std::shared_ptr<const GroupBackend> backend,
                                     GroupSnapshot snapshot, QString defaultSchemaFolder,
                                     QWidget* parent)
    : QWizard(parent)
{
    setObjectName(QStringLiteral("destinationWizard"));
    setWindowTitle(tr("Set up BizTalk log shipping"));
    m_state.backend = std::move(backend);
    m_state.snapshot = std::move(snapshot);
    m_state.defaultSchemaFolder = std::move(defaultSchemaFolder);
    addPage(new DestinationChoicePage(m_state, this));
    addPage(new PrerequisitesPage(m_state, this));
    addPage(new ScriptsPage(m_state, this));
    addPage(new ConfigurePage(m_state, this));
    auto* setup = new SetupApplyPage(m_state, this);
    addPage(setup);
    addPage(new PathsJobsPage(m_state, this));
    addPage(new DestinationResultPage(m_state, this));
    // What was applied stays applied: no way back past it.
    connect(this, &QWizard::currentIdChanged, this, [this, setup](int id) {
        if (page(id) != setup && setup->isComplete())
            emit applied();
    });
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    resize(textSize(this, 150, 44));
    applyPageHelp(this);
}

} // namespace bts
