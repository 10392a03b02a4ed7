#include "SummaryPage.h"

#include "core/DatabasePool.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QFile>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace bts {

SummaryPage::SummaryPage(SourceWizardState& state, QWidget* parent)
    : QWizardPage(parent)
    , m_state(state)
    , m_intro(new QLabel(this))
    , m_sql(new QPlainTextEdit(this))
    , m_overwriteWarning(new QLabel(this))
    , m_acknowledge(
          new QCheckBox(tr("I have read the step commands above and want them &replaced"), this))
    , m_copy(new QPushButton(tr("&Copy"), this))
    , m_save(new QPushButton(tr("&Save..."), this))
    , m_apply(new QPushButton(tr("&Apply"), this))
    , m_retry(new QPushButton(tr("&Read again and retry"), this))
    , m_results(new QListWidget(this))
{
    setObjectName(QStringLiteral("summaryPage"));
    setTitle(tr("Review and apply"));
    setSubTitle(tr(
        "This is exactly what will run, one statement after another, with every value bound as a "
        "parameter. Nothing has changed yet."));
    m_intro->setWordWrap(true);
    m_sql->setObjectName(QStringLiteral("summarySqlEdit"));
    m_sql->setAccessibleName(tr("T-SQL to run"));
    m_sql->setReadOnly(true);
    m_sql->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_sql->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_overwriteWarning->setObjectName(QStringLiteral("overwriteWarningLabel"));
    m_overwriteWarning->setWordWrap(true);
    m_acknowledge->setObjectName(QStringLiteral("acknowledgeOverwriteCheckBox"));
    m_copy->setObjectName(QStringLiteral("copySqlButton"));
    m_save->setObjectName(QStringLiteral("saveSqlButton"));
    m_apply->setObjectName(QStringLiteral("applyChangesButton"));
    m_retry->setObjectName(QStringLiteral("retryButton"));
    m_results->setObjectName(QStringLiteral("applyResultList"));
    m_results->setAccessibleName(tr("Result of each statement"));
    m_results->setWordWrap(true);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_copy);
    buttons->addWidget(m_save);
    buttons->addStretch();
    buttons->addWidget(m_retry);
    buttons->addWidget(m_apply);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_sql, 3);
    layout->addWidget(m_overwriteWarning);
    layout->addWidget(m_acknowledge);
    layout->addLayout(buttons);
    layout->addWidget(m_results, 1);

    connect(m_copy, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(scriptFor(m_plan.commands)); });
    connect(m_save, &QPushButton::clicked, this, &SummaryPage::save);
    connect(m_apply, &QPushButton::clicked, this, &SummaryPage::apply);
    connect(m_retry, &QPushButton::clicked, this, &SummaryPage::readAgain);
    connect(m_acknowledge, &QCheckBox::toggled, this,
            [this](bool on) { m_apply->setEnabled(on && !m_done); });
}

void SummaryPage::initializePage()
{
    m_done = false;
    m_outcomes.clear();
    m_results->clear();
    m_retry->hide();
    plan();
}

void SummaryPage::plan()
{
    Result<SourceJobPlan> plan = planSourceJob(m_state.context, m_state.config);
    m_planError = plan ? QString() : plan.error().sentence();
    m_plan = plan ? plan.value() : SourceJobPlan();
    if (!plan) {
        m_intro->setText(tr("<b>Cannot apply:</b> %1").arg(m_planError.toHtmlEscaped()));
        m_sql->clear();
    } else if (m_plan.commands.isEmpty()) {
        m_intro->setText(tr("Nothing to change: the job already has these settings."));
        m_sql->setPlainText(tr("-- Nothing to change."));
        m_done = true;
    } else {
        m_intro->setText(tr("%n statement(s) on %1.", nullptr, int(m_plan.commands.size()))
                             .arg(m_state.backend->displayName()));
        m_sql->setPlainText(scriptFor(m_plan.commands));
        m_sql->moveCursor(QTextCursor::Start);
    }
    const bool overwrites = !m_plan.overwritesUnreadableSteps.isEmpty();
    m_overwriteWarning->setVisible(overwrites);
    m_acknowledge->setVisible(overwrites);
    m_acknowledge->setChecked(false);
    if (overwrites) {
        // Show the commands being replaced as they are, so that nothing is lost unseen.
        QString current;
        for (const QString& stepName : std::as_const(m_plan.overwritesUnreadableSteps)) {
            if (const JobStep* step = m_state.context.snapshot.job.step(stepName))
                current += QStringLiteral("<p><b>%1</b> now runs:<br><tt>%2</tt></p>")
                               .arg(stepName.toHtmlEscaped(), step->command.toHtmlEscaped());
        }
        m_overwriteWarning->setText(
            tr("<b>Warning:</b> the console cannot read the current command of %1. Applying "
               "replaces "
               "it with the command above; copy the old one first if it holds something you need.")
                .arg(m_plan.overwritesUnreadableSteps.join(QStringLiteral(", ")).toHtmlEscaped()) +
            current);
    }
    m_apply->setEnabled(!m_plan.commands.isEmpty() && !overwrites);
    m_copy->setEnabled(!m_plan.commands.isEmpty());
    m_save->setEnabled(!m_plan.commands.isEmpty());
    emit completeChanged();
}

bool SummaryPage::isComplete() const
{
    return m_done && !m_running;
}

void SummaryPage::apply()
{
    m_running = true;
    m_apply->setEnabled(false);
    m_retry->hide();
    m_results->clear();
    m_results->addItem(tr("Running %n statement(s)...", nullptr, int(m_plan.commands.size())));
    std::shared_ptr<const GroupBackend> backend = m_state.backend;
    const QVector<ServerCommand> commands = m_plan.commands;
    runAsync(
        this, [backend, commands] { return runCallSequence(*backend, commands); },
        [this](const QVector<CallOutcome>& outcomes) { showOutcomes(outcomes); });
}

void SummaryPage::showOutcomes(const QVector<CallOutcome>& outcomes)
{
    m_running = false;
    m_outcomes = outcomes;
    m_results->clear();
    bool allDone = true;
    for (int i = 0; i < outcomes.size(); ++i) {
        const CallOutcome& o = outcomes.at(i);
        const QString what = o.call.purpose.isEmpty() ? o.call.procedureName() : o.call.purpose;
        QString text;
        QString icon;
        if (o.status) {
            text = tr("%1. %2: done.").arg(i + 1).arg(what);
            icon = QStringLiteral(":/icons/status-ok.svg");
        } else if (o.ran) {
            text = tr("%1. %2: FAILED. %3").arg(i + 1).arg(what, o.status.error().sentence());
            icon = QStringLiteral(":/icons/status-critical.svg");
        } else {
            text = tr("%1. %2: not run.").arg(i + 1).arg(what);
            icon = QStringLiteral(":/icons/status-warning.svg");
        }
        allDone = allDone && bool(o.status);
        m_results->addItem(new QListWidgetItem(QIcon(icon), text));
    }
    m_done = allDone;
    m_retry->setVisible(!allDone);
    emit completeChanged();
    if (allDone)
        emit applied();
}

void SummaryPage::readAgain()
{
    // After a failure the server is in a state we must not guess: read it, and plan only what
    // is still to do.
    m_retry->setEnabled(false);
    std::shared_ptr<const GroupBackend> backend = m_state.backend;
    runAsync(
        this, [backend] { return readSourceContext(*backend); },
        [this](const Result<SourceContext>& context) {
            m_retry->setEnabled(true);
            if (!context) {
                m_results->addItem(tr("Reading again failed: %1").arg(context.error().sentence()));
                return;
            }
            m_state.context = context.value();
            m_results->clear();
            m_retry->hide();
            plan();
        });
}

void SummaryPage::save()
{
    const QString file = QFileDialog::getSaveFileName(
        this, tr("Save T-SQL"), QStringLiteral("backup-job.sql"), tr("SQL scripts (*.sql)"));
    if (file.isEmpty())
        return;
    QFile out(file);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Text) ||
        out.write(scriptFor(m_plan.commands).toUtf8()) < 0)
        m_results->addItem(tr("Could not save %1: %2").arg(file, out.errorString()));
    else
        m_results->addItem(tr("Saved to %1.").arg(file));
}

} // namespace bts
