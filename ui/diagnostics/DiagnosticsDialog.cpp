#include "DiagnosticsDialog.h"

#include "TextMetrics.h"
#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace bts {

DiagnosticsDialog::DiagnosticsDialog(const DiagnosticsPaths& paths, QWidget* parent)
    : QDialog(parent)
    , m_text(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("diagnosticsDialog"));
    setWindowTitle(tr("Diagnostics"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("What the console knows about this system. Paste it into a bug "
                                "report; it holds no password."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_text->setObjectName(QStringLiteral("diagnosticsText"));
    m_text->setAccessibleName(tr("Diagnostics"));
    m_text->setReadOnly(true);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setPlainText(diagnosticsText(collectDiagnostics(paths)));
    layout->addWidget(m_text, 1);

    auto* buttons = new QDialogButtonBox(this);
    auto* copy = buttons->addButton(tr("&Copy to clipboard"), QDialogButtonBox::ActionRole);
    copy->setObjectName(QStringLiteral("copyDiagnosticsButton"));
    buttons->addButton(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closeButton"));
    layout->addWidget(buttons);

    connect(copy, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(text()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(textSize(this, 120, 29));
}

QString DiagnosticsDialog::text() const
{
    return m_text->toPlainText();
}

} // namespace bts
