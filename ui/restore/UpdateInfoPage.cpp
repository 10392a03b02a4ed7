#include "UpdateInfoPage.h"

#include "core/DatabasePool.h"
#include "restore/UpdateInfoXml.h"
#include "source/FindingsLabel.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QVBoxLayout>

namespace bts {
namespace {

enum Column { EntryColumn, OldServerColumn, OldDatabaseColumn, NewServerColumn, NewDatabaseColumn };

QString entryName(const DatabaseMapping& m)
{
    if (!m.name.isEmpty())
        return m.name;
    if (m.role == DatabaseRole::MessageBox)
        return m.isMaster ? UpdateInfoPage::tr("MessageBox (master)")
                          : UpdateInfoPage::tr("MessageBox");
    return roleName(m.role);
}

} // namespace

UpdateInfoPage::UpdateInfoPage(RestoreWizardState& state, QWidget* parent)
    : QWizardPage(parent)
    , m_state(state)
    , m_table(new QTableWidget(0, 5, this))
    , m_path(new QLineEdit(this))
    , m_findings(new FindingsLabel(this))
{
    setObjectName(QStringLiteral("updateInfoPage"));
    setTitle(tr("SampleUpdateInfo.xml"));
    m_table->setObjectName(QStringLiteral("updateInfoTable"));
    // Tab leaves the grid, the arrows move in it: no keyboard user is held in a grid.
    m_table->setTabKeyNavigation(false);
    m_table->setAccessibleName(tr("Old and new server and database of every database"));
    m_table->setHorizontalHeaderLabels(
        {tr("Database"), tr("Old server"), tr("Old name"), tr("New server"), tr("New name")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_path->setObjectName(QStringLiteral("updateInfoPathLineEdit"));
    m_path->setAccessibleName(tr("Where to save SampleUpdateInfo.xml"));
    m_findings->setObjectName(QStringLiteral("updateInfoFindingsLabel"));
    auto* browse = new QPushButton(tr("Bro&wse..."), this);
    auto* save = new QPushButton(tr("&Save"), this);
    save->setObjectName(QStringLiteral("saveUpdateInfoButton"));
    auto* row = new QHBoxLayout;
    auto* label = new QLabel(tr("Save &to:"), this);
    label->setBuddy(m_path);
    row->addWidget(label);
    row->addWidget(m_path, 1);
    row->addWidget(browse);
    row->addWidget(save);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(row);
    layout->addWidget(m_findings);
    connect(m_table, &QTableWidget::itemChanged, this, [this] {
        if (m_filling)
            return;
        m_saved = false;
        validate();
    });
    connect(m_path, &QLineEdit::textChanged, this, [this] {
        m_saved = false;
        emit completeChanged();
    });
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getSaveFileName(this, tr("Save SampleUpdateInfo.xml"),
                                                          m_path->text(), tr("XML files (*.xml)"));
        if (!file.isEmpty())
            m_path->setText(QDir::toNativeSeparators(file));
    });
    connect(save, &QPushButton::clicked, this, &UpdateInfoPage::save);
}

void UpdateInfoPage::initializePage()
{
    if (m_path->text().isEmpty())
        m_path->setText(QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                            .filePath(QStringLiteral("SampleUpdateInfo.xml")));
    for (const GroupDatabase& db : std::as_const(m_state.snapshot.databases)) {
        if (db.role == DatabaseRole::Management) {
            fill(m_state.snapshot);
            return;
        }
    }
    readRestoredTopology();
}

void UpdateInfoPage::readRestoredTopology()
{
    // With the source lost, the group's topology is read where it now is: in the management
    // database Restore To Mark brought online on a destination. It still names the old servers,
    // which is what the file's old locations need.
    m_findings->setFindings({{Finding::Level::Info, Finding::Field::Databases,
                              tr("Reading the group from its restored management database...")}});
    std::shared_ptr<const GroupBackend> backend = m_state.backend;
    runAsync(
        this,
        [backend]() -> Result<GroupSnapshot> {
            DbError last = DbError::queryFailed(tr("The group has no destination."));
            for (const QString& destination : backend->destinationServers()) {
                Result<GroupSnapshot> read =
                    backend->groupAt(destination, backend->managementDatabase())->readSnapshot();
                if (read)
                    return read;
                last = read.error();
            }
            return last;
        },
        [this](const Result<GroupSnapshot>& read) {
            if (!read) {
                m_findings->setFindings(
                    {{Finding::Level::Error, Finding::Field::Databases,
                      tr("The group could not be read from its restored management database: "
                         "%1 Fill in the file by hand, or run Restore To Mark first.")
                          .arg(read.error().sentence())}});
                return;
            }
            GroupSnapshot snapshot = read.value();
            // Read there, the management database reports its new server as its own.
            for (GroupDatabase& db : snapshot.databases) {
                if (db.role == DatabaseRole::Management)
                    db.server = m_state.backend->managementServer();
            }
            fill(snapshot);
        });
}

void UpdateInfoPage::fill(const GroupSnapshot& snapshot)
{
    // Every source server moves to the first destination unless the operator says otherwise.
    QHash<QString, QString> serverMap;
    const QStringList destinations = m_state.backend->destinationServers();
    for (const GroupDatabase& db : snapshot.databases) {
        if (db.method != BackupMethod::AnalysisServices && !db.server.isEmpty() &&
            !destinations.isEmpty())
            serverMap.insert(db.server.toLower(), destinations.first());
    }
    m_info = updateInfoFromTopology(snapshot, serverMap);
    m_filling = true;
    m_table->setRowCount(0);
    for (const DatabaseMapping& m : std::as_const(m_info.mappings)) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        const QStringList cells = {entryName(m), m.oldServer, m.oldDatabase, m.newServer,
                                   m.newDatabase};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells.at(c));
            if (c < NewServerColumn)
                item->setFlags(item->flags() & ~Qt::ItemIsEditable);
            m_table->setItem(row, c, item);
        }
    }
    m_filling = false;
    validate();
}

UpdateInfo UpdateInfoPage::edited() const
{
    UpdateInfo info = m_info;
    for (int row = 0; row < info.mappings.size() && row < m_table->rowCount(); ++row) {
        info.mappings[row].newServer = m_table->item(row, NewServerColumn)->text();
        info.mappings[row].newDatabase = m_table->item(row, NewDatabaseColumn)->text();
    }
    return info;
}

void UpdateInfoPage::validate()
{
    // Validated the way it will be used: written, then read back.
    QVector<Finding> findings;
    // Checked as typed first: the XML writer drops characters XML cannot hold, so the read-back
    // alone would pass a value the file does not keep.
    const QVector<QString> typed = validateUpdateInfo(edited());
    const QString xml = writeUpdateInfoXml(edited());
    const Result<UpdateInfo> back = readUpdateInfoXml(xml);
    if (!typed.isEmpty()) {
        for (const QString& problem : typed)
            findings.append({Finding::Level::Error, Finding::Field::Databases, problem});
    } else if (!back) {
        for (const QString& line : back.error().summary.split(QLatin1Char('\n')))
            findings.append({Finding::Level::Error, Finding::Field::Databases, line});
    } else {
        findings.append({Finding::Level::Ok, Finding::Field::Databases,
                         tr("%n database(s) in the file; it reads back as written.", nullptr,
                            int(back.value().mappings.size()))});
    }
    if (m_saved)
        findings.append({Finding::Level::Ok, Finding::Field::Databases,
                         tr("Saved to %1.").arg(m_path->text())});
    m_findings->setFindings(findings);
    emit completeChanged();
}

void UpdateInfoPage::save()
{
    const QString xml = writeUpdateInfoXml(edited());
    if (!validateUpdateInfo(edited()).isEmpty() || !readUpdateInfoXml(xml))
        return;
    QFile file(m_path->text().trimmed());
    if (m_path->text().trimmed().isEmpty() ||
        !file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(xml.toUtf8()) < 0) {
        m_findings->setFindings(
            {{Finding::Level::Error, Finding::Field::Databases,
              tr("Could not save %1: %2").arg(m_path->text(), file.errorString())}});
        return;
    }
    file.close();
    m_saved = true;
    m_state.updateInfo = edited();
    validate();
}

bool UpdateInfoPage::isComplete() const
{
    return m_saved;
}

} // namespace bts
