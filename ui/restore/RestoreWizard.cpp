#include "RestoreWizard.h"

#include "ConfirmFailoverPage.h"
#include "PreflightPage.h"
#include "RestoreChecklists.h"
#include "RestoreReportPage.h"
#include "RestoreStepPage.h"
#include "RestoreToMarkPage.h"
#include "UpdateInfoPage.h"

#include <QCheckBox>
#include <QLayout>

namespace bts {
namespace {

QWizardPage* titled(QWizardPage* page, const char* name, const QString& title,
                    const QString& subTitle)
{
    page->setObjectName(QString::fromLatin1(name));
    page->setTitle(title);
    page->setSubTitle(subTitle);
    return page;
}

} // namespace

RestoreWizard::RestoreWizard(std::shared_ptr<const GroupBackend> backend, QWidget* parent)
    : QWizard(parent)
{
    setObjectName(QStringLiteral("restoreWizard"));
    setWindowTitle(tr("Restore to the last mark"));
    m_state.backend = std::move(backend);

    addPage(new PreflightPage(m_state, this));
    addPage(new ConfirmFailoverPage(m_state, this));

    auto* stopSource = new RestoreStepPage(
        m_state, [](const RestoreWizardState& s) { return s.plan.stopSource; },
        stopProcessingChecklist(), this);
    addPage(titled(stopSource, "stopSourcePage", tr("Stop processing on the source"),
                   tr("If the source still runs, stop it from changing anything: the console "
                      "disables the Backup "
                      "BizTalk Server job; the rest needs the BizTalk servers (facts §3.1). If the "
                      "source is lost, "
                      "tick what no longer applies.")));

    auto* stopShipping = new RestoreStepPage(
        m_state,
        [](const RestoreWizardState& s) {
            // Restore Databases runs once more after it is disabled, so that what was imported is
            // restored before the final set (facts §3.2).
            return s.plan.stopShipping + s.plan.catchUp;
        },
        {}, this);
    addPage(titled(
        stopShipping, "stopShippingPage", tr("Stop log shipping"),
        tr("On every destination Get Backup History and Restore Databases are disabled; Restore "
           "Databases "
           "then runs once more to restore what was already imported (facts §3.2 step 1).")));

    auto* toMark = new RestoreToMarkPage(m_state, this);
    toMark->setCommitPage(true);
    connect(toMark, &RestoreStepPage::applied, this, &RestoreWizard::changed);
    addPage(toMark);
    addPage(new UpdateInfoPage(m_state, this));

    auto* checklist = new RestoreStepPage(
        m_state, [](const RestoreWizardState&) { return QVector<ServerCommand>(); },
        afterRestoreChecklist(m_state.backend->destinationServers().value(0),
                              m_state.backend->managementDatabase()),
        this);
    addPage(titled(checklist, "afterRestorePage", tr("Bring BizTalk up on the new servers"),
                   tr("What needs the BizTalk servers themselves, with the exact commands; then "
                      "configure the Backup "
                      "BizTalk Server job and a new destination for the new system (facts §3.2 "
                      "steps 2 to 8).")));

    addPage(new RestoreReportPage(m_state, this));

    for (RestoreStepPage* page : {stopSource, stopShipping}) {
        page->setCommitPage(true);
        connect(page, &RestoreStepPage::applied, this, &RestoreWizard::changed);
    }
    setButtonText(QWizard::CommitButton, tr("&Next >"));
    setOption(QWizard::NoBackButtonOnLastPage);
    resize(900, 700);
}

} // namespace bts
