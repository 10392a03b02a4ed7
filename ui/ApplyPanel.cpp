#include "ApplyPanel.h"

#include "core/DatabasePool.h"

#include <QApplication>
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

ApplyPanel::ApplyPanel(QWidget* parent)
    : QWidget(parent)
    , m_intro(new QLabel(this))
    , m_sql(new QPlainTextEdit(this))
    , m_copy(new QPushButton(tr("&Copy"), this))
    , m_save(new QPushButton(tr("&Save..."), this))
    , m_apply(new QPushButton(tr("&Apply"), this))
    , m_retry(new QPushButton(tr("Read a&gain and retry"), this))
    , m_results(new QListWidget(this))
{
    m_intro->setWordWrap(true);
    m_intro->setObjectName(QStringLiteral("applyIntroLabel"));
    m_sql->setObjectName(QStringLiteral("applySqlEdit"));
    m_sql->setAccessibleName(tr("T-SQL to run"));
    m_sql->setReadOnly(true);
    m_sql->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_sql->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_copy->setObjectName(QStringLiteral("applyCopyButton"));
    m_save->setObjectName(QStringLiteral("applySaveButton"));
    m_apply->setObjectName(QStringLiteral("applyButton"));
    m_retry->setObjectName(QStringLiteral("applyRetryButton"));
    m_retry->hide();
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
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_intro);
    layout->addWidget(m_sql, 3);
    layout->addLayout(buttons);
    layout->addWidget(m_results, 1);

    connect(m_copy, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(script()); });
    connect(m_save, &QPushButton::clicked, this, &ApplyPanel::save);
    connect(m_apply, &QPushButton::clicked, this, &ApplyPanel::apply);
    connect(m_retry, &QPushButton::clicked, this, &ApplyPanel::retryRequested);
}

QString ApplyPanel::script() const
{
    return scriptFor(m_commands);
}

void ApplyPanel::setCommands(const QVector<ServerCommand>& commands, const QString& intro)
{
    m_commands = commands;
    m_outcomes.clear();
    m_results->clear();
    m_retry->hide();
    m_done = commands.isEmpty();
    if (commands.isEmpty()) {
        m_intro->setText(tr("Nothing to change."));
        m_sql->setPlainText(tr("-- Nothing to change."));
    } else {
        m_intro->setText(intro);
        m_sql->setPlainText(script());
        m_sql->moveCursor(QTextCursor::Start);
    }
    m_copy->setEnabled(!commands.isEmpty());
    m_save->setEnabled(!commands.isEmpty());
    m_apply->setEnabled(!commands.isEmpty() && m_applyAllowed);
}

void ApplyPanel::setError(const QString& sentence)
{
    m_commands.clear();
    m_done = false;
    m_intro->setText(tr("<b>Cannot apply:</b> %1").arg(sentence.toHtmlEscaped()));
    m_sql->clear();
    m_apply->setEnabled(false);
    m_copy->setEnabled(false);
    m_save->setEnabled(false);
}

void ApplyPanel::setApplyEnabled(bool enabled)
{
    m_applyAllowed = enabled;
    m_apply->setEnabled(enabled && !m_commands.isEmpty() && !m_done && !m_running);
}

void ApplyPanel::apply()
{
    if (!m_backend || m_commands.isEmpty())
        return;
    m_running = true;
    m_apply->setEnabled(false);
    m_retry->hide();
    m_results->clear();
    m_results->addItem(tr("Running %n statement(s)...", nullptr, int(m_commands.size())));
    std::shared_ptr<const GroupBackend> backend = m_backend;
    const QVector<ServerCommand> commands = m_commands;
    runAsync(
        this, [backend, commands] { return runCallSequence(*backend, commands); },
        [this](const QVector<CallOutcome>& outcomes) { showOutcomes(outcomes); });
}

void ApplyPanel::showOutcomes(const QVector<CallOutcome>& outcomes)
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
    emit finished(allDone);
}

void ApplyPanel::save()
{
    const QString file = QFileDialog::getSaveFileName(
        this, tr("Save T-SQL"), QStringLiteral("change.sql"), tr("SQL scripts (*.sql)"));
    if (file.isEmpty())
        return;
    QFile out(file);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Text) || out.write(script().toUtf8()) < 0)
        m_results->addItem(tr("Could not save %1: %2").arg(file, out.errorString()));
    else
        m_results->addItem(tr("Saved to %1.").arg(file));
}

} // namespace bts
