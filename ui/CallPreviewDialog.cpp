#include "CallPreviewDialog.h"

#include "TextMetrics.h"
#include "core/DatabasePool.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace bts {

CallPreviewDialog::CallPreviewDialog(std::shared_ptr<const GroupBackend> backend,
                                     QVector<ServerCommand> calls, const QString& title,
                                     const QString& explanation, QWidget* parent)
    : QDialog(parent)
    , m_backend(std::move(backend))
    , m_calls(std::move(calls))
    , m_sql(new QPlainTextEdit(this))
    , m_result(new QLabel(this))
    , m_buttons(new QDialogButtonBox(this))
{
    setObjectName(QStringLiteral("callPreviewDialog"));
    setWindowTitle(title);
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(explanation, this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_sql->setObjectName(QStringLiteral("sqlPreviewEdit"));
    m_sql->setAccessibleName(tr("T-SQL to run"));
    m_sql->setReadOnly(true);
    m_sql->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_sql->setPlainText(script());
    m_sql->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    layout->addWidget(m_sql, 1);

    m_result->setObjectName(QStringLiteral("applyResultLabel"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_result);

    auto* copy = m_buttons->addButton(tr("&Copy"), QDialogButtonBox::ActionRole);
    copy->setObjectName(QStringLiteral("copyButton"));
    auto* saveButton = m_buttons->addButton(tr("&Save..."), QDialogButtonBox::ActionRole);
    saveButton->setObjectName(QStringLiteral("saveButton"));
    m_apply = m_buttons->addButton(tr("&Apply on %1").arg(m_backend->displayName()),
                                   QDialogButtonBox::AcceptRole);
    m_apply->setObjectName(QStringLiteral("applyButton"));
    m_buttons->addButton(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closeButton"));
    layout->addWidget(m_buttons);

    connect(copy, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(script()); });
    connect(saveButton, &QPushButton::clicked, this, &CallPreviewDialog::save);
    connect(m_apply, &QPushButton::clicked, this, &CallPreviewDialog::apply);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(textSize(this, 127, 25));
}

QString CallPreviewDialog::script() const
{
    return scriptFor(m_calls);
}

void CallPreviewDialog::save()
{
    const QString file =
        QFileDialog::getSaveFileName(this, tr("Save T-SQL"), QString(), tr("SQL scripts (*.sql)"));
    if (file.isEmpty())
        return;
    QFile out(file);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Text) || out.write(script().toUtf8()) < 0)
        m_result->setText(tr("Could not save %1: %2").arg(file, out.errorString()));
    else
        m_result->setText(tr("Saved to %1.").arg(file));
}

void CallPreviewDialog::apply()
{
    m_apply->setEnabled(false);
    m_result->setText(tr("Running %n statement(s)...", nullptr, int(m_calls.size())));
    std::shared_ptr<const GroupBackend> backend = m_backend;
    const QVector<ServerCommand> calls = m_calls;
    runAsync(
        this, [backend, calls] { return runCallSequence(*backend, calls); },
        [this](const QVector<CallOutcome>& outcomes) { showOutcomes(outcomes); });
}

void CallPreviewDialog::showOutcomes(const QVector<CallOutcome>& outcomes)
{
    QStringList lines;
    m_succeeded = true;
    for (int i = 0; i < outcomes.size(); ++i) {
        const CallOutcome& o = outcomes.at(i);
        const QString what = o.call.purpose.isEmpty() ? o.call.procedureName() : o.call.purpose;
        if (o.status)
            lines.append(tr("%1. %2: done.").arg(i + 1).arg(what));
        else
            lines.append(tr("%1. %2: %3").arg(i + 1).arg(what, o.status.error().sentence()));
        m_succeeded = m_succeeded && bool(o.status);
    }
    m_result->setText(lines.join(QLatin1Char('\n')));
    m_apply->setEnabled(!m_succeeded);
    emit applied(m_succeeded);
}

} // namespace bts
