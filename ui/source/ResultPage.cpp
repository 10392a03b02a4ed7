#include "ResultPage.h"

#include "SummaryPage.h"

#include <QLabel>
#include <QVBoxLayout>

namespace bts {

ResultPage::ResultPage(SourceWizardState& state, const SummaryPage& summary, QWidget* parent)
    : QWizardPage(parent)
    , m_state(state)
    , m_summary(summary)
    , m_text(new QLabel(this))
{
    setObjectName(QStringLiteral("resultPage"));
    setTitle(tr("Done"));
    m_text->setObjectName(QStringLiteral("resultLabel"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addStretch();
}

void ResultPage::initializePage()
{
    QStringList changed;
    for (const CallOutcome& o : m_summary.outcomes()) {
        if (o.status)
            changed.append(QStringLiteral("<li>%1</li>").arg(o.call.purpose.toHtmlEscaped()));
    }
    const SourceJobConfig& c = m_state.config;
    QString text = changed.isEmpty() ? tr("<p>Nothing needed to change.</p>")
                                     : tr("<p>Changed on %1:</p><ul>%2</ul>")
                                           .arg(m_state.backend->displayName().toHtmlEscaped(),
                                                changed.join(QString()));
    text +=
        tr("<p>The job runs every %1 minutes and writes to <tt>%2</tt>. Its first run takes a full "
           "backup; watch the database grid for the first complete set.</p>")
            .arg(c.intervalMinutes)
            .arg(c.fullBackupPath.toHtmlEscaped());
    text += tr("<p><b>Next:</b> configure the destination system, so that a standby SQL Server "
               "imports this "
               "backup history and restores every log (BizTalk log shipping).</p>");
    m_text->setText(text);
}

} // namespace bts
