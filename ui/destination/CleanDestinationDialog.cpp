#include "CleanDestinationDialog.h"

#include "FormRows.h"
#include "TextMetrics.h"

#include "ApplyPanel.h"
#include "core/DatabasePool.h"
#include "destination/DestinationPlanner.h"
#include "destination/DestinationReader.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace bts {

CleanDestinationDialog::CleanDestinationDialog(std::shared_ptr<const GroupBackend> backend,
                                               QWidget* parent)
    : QDialog(parent)
    , m_backend(std::move(backend))
    , m_destination(new QComboBox(this))
    , m_sourceId(new QLineEdit(this))
    , m_confirm(new QLineEdit(this))
    , m_warning(new QLabel(this))
    , m_panel(new ApplyPanel(this))
{
    setObjectName(QStringLiteral("cleanDestinationDialog"));
    setWindowTitle(tr("Clean a destination"));
    m_destination->setObjectName(QStringLiteral("cleanDestinationComboBox"));
    m_destination->addItems(m_backend->destinationServers());
    m_sourceId->setObjectName(QStringLiteral("sourceIdLineEdit"));
    m_sourceId->setText(m_backend->managementServer());
    m_sourceId->setToolTip(
        tr("The identifier the source was configured with on this destination (the meaning of "
           "this argument is not documented; the source's server name or the description)."));
    m_confirm->setObjectName(QStringLiteral("confirmCleanLineEdit"));
    m_warning->setObjectName(QStringLiteral("cleanWarningLabel"));
    m_warning->setWordWrap(true);
    m_panel->setBackend(m_backend);

    auto* form = new QFormLayout;
    const auto add = [&](const QString& text, QWidget* field) {
        addLabeledRow(form, text, field);
    };
    add(tr("&Destination:"), m_destination);
    add(tr("&Source:"), m_sourceId);
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(
        tr("Cleaning drops every database this destination restored and forgets its last "
           "restored set, so that the restore job starts again from the next full set with "
           "a later log set. Before: Restore Databases is disabled. After: a full backup is "
           "forced on the source, and Restore Databases enabled again."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_warning);
    add(tr("&Type the destination's name:"), m_confirm);
    layout->addWidget(m_panel, 1);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(close);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_destination, &QComboBox::currentIndexChanged, this, &CleanDestinationDialog::read);
    connect(m_sourceId, &QLineEdit::textChanged, this, &CleanDestinationDialog::plan);
    connect(m_confirm, &QLineEdit::textChanged, this, &CleanDestinationDialog::plan);
    connect(m_panel, &ApplyPanel::finished, this, [this](bool allDone) {
        if (allDone)
            emit applied();
    });
    resize(textSize(this, 127, 34));
    read();
}

void CleanDestinationDialog::read()
{
    const QString server = m_destination->currentText();
    m_panel->setError(tr("Reading %1...").arg(server));
    std::shared_ptr<const GroupBackend> backend = m_backend;
    runAsync(
        this, [backend, server] { return readDestination(backend->connector(), server); },
        [this](const DestinationState& state) {
            m_state = state;
            plan();
        });
}

void CleanDestinationDialog::plan()
{
    if (!m_state.reachable) {
        m_panel->setError(m_state.error.sentence());
        return;
    }
    // The source as typed: it is sp_LogShippingClean's argument, trimmed it would be another.
    const Result<QVector<ServerCommand>> commands =
        planClean(m_state, m_sourceId->text(), m_backend->managementServer(),
                  m_backend->managementDatabase());
    if (!commands) {
        m_panel->setError(commands.error().sentence());
        return;
    }
    const bool confirmed = m_confirm->text().trimmed() == m_state.server;
    m_warning->setText(confirmed ? QString()
                                 : tr("<b>Destructive:</b> type <b>%1</b> to allow Apply.")
                                       .arg(m_state.server.toHtmlEscaped()));
    m_panel->setCommands(commands.value(), tr("%n statement(s) on %1 and the source.", nullptr,
                                              int(commands.value().size()))
                                               .arg(m_state.server));
    m_panel->setApplyEnabled(confirmed);
}

} // namespace bts
