#include "RestoreReportPage.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPdfWriter>
#include <QPushButton>
#include <QStandardPaths>
#include <QTextDocument>
#include <QVBoxLayout>

namespace bts {

RestoreReportPage::RestoreReportPage(RestoreWizardState& state, QWidget* parent)
    : QWizardPage(parent)
    , m_state(state)
    , m_path(new QLineEdit(this))
    , m_result(new QLabel(this))
    , m_openNewGroup(new QPushButton(this))
{
    setObjectName(QStringLiteral("restoreReportPage"));
    setTitle(tr("Restore report"));
    m_path->setObjectName(QStringLiteral("reportPathLineEdit"));
    m_path->setAccessibleName(tr("Where to write the report (HTML; a PDF is written beside it)"));
    m_result->setObjectName(QStringLiteral("reportResultLabel"));
    m_result->setWordWrap(true);
    auto* write = new QPushButton(tr("&Write the report"), this);
    write->setObjectName(QStringLiteral("writeReportButton"));
    auto* row = new QHBoxLayout;
    auto* label = new QLabel(tr("&Report:"), this);
    label->setBuddy(m_path);
    row->addWidget(label);
    row->addWidget(m_path, 1);
    row->addWidget(write);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(m_result);
    m_openNewGroup->setObjectName(QStringLiteral("openNewGroupButton"));
    m_openNewGroup->setAccessibleName(tr("Open the new group and set up its backup job"));
    layout->addWidget(m_openNewGroup, 0, Qt::AlignLeft);
    layout->addStretch();
    connect(write, &QPushButton::clicked, this, &RestoreReportPage::write);
    connect(m_path, &QLineEdit::textChanged, this, [this] {
        m_written = false;
        updateOpenNewGroup();
        emit completeChanged();
    });
    connect(m_openNewGroup, &QPushButton::clicked, this, &RestoreReportPage::openNewGroupRequested);
}

void RestoreReportPage::initializePage()
{
    updateOpenNewGroup();
    if (!m_path->text().isEmpty())
        return;
    const QString name =
        QStringLiteral("failover-%1.html")
            .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss")));
    m_path->setText(
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(name));
}

void RestoreReportPage::write()
{
    const QString html = m_state.report.toHtml();
    const QString path = m_path->text().trimmed();
    QFile file(path);
    if (path.isEmpty() || !file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        file.write(html.toUtf8()) < 0) {
        m_result->setText(tr("Could not write %1: %2").arg(path, file.errorString()));
        return;
    }
    file.close();
    // The same document as PDF, for the drill's paper trail.
    QString pdfPath = path;
    if (pdfPath.endsWith(QLatin1String(".html"), Qt::CaseInsensitive))
        pdfPath.chop(5);
    pdfPath += QStringLiteral(".pdf");
    QPdfWriter pdf(pdfPath);
    pdf.setTitle(tr("Failover of %1").arg(m_state.report.group));
    QTextDocument document;
    document.setHtml(html);
    document.print(&pdf);
    m_written = QFile::exists(pdfPath);
    m_result->setText(
        m_written ? tr("Written: %1 and %2.")
                        .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(pdfPath))
                  : tr("The HTML report is written, but the PDF could not be: %1.").arg(pdfPath));
    updateOpenNewGroup();
    emit completeChanged();
}

void RestoreReportPage::updateOpenNewGroup()
{
    // The report is the drill's record: it is written before the console moves on.
    const bool known = !m_state.newManagementServer.isEmpty();
    m_openNewGroup->setText(known ? tr("&Open the new group on %1 and configure its backup job")
                                        .arg(m_state.newManagementServer)
                                  : tr("&Open the new group and configure its backup job"));
    m_openNewGroup->setEnabled(known && m_written);
    m_openNewGroup->setToolTip(!known       ? tr("The management database has not been moved.")
                               : !m_written ? tr("Write the report first.")
                                            : QString());
}

} // namespace bts
