#include "DestinationChoicePage.h"

#include "ChoiceDelegate.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

namespace bts {
namespace {

const int ServerColumn = 0;
const int SourceColumn = 1;

} // namespace

DestinationChoicePage::DestinationChoicePage(DestinationWizardState& state, QWidget* parent)
    : QWizardPage(parent)
    , m_state(state)
    , m_table(new QTableWidget(0, 2, this))
    , m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("destinationChoicePage"));
    setTitle(tr("Destination servers"));
    m_table->setObjectName(QStringLiteral("destinationsTable"));
    // Tab leaves the grid, the arrows move in it: no keyboard user is held in a grid.
    m_table->setTabKeyNavigation(false);
    m_table->setAccessibleName(tr("Destination servers and what each restores"));
    m_table->setHorizontalHeaderLabels({tr("Destination SQL Server"), tr("Restores")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::SelectedClicked |
                             QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);
    auto* add = new QPushButton(tr("&Add a destination"), this);
    add->setObjectName(QStringLiteral("addDestinationButton"));
    auto* remove = new QPushButton(tr("&Remove"), this);
    remove->setObjectName(QStringLiteral("removeDestinationButton"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addLayout(buttons);
    connect(add, &QPushButton::clicked, this, [this] { addRow(QString(), QString()); });
    connect(remove, &QPushButton::clicked, this, [this] {
        m_table->removeRow(m_table->currentRow());
        emit completeChanged();
    });
    connect(m_table, &QTableWidget::itemChanged, this, &DestinationChoicePage::completeChanged);
    // Why Next is off, in words: the table alone cannot say it.
    m_problem->setObjectName(QStringLiteral("destinationProblemLabel"));
    m_problem->setWordWrap(true);
    layout->addWidget(m_problem);
    connect(this, &QWizardPage::completeChanged, this, [this] { m_problem->setText(problem()); });
}

QStringList DestinationChoicePage::sourceServers() const
{
    QSet<QString> servers;
    for (const GroupDatabase& db : m_state.snapshot.databases) {
        if (db.inBackupJob)
            servers.insert(db.server);
    }
    QStringList list(servers.begin(), servers.end());
    list.sort(Qt::CaseInsensitive);
    return list;
}

void DestinationChoicePage::addRow(const QString& server, const QString& source)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, ServerColumn, new QTableWidgetItem(server));
    const ChoiceDelegate::Choice choice = m_sources->choiceFor(source);
    auto* restores = new QTableWidgetItem(choice.first);
    restores->setData(Qt::UserRole, choice.second);
    m_table->setItem(row, SourceColumn, restores);
    emit completeChanged();
}

void DestinationChoicePage::initializePage()
{
    // What each destination restores: every source database, or those of one source server.
    QVector<ChoiceDelegate::Choice> choices{{tr("Every source database"), QString()}};
    for (const QString& s : sourceServers())
        choices.append({tr("Databases of %1").arg(s), s});
    delete m_sources;
    m_sources = new ChoiceDelegate(choices, m_table);
    m_table->setItemDelegateForColumn(SourceColumn, m_sources);
    m_table->setRowCount(0);
    if (m_state.configs.isEmpty()) {
        for (const QString& server : m_state.backend->destinationServers())
            addRow(server, QString());
    } else {
        for (const DestinationConfig& c : std::as_const(m_state.configs))
            addRow(c.destination, c.sourceServerName.value_or(QString()));
    }
    if (m_table->rowCount() == 0)
        addRow(QString(), QString());
}

QString DestinationChoicePage::problem() const
{
    QSet<QString> seen;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString server = m_table->item(row, ServerColumn)
                                   ? m_table->item(row, ServerColumn)->text().trimmed()
                                   : QString();
        if (server.isEmpty())
            return tr("Row %1: name the destination SQL Server.").arg(row + 1);
        if (server.size() > 128)
            return tr("Row %1: the server name has %2 characters; at most 128.")
                .arg(QString::number(row + 1), QString::number(server.size()));
        if (seen.contains(server.toLower()))
            return tr("Row %1: this destination is listed twice.").arg(row + 1);
        seen.insert(server.toLower());
    }
    return seen.isEmpty() ? tr("Add a destination SQL Server.") : QString();
}

bool DestinationChoicePage::isComplete() const
{
    return problem().isEmpty();
}

bool DestinationChoicePage::validatePage()
{
    QVector<DestinationConfig> configs;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        DestinationConfig c;
        c.destination = m_table->item(row, ServerColumn)->text().trimmed();
        const QTableWidgetItem* restores = m_table->item(row, SourceColumn);
        const QString source = restores ? restores->data(Qt::UserRole).toString() : QString();
        if (!source.isEmpty())
            c.sourceServerName = source;
        c.managementServer = m_state.backend->managementServer();
        c.managementDatabase = m_state.backend->managementDatabase();
        c.description = tr("BizTalk log shipping from %1").arg(c.managementServer);
        configs.append(c);
    }
    m_state.configs = configs;
    return true;
}

} // namespace bts
