#include "RestoreWizard.h"

#include "ConfirmFailoverPage.h"
#include "ManagementUpdatePage.h"
#include "PreflightPage.h"
#include "RestoreChecklists.h"
#include "RestoreReportPage.h"
#include "RestoreStepPage.h"
#include "RestoreToMarkPage.h"
#include "TextMetrics.h"
#include "UpdateInfoPage.h"
#include "WizardPageHelp.h"
#include "core/DatabasePool.h"
#include "restore/RestorePreflight.h"
#include "restore/RestoreProgress.h"

#include <QCheckBox>
#include <QLayout>

namespace bts {
namespace {

QWizardPage* titled(QWizardPage* page, const char* name, const QString& title)
{
    page->setObjectName(QString::fromLatin1(name));
    page->setTitle(title);
    return page;
}

QString groupKey(const GroupBackend& backend)
{
    return backend.managementServer() + QLatin1Char('/') + backend.managementDatabase();
}

} // namespace

bool RestoreWizard::hasUnfinishedFailover(const GroupBackend& backend)
{
    return RestoreProgressStore(groupKey(backend)).load().has_value();
}

QString RestoreWizard::unfinishedFailoverDescription(const GroupBackend& backend)
{
    const auto progress = RestoreProgressStore(groupKey(backend)).load();
    if (!progress)
        return QString();
    const QDateTime started =
        progress->report.events.isEmpty() ? QDateTime() : progress->report.events.first().when;
    // The report names each step by its page's title, as the operator saw it.
    const QString lastStep = progress->report.events.isEmpty()
                                 ? progress->lastCompletedPage
                                 : progress->report.events.last().step;
    return tr("A failover of %1 started %2 UTC by %3 stopped after the step '%4'.")
        .arg(progress->report.group, started.toString(QStringLiteral("yyyy-MM-dd HH:mm")),
             progress->report.operatorName, lastStep);
}

RestoreWizard::RestoreWizard(std::shared_ptr<const GroupBackend> backend, bool resume,
                             QWidget* parent)
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
    addPage(titled(stopSource, "stopSourcePage", tr("Stop processing on the source")));

    auto* stopShipping = new RestoreStepPage(
        m_state,
        [](const RestoreWizardState& s) {
            // Restore Databases runs once more after it is disabled, so that what was imported is
            // restored before the final set (facts §3.2).
            return s.plan.stopShipping + s.plan.catchUp;
        },
        {}, this);
    addPage(titled(stopShipping, "stopShippingPage", tr("Stop log shipping")));

    auto* toMark = new RestoreToMarkPage(m_state, this);
    addPage(toMark);
    addPage(new UpdateInfoPage(m_state, this));
    auto* managementUpdate = new ManagementUpdatePage(m_state, this);
    addPage(managementUpdate);

    auto* checklist = new RestoreStepPage(
        m_state, [](const RestoreWizardState&) { return QVector<ServerCommand>(); },
        afterRestoreChecklist(m_state.backend->destinationServers().value(0),
                              m_state.backend->managementDatabase()),
        this);
    addPage(titled(checklist, "afterRestorePage", tr("Bring BizTalk up on the new servers")));

    auto* reportPage = new RestoreReportPage(m_state, this);
    addPage(reportPage);
    applyPageHelp(this);
    connect(reportPage, &RestoreReportPage::openNewGroupRequested, this, [this] {
        emit newGroupRequested(m_state.newManagementServer, m_state.newManagementDatabase);
        accept();
    });

    for (RestoreStepPage* page : {stopSource, stopShipping, static_cast<RestoreStepPage*>(toMark),
                                  static_cast<RestoreStepPage*>(managementUpdate)}) {
        page->setCommitPage(true);
        connect(page, &RestoreStepPage::applied, this, &RestoreWizard::changed);
        connect(page, &RestoreStepPage::applied, this,
                [this, page] { saveProgress(page->objectName()); });
    }
    // A finished failover has nothing to resume.
    connect(this, &QWizard::accepted, this,
            [this] { RestoreProgressStore(groupKey(*m_state.backend)).clear(); });
    if (resume) {
        if (const auto progress = RestoreProgressStore(groupKey(*m_state.backend)).load()) {
            m_state.report = progress->report;
            m_state.newManagementServer = progress->newManagementServer;
            m_state.newManagementDatabase = progress->newManagementDatabase;
            resumeFrom(progress->lastCompletedPage);
        }
    }
    setButtonText(QWizard::CommitButton, tr("&Next >"));
    setOption(QWizard::NoBackButtonOnLastPage);
    resize(textSize(this, 150, 46));
}

void RestoreWizard::saveProgress(const QString& completedPage)
{
    RestoreProgressStore(groupKey(*m_state.backend))
        .save({completedPage, m_state.report, m_state.newManagementServer,
               m_state.newManagementDatabase});
}

void RestoreWizard::resumeFrom(const QString& completedPage)
{
    const QList<int> ids = pageIds();
    for (int i = 0; i + 1 < ids.size(); ++i) {
        if (page(ids.at(i))->objectName() == completedPage) {
            setStartId(ids.at(i + 1));
            break;
        }
    }
    // The pre-flight is not shown again, but the plan of the remaining steps needs the group
    // as it is now.
    std::shared_ptr<const GroupBackend> backend = m_state.backend;
    struct Read {
        Result<RestorePreflight> preflight = DbError();
        GroupSnapshot snapshot;
    };
    runAsync(
        this,
        [backend] {
            Read read;
            read.preflight = readPreflight(*backend, &read.snapshot);
            return read;
        },
        [this](const Read& read) {
            if (read.preflight) {
                m_state.snapshot = read.snapshot;
                m_state.sourceReachable = !read.preflight.value().sourceLost;
                const Result<RestorePlan> plan =
                    planRestore(m_state.snapshot, m_state.sourceReachable);
                if (plan) {
                    m_state.plan = plan.value();
                    m_state.planReady = true;
                }
            }
            if (auto* step = qobject_cast<RestoreStepPage*>(currentPage()))
                step->replan();
        });
}

} // namespace bts
