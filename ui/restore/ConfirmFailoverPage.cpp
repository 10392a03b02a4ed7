#include "ConfirmFailoverPage.h"

#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace bts {

ConfirmFailoverPage::ConfirmFailoverPage(RestoreWizardState& state, QWidget* parent)
    : QWizardPage(parent)
    , m_state(state)
    , m_text(new QLabel(this))
    , m_name(new QLineEdit(this))
{
    setObjectName(QStringLiteral("confirmFailoverPage"));
    setTitle(tr("Confirm the failover"));
    m_text->setWordWrap(true);
    m_text->setObjectName(QStringLiteral("confirmFailoverLabel"));
    m_name->setObjectName(QStringLiteral("confirmFailoverLineEdit"));
    m_name->setAccessibleName(tr("Type the management server's name to confirm"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addWidget(m_name);
    layout->addStretch();
    connect(m_name, &QLineEdit::textChanged, this, &ConfirmFailoverPage::completeChanged);
}

void ConfirmFailoverPage::initializePage()
{
    m_text->setText(
        tr("Type <b>%1</b>, the SQL Server of the group's management database %2, to fail this "
           "group "
           "over to %3.")
            .arg(m_state.snapshot.managementServer.toHtmlEscaped(),
                 m_state.snapshot.managementDatabase.toHtmlEscaped(),
                 m_state.backend->destinationServers().join(QStringLiteral(", ")).toHtmlEscaped()));
}

bool ConfirmFailoverPage::isComplete() const
{
    return m_name->text().trimmed().compare(m_state.snapshot.managementServer,
                                            Qt::CaseInsensitive) == 0;
}

} // namespace bts
