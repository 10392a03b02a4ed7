#include "DatabasesPage.h"

#include "FindingsLabel.h"
#include "core/DatabasePool.h"
#include "source/CustomDatabaseCheck.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace bts {
namespace {

// The rows BizTalk itself puts in adm_OtherBackupDatabases are not the operator's to remove here.
bool isBizTalkOwn(const OtherBackupDatabase& db)
{
    static const QStringList own = {
        QStringLiteral("SSO"), QStringLiteral("BAM Alerts Application DB"),
        QStringLiteral("BAM Alerts Instance DB"), QStringLiteral("RuleEngine DB")};
    for (const QString& name : own) {
        if (db.defaultName.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QLabel* buddyLabel(const QString& text, QWidget* buddy, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setBuddy(buddy);
    return label;
}

} // namespace

DatabasesPage::DatabasesPage(SourceWizardState& state, QWidget* parent)
    : QWizardPage(parent)
    , m_state(state)
    , m_jobDatabases(new QTreeWidget(this))
    , m_custom(new QListWidget(this))
    , m_server(new QLineEdit(this))
    , m_database(new QLineEdit(this))
    , m_defaultName(new QLineEdit(this))
    , m_btsServer(new QLineEdit(this))
    , m_check(new QPushButton(tr("C&heck"), this))
    , m_add(new QPushButton(tr("&Add to the job"), this))
    , m_findings(new FindingsLabel(this))
    , m_pending(new QListWidget(this))
    , m_forceFull(new QCheckBox(tr("&Force a full backup on the job's next run"), this))
{
    setObjectName(QStringLiteral("databasesPage"));
    setTitle(tr("Databases"));

    m_jobDatabases->setObjectName(QStringLiteral("jobDatabasesTree"));
    m_jobDatabases->setAccessibleName(tr("Databases backed up by the job"));
    m_jobDatabases->setHeaderLabels(
        {tr("Database"), tr("Server"), tr("Role"), tr("Recovery model")});
    m_jobDatabases->setRootIsDecorated(false);
    m_jobDatabases->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_custom->setObjectName(QStringLiteral("customDatabasesList"));
    m_custom->setAccessibleName(tr("Custom databases; clear one to take it out of the job"));
    // No maxLength: a pasted name would be cut silently; validateOtherDatabase refuses a long
    // one in words instead, and the field keeps what was pasted.
    m_server->setObjectName(QStringLiteral("customServerLineEdit"));
    m_server->setAccessibleName(tr("The server name"));
    m_database->setObjectName(QStringLiteral("customDatabaseLineEdit"));
    m_database->setAccessibleName(tr("The database name"));
    m_defaultName->setObjectName(QStringLiteral("customDefaultNameLineEdit"));
    m_defaultName->setAccessibleName(tr("The default name"));
    m_defaultName->setPlaceholderText(tr("same as the database"));
    m_btsServer->setObjectName(QStringLiteral("btsServerLineEdit"));
    m_btsServer->setAccessibleName(tr("The BizTalk server name"));
    m_check->setObjectName(QStringLiteral("checkCustomDatabaseButton"));
    m_add->setObjectName(QStringLiteral("addCustomDatabaseButton"));
    m_findings->setObjectName(QStringLiteral("customFindingsLabel"));
    m_pending->setObjectName(QStringLiteral("pendingAdditionsList"));
    m_pending->setAccessibleName(tr("Databases to add"));
    m_forceFull->setObjectName(QStringLiteral("forceFullBackupCheckBox"));

    auto* form = new QFormLayout;
    form->addRow(buddyLabel(tr("Ser&ver:"), m_server, this), m_server);
    form->addRow(buddyLabel(tr("&Database:"), m_database, this), m_database);
    form->addRow(buddyLabel(tr("Defa&ult name:"), m_defaultName, this), m_defaultName);
    form->addRow(buddyLabel(tr("BizTalk s&erver name:"), m_btsServer, this), m_btsServer);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_check);
    buttons->addWidget(m_add);
    buttons->addStretch();
    form->addRow(QString(), buttons);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_jobDatabases, 2);
    layout->addWidget(
        new QLabel(tr("Custom databases in the job (clear one to take it out):"), this));
    layout->addWidget(m_custom, 1);
    layout->addWidget(new QLabel(tr("Add a custom database:"), this));
    layout->addLayout(form);
    layout->addWidget(m_findings);
    layout->addWidget(m_pending, 1);
    layout->addWidget(m_forceFull);

    connect(m_check, &QPushButton::clicked, this, &DatabasesPage::checkCandidate);
    connect(m_add, &QPushButton::clicked, this, &DatabasesPage::addCandidate);
    for (QLineEdit* edit : {m_server, m_database, m_defaultName, m_btsServer})
        connect(edit, &QLineEdit::textChanged, this, &DatabasesPage::candidateEdited);
    connect(m_custom, &QListWidget::itemChanged, this, &DatabasesPage::updateForceFull);
}

void DatabasesPage::initializePage()
{
    fillJobDatabases();
    fillCustomDatabases();
    m_toAdd = m_state.config.databasesToAdd;
    m_pending->clear();
    for (const OtherBackupDatabase& db : std::as_const(m_toAdd))
        m_pending->addItem(
            tr("%1 on %2 (as '%3')").arg(db.databaseName, db.serverName, db.defaultName));
    m_server->setText(m_state.context.snapshot.managementServer);
    QString btsServer;
    for (const OtherBackupDatabase& db : m_state.context.otherDatabases) {
        if (!db.btsServerName.isEmpty())
            btsServer = db.btsServerName;
    }
    m_btsServer->setText(btsServer);
    m_forceFull->setChecked(m_state.config.forceFullBackup);
    candidateEdited();
}

void DatabasesPage::fillJobDatabases()
{
    m_jobDatabases->clear();
    for (const GroupDatabase& db : m_state.context.snapshot.databases) {
        if (!db.inBackupJob)
            continue;
        auto* item = new QTreeWidgetItem(
            m_jobDatabases, {db.actualName, db.server, roleName(db.role),
                             db.recoveryModel.isEmpty() ? tr("unknown") : db.recoveryModel});
        if (db.recoveryModel.compare(QLatin1String("FULL"), Qt::CaseInsensitive) != 0) {
            item->setIcon(3, QIcon(QStringLiteral(":/icons/status-critical.svg")));
            item->setToolTip(
                3, tr("Log backups need the FULL recovery model: every log set will be partial."));
        }
    }
}

void DatabasesPage::fillCustomDatabases()
{
    m_custom->clear();
    for (const OtherBackupDatabase& db : m_state.context.otherDatabases) {
        if (isBizTalkOwn(db))
            continue;
        auto* item = new QListWidgetItem(
            tr("%1 on %2 (as '%3', BizTalk server %4)")
                .arg(db.databaseName, db.serverName, db.defaultName, db.btsServerName),
            m_custom);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        bool removing = false;
        for (const OtherBackupDatabase& r : m_state.config.databasesToRemove)
            removing = removing || r.key() == db.key();
        item->setCheckState(removing ? Qt::Unchecked : Qt::Checked);
        item->setData(Qt::UserRole, db.key());
        for (const GroupDatabase& known : m_state.context.snapshot.databases) {
            if (known.actualName.compare(db.databaseName, Qt::CaseInsensitive) == 0 &&
                known.server.compare(db.serverName, Qt::CaseInsensitive) == 0 &&
                !known.recoveryModel.isEmpty() &&
                known.recoveryModel.compare(QLatin1String("FULL"), Qt::CaseInsensitive) != 0) {
                item->setIcon(QIcon(QStringLiteral(":/icons/status-critical.svg")));
                item->setText(
                    item->text() +
                    tr(": %1 recovery model, its log backups fail").arg(known.recoveryModel));
            }
        }
    }
}

OtherBackupDatabase DatabasesPage::candidate() const
{
    OtherBackupDatabase db;
    // As typed: a name trimmed here would reach the INSERT as another name than the field shows.
    db.serverName = m_server->text();
    db.databaseName = m_database->text();
    db.defaultName = m_defaultName->text().isEmpty() ? db.databaseName : m_defaultName->text();
    db.btsServerName = m_btsServer->text();
    return db;
}

void DatabasesPage::candidateEdited()
{
    m_candidateReady = false;
    const OtherBackupDatabase db = candidate();
    QVector<Finding> findings = validateOtherDatabase(db);
    for (const QLineEdit* edit : {m_server, m_database, m_defaultName, m_btsServer}) {
        if (edit->text() != edit->text().trimmed() && !edit->text().trimmed().isEmpty())
            findings.append(
                {Finding::Level::Error, Finding::Field::Databases,
                 tr("%1 starts or ends with a space: remove it.").arg(edit->accessibleName())});
    }
    m_check->setEnabled(!db.databaseName.isEmpty() && !hasErrors(findings));
    m_add->setEnabled(false);
    m_findings->setFindings(db.databaseName.isEmpty() ? QVector<Finding>() : findings);
}

void DatabasesPage::checkCandidate()
{
    const OtherBackupDatabase db = candidate();
    for (const OtherBackupDatabase& existing : m_state.context.otherDatabases + m_toAdd) {
        if (existing.key() == db.key()) {
            m_findings->setFindings({{Finding::Level::Error, Finding::Field::Databases,
                                      tr("'%1' is already listed for BizTalk server %2.")
                                          .arg(db.defaultName, db.btsServerName)}});
            return;
        }
    }
    m_check->setEnabled(false);
    m_findings->setFindings({{Finding::Level::Info, Finding::Field::Databases,
                              tr("Checking %1 on %2...").arg(db.databaseName, db.serverName)}});
    std::shared_ptr<const GroupBackend> backend = m_state.backend;
    runAsync(
        this,
        [backend, db] {
            return checkCustomDatabase(backend->connector(), db.serverName, db.databaseName);
        },
        [this, db](const Result<CustomDatabaseCheck>& check) {
            m_check->setEnabled(true);
            if (candidate().key() != db.key() || candidate().databaseName != db.databaseName)
                return; // edited meanwhile: this answer is about another database
            if (!check) {
                m_findings->setFindings(
                    {{Finding::Level::Error, Finding::Field::Databases, check.error().sentence()}});
                return;
            }
            m_findings->setFindings(check.value().findings);
            m_candidateReady = check.value().ready();
            m_add->setEnabled(m_candidateReady);
        });
}

void DatabasesPage::addCandidate()
{
    if (!m_candidateReady)
        return;
    const OtherBackupDatabase db = candidate();
    m_toAdd.append(db);
    m_pending->addItem(
        tr("%1 on %2 (as '%3')").arg(db.databaseName, db.serverName, db.defaultName));
    m_database->clear();
    m_defaultName->clear();
    updateForceFull();
}

void DatabasesPage::updateForceFull()
{
    // A log backup of a database that never had a full one fails: adding forces a full set.
    if (!m_toAdd.isEmpty()) {
        m_forceFull->setChecked(true);
        m_forceFull->setEnabled(false);
        m_forceFull->setToolTip(
            tr("A new database needs a full backup before its first log backup."));
    } else {
        m_forceFull->setEnabled(true);
    }
}

bool DatabasesPage::validatePage()
{
    SourceJobConfig& c = m_state.config;
    c.databasesToAdd = m_toAdd;
    c.databasesToRemove.clear();
    for (int i = 0; i < m_custom->count(); ++i) {
        const QListWidgetItem* item = m_custom->item(i);
        if (item->checkState() == Qt::Checked)
            continue;
        for (const OtherBackupDatabase& db : m_state.context.otherDatabases) {
            if (db.key() == item->data(Qt::UserRole).toString())
                c.databasesToRemove.append(db);
        }
    }
    c.forceFullBackup = m_forceFull->isChecked();
    return true;
}

} // namespace bts
