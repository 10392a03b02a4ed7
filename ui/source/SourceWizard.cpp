#include "SourceWizard.h"

#include "BackupFolderPage.h"
#include "DatabasesPage.h"
#include "ResultPage.h"
#include "RetentionPage.h"
#include "SchedulePage.h"
#include "SummaryPage.h"
#include "TextMetrics.h"
#include "WizardPageHelp.h"

namespace bts {

SourceWizard::SourceWizard(std::shared_ptr<const GroupBackend> backend, SourceContext context,
                           QWidget* parent)
    : QWizard(parent)
{
    setObjectName(QStringLiteral("sourceWizard"));
    setWindowTitle(tr("Configure the Backup BizTalk Server job"));
    m_state.backend = std::move(backend);
    m_state.context = std::move(context);
    m_state.config = SourceJobConfig::fromContext(m_state.context);

    addPage(new BackupFolderPage(m_state, this));
    addPage(new SchedulePage(m_state, this));
    addPage(new RetentionPage(m_state, this));
    addPage(new DatabasesPage(m_state, this));
    auto* summary = new SummaryPage(m_state, this);
    addPage(summary);
    addPage(new ResultPage(m_state, *summary, this));
    connect(summary, &SummaryPage::applied, this, &SourceWizard::applied);

    // Once applied there is no going back to edit what already ran.
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    resize(textSize(this, 140, 44));
    applyPageHelp(this);
}

} // namespace bts
