#include "HistoryFilterBar.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>

namespace bts {
namespace {

QDateTimeEdit* newDateEdit(QWidget* parent, const char* name, const QString& accessible)
{
    auto* edit = new QDateTimeEdit(parent);
    edit->setObjectName(QLatin1String(name));
    edit->setAccessibleName(accessible);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    // The minimum stands for "no bound", and says so.
    edit->setMinimumDateTime(QDateTime(QDate(1753, 1, 1), QTime(0, 0)));
    edit->setSpecialValueText(HistoryFilterBar::tr("any"));
    edit->setDateTime(edit->minimumDateTime());
    return edit;
}

QDateTime boundOf(const QDateTimeEdit* edit)
{
    return edit->dateTime() == edit->minimumDateTime() ? QDateTime() : edit->dateTime();
}

} // namespace

HistoryFilterBar::HistoryFilterBar(QWidget* parent)
    : QWidget(parent)
{
    m_database = new QLineEdit(this);
    m_database->setObjectName(QStringLiteral("historyDatabaseFilter"));
    m_database->setClearButtonEnabled(true);
    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("historyTypeFilter"));
    m_from = newDateEdit(this, "historyFromDate", tr("From"));
    m_to = newDateEdit(this, "historyToDate", tr("Before"));
    m_text = new QLineEdit(this);
    m_text->setObjectName(QStringLiteral("historyTextFilter"));
    m_text->setClearButtonEnabled(true);

    m_row = new QHBoxLayout(this);
    m_row->setContentsMargins(0, 0, 0, 0);
    const auto add = [this](const QString& label, QWidget* field, int stretch) {
        auto* l = new QLabel(label, this);
        l->setBuddy(field);
        m_row->addWidget(l);
        m_row->addWidget(field, stretch);
    };
    add(tr("Data&base:"), m_database, 1);
    add(tr("T&ype:"), m_type, 0);
    add(tr("&From:"), m_from, 0);
    add(tr("Be&fore:"), m_to, 0);
    add(tr("Con&tains:"), m_text, 2);

    connect(m_database, &QLineEdit::textChanged, this, &HistoryFilterBar::changed);
    connect(m_text, &QLineEdit::textChanged, this, &HistoryFilterBar::changed);
    connect(m_type, &QComboBox::currentIndexChanged, this, &HistoryFilterBar::changed);
    connect(m_from, &QDateTimeEdit::dateTimeChanged, this, &HistoryFilterBar::changed);
    connect(m_to, &QDateTimeEdit::dateTimeChanged, this, &HistoryFilterBar::changed);
    setKind(HistoryKind::BackupHistory);
}

void HistoryFilterBar::setKind(HistoryKind kind)
{
    const bool job = kind == HistoryKind::JobHistory;
    {
        // The type means the backup type, or for jobs the outcome of the run (msdb run_status).
        const QSignalBlocker blocker(m_type);
        m_type->clear();
        m_type->addItem(job ? tr("Any outcome") : tr("Any type"), QString());
        if (job) {
            m_type->addItem(tr("Failed"), QStringLiteral("0"));
            m_type->addItem(tr("Succeeded"), QStringLiteral("1"));
            m_type->addItem(tr("Cancelled"), QStringLiteral("3"));
        } else {
            m_type->addItem(tr("Full (db)"), QStringLiteral("db"));
            m_type->addItem(tr("Log (lg)"), QStringLiteral("lg"));
        }
    }
    m_type->setAccessibleName(job ? tr("Outcome") : tr("Backup type"));
    m_database->setPlaceholderText(job ? tr("Job name") : tr("Database name"));
    m_database->setAccessibleName(m_database->placeholderText());
    m_text->setPlaceholderText(job ? tr("Step or message") : tr("Mark or file name"));
    m_text->setAccessibleName(m_text->placeholderText());
}

HistoryFilter HistoryFilterBar::filter() const
{
    HistoryFilter f;
    f.database = m_database->text().trimmed();
    f.backupType = m_type->currentData().toString();
    f.from = boundOf(m_from);
    f.to = boundOf(m_to);
    f.text = m_text->text().trimmed();
    return f;
}

} // namespace bts
