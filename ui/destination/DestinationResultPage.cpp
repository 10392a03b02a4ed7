#include "DestinationResultPage.h"

#include <QLabel>
#include <QVBoxLayout>

namespace bts {

DestinationResultPage::DestinationResultPage(DestinationWizardState& state, QWidget* parent)
    : QWizardPage(parent)
    , m_state(state)
    , m_text(new QLabel(this))
{
    setObjectName(QStringLiteral("destinationResultPage"));
    setTitle(tr("Done"));
    m_text->setObjectName(QStringLiteral("destinationResultLabel"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addStretch();
}

void DestinationResultPage::initializePage()
{
    QStringList items;
    for (const DestinationState& state : std::as_const(m_state.states)) {
        QStringList jobs;
        for (const LogShippingJob& job : state.jobs)
            jobs.append(QStringLiteral("%1 (%2)").arg(job.name, job.enabled ? tr("enabled")
                                                                            : tr("disabled")));
        items.append(tr("<li><b>%1</b> restores %n database(s); jobs: %2</li>", nullptr,
                        int(state.databases.size()))
                         .arg(state.server.toHtmlEscaped(),
                              jobs.join(QStringLiteral(", ")).toHtmlEscaped()));
    }
    m_text->setText(
        tr("<p>Configured:</p><ul>%1</ul><p>The destination restores a full set first, then every "
           "log "
           "set except the newest, which it holds back until a later one exists: one set behind is "
           "normal. Watch the <i>Restored on destinations</i> column of the database grid.</p>"
           "<p><b>When the source fails:</b> restore to the last mark from the destination.</p>")
            .arg(items.join(QString())));
}

} // namespace bts
