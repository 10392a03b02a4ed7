#include "AuditLogDialog.h"

#include "TextMetrics.h"
#include "audit/AuditLogModel.h"
#include "core/DatabasePool.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QUrl>
#include <QVBoxLayout>

namespace bts {

AuditLogDialog::AuditLogDialog(QString auditLogPath, QWidget* parent)
    : QDialog(parent)
    , m_path(std::move(auditLogPath))
    , m_model(new AuditLogModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_filter(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("auditLogDialog"));
    setWindowTitle(tr("Audit log"));
    auto* layout = new QVBoxLayout(this);

    auto* filterLabel = new QLabel(tr("&Filter:"), this);
    filterLabel->setBuddy(m_filter);
    m_filter->setObjectName(QStringLiteral("auditFilterLineEdit"));
    m_filter->setAccessibleName(tr("Filter the audit log"));
    m_filter->setPlaceholderText(tr("Server, database, user, statement..."));
    m_filter->setClearButtonEnabled(true);
    auto* filterRow = new QHBoxLayout;
    filterRow->addWidget(filterLabel);
    filterRow->addWidget(m_filter, 1);
    layout->addLayout(filterRow);

    // Every column is searched: an auditor looks for a server as often as for a statement.
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_table->setObjectName(QStringLiteral("auditTable"));
    m_table->setAccessibleName(tr("Audit log entries"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);

    m_status->setObjectName(QStringLiteral("auditStatusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);

    auto* buttons = new QDialogButtonBox(this);
    auto* reloadButton = buttons->addButton(tr("&Reload"), QDialogButtonBox::ActionRole);
    reloadButton->setObjectName(QStringLiteral("reloadAuditButton"));
    auto* folder = buttons->addButton(tr("&Open folder"), QDialogButtonBox::ActionRole);
    folder->setObjectName(QStringLiteral("openAuditFolderButton"));
    buttons->addButton(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closeButton"));
    layout->addWidget(buttons);

    connect(m_filter, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(reloadButton, &QPushButton::clicked, this, &AuditLogDialog::reload);
    connect(folder, &QPushButton::clicked, this, &AuditLogDialog::openFolder);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(textSize(this, 150, 29));
    reload();
}

void AuditLogDialog::reload()
{
    m_status->setText(tr("Reading %1...").arg(QDir::toNativeSeparators(m_path)));
    const QString path = m_path;
    runAsync(
        this, [path] { return readAuditLog(path); },
        [this](const AuditLogContents& contents) {
            m_model->setEntries(contents.entries);
            m_table->resizeColumnsToContents();
            QString status = contents.error;
            if (status.isEmpty()) {
                status = tr("%n change(s) in %1.", nullptr, int(contents.entries.size()))
                             .arg(QDir::toNativeSeparators(m_path));
                if (contents.malformedEntries > 0)
                    status += QLatin1Char(' ') +
                              tr("%n entry(ies) could not be read and are shown as they are.",
                                 nullptr, contents.malformedEntries);
            }
            m_status->setText(status);
            emit loaded();
        });
}

void AuditLogDialog::openFolder()
{
    QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(m_path).absolutePath()));
}

} // namespace bts
