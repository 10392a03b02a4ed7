#include "EnvironmentsDialog.h"

#include "ConnectionEditor.h"
#include "EnvironmentForm.h"
#include "environments/EnvironmentStore.h"
#include "secrets/PasswordVault.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace bts {
namespace {

QPushButton* button(QWidget* parent, const QString& text, const char* objectName)
{
    auto* b = new QPushButton(text, parent);
    b->setObjectName(QLatin1String(objectName));
    b->setAccessibleName(QString(text).remove(QLatin1Char('&')).remove(QStringLiteral("...")));
    return b;
}

} // namespace

EnvironmentsDialog::EnvironmentsDialog(QWidget* parent, const QString& settingsFile)
    : QDialog(parent)
    , m_store(std::make_unique<EnvironmentStore>(settingsFile))
    , m_vault(new PasswordVault(this))
    , m_list(new QListWidget(this))
    , m_form(new EnvironmentForm(this))
    , m_message(new QLabel(this))
    , m_add(button(this, tr("&Add"), "addButton"))
    , m_edit(button(this, tr("&Edit"), "editButton"))
    , m_duplicate(button(this, tr("D&uplicate"), "duplicateButton"))
    , m_remove(button(this, tr("&Remove..."), "removeButton"))
    , m_import(button(this, tr("&Import..."), "importButton"))
    , m_export(button(this, tr("E&xport..."), "exportButton"))
    , m_open(button(this, tr("&Open"), "openButton"))
    , m_save(button(this, tr("&Save"), "saveButton"))
    , m_cancel(button(this, tr("&Cancel editing"), "cancelEditButton"))
{
    setObjectName(QStringLiteral("environmentsDialog"));
    setWindowTitle(tr("Environments"));
    m_list->setObjectName(QStringLiteral("environmentList"));
    m_list->setAccessibleName(tr("Environments"));
    m_message->setObjectName(QStringLiteral("messageLabel"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* listButtons = new QVBoxLayout;
    for (QPushButton* b : {m_add, m_edit, m_duplicate, m_remove, m_import, m_export})
        listButtons->addWidget(b);
    listButtons->addStretch();
    auto* left = new QHBoxLayout;
    left->addWidget(m_list, 1);
    left->addLayout(listButtons);

    auto* scroll = new QScrollArea(this);
    scroll->setWidget(m_form);
    scroll->setWidgetResizable(true);
    auto* formButtons = new QHBoxLayout;
    formButtons->addStretch();
    formButtons->addWidget(m_save);
    formButtons->addWidget(m_cancel);
    auto* right = new QVBoxLayout;
    right->addWidget(scroll, 1);
    right->addLayout(formButtons);

    auto* columns = new QHBoxLayout;
    columns->addLayout(left, 2);
    columns->addLayout(right, 3);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    // Not the accept role: Open accepts only once the password is known, which may be after an
    // asynchronous keychain read.
    buttons->addButton(m_open, QDialogButtonBox::ActionRole);
    m_open->setDefault(true);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    // Room for the whole form beside the list, in the user's font rather than in pixels.
    const QFontMetrics metrics = fontMetrics();
    m_list->setMinimumWidth(metrics.averageCharWidth() * 28);
    resize(metrics.averageCharWidth() * 130, metrics.lineSpacing() * 42);

    connect(m_list, &QListWidget::currentRowChanged, this, &EnvironmentsDialog::showSelected);
    connect(m_list, &QListWidget::itemActivated, this, &EnvironmentsDialog::openEnvironment);
    connect(m_add, &QPushButton::clicked, this, &EnvironmentsDialog::addEnvironment);
    connect(m_edit, &QPushButton::clicked, this, &EnvironmentsDialog::editEnvironment);
    connect(m_duplicate, &QPushButton::clicked, this, &EnvironmentsDialog::duplicateEnvironment);
    connect(m_remove, &QPushButton::clicked, this, &EnvironmentsDialog::removeEnvironment);
    connect(m_import, &QPushButton::clicked, this, &EnvironmentsDialog::importEnvironments);
    connect(m_export, &QPushButton::clicked, this, &EnvironmentsDialog::exportEnvironments);
    connect(m_open, &QPushButton::clicked, this, &EnvironmentsDialog::openEnvironment);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_save, &QPushButton::clicked, this, &EnvironmentsDialog::save);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        setEditing(false);
        showSelected();
    });
    connect(m_form, &EnvironmentForm::changed, this,
            [this] { m_save->setEnabled(m_editing && m_form->problem().isEmpty()); });

    const QString last = m_store->lastOpenedId();
    reload(last.isEmpty() ? EnvironmentStore::labId() : last);
    setEditing(false);
}

EnvironmentsDialog::~EnvironmentsDialog() = default;

QString EnvironmentsDialog::currentId() const
{
    const QListWidgetItem* item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void EnvironmentsDialog::select(const QString& id)
{
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(Qt::UserRole).toString() == id)
            m_list->setCurrentRow(row);
    }
}

void EnvironmentsDialog::reload(const QString& selectId)
{
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    for (const Environment& e : m_store->environments()) {
        auto* item = new QListWidgetItem(e.name, m_list);
        item->setData(Qt::UserRole, e.id);
        item->setToolTip(e.isLab
                             ? tr("The built-in simulated BizTalk group")
                             : tr("%1 / %2").arg(e.management.displayName(), e.managementDatabase));
    }
    m_list->setCurrentRow(0);
    select(selectId);
    showSelected();
}

void EnvironmentsDialog::showSelected()
{
    if (m_editing)
        setEditing(false);
    const std::optional<Environment> e = m_store->find(currentId());
    const bool any = e.has_value();
    if (any)
        m_form->setEnvironment(*e);
    m_edit->setEnabled(any);
    m_open->setEnabled(any);
    m_duplicate->setEnabled(any && !e->isLab);
    m_remove->setEnabled(any && !e->isLab);
}

void EnvironmentsDialog::setEditing(bool editing)
{
    m_editing = editing;
    m_form->setEnabled(editing);
    m_save->setVisible(editing);
    m_cancel->setVisible(editing);
    m_save->setEnabled(editing && m_form->problem().isEmpty());
    m_list->setEnabled(!editing);
    for (QPushButton* b : {m_add, m_edit, m_duplicate, m_remove, m_import, m_export, m_open})
        b->setVisible(!editing);
}

void EnvironmentsDialog::addEnvironment()
{
    Environment e;
    e.name = tr("New environment");
    m_list->setCurrentItem(nullptr);
    m_form->setEnvironment(e);
    setEditing(true);
    m_form->findChild<QWidget*>(QStringLiteral("nameLineEdit"))->setFocus();
}

void EnvironmentsDialog::editEnvironment()
{
    if (currentId().isEmpty())
        return;
    setEditing(true);
}

void EnvironmentsDialog::save()
{
    if (!m_form->problem().isEmpty())
        return;
    Environment e = m_form->environment();
    const QString password = e.management.password;
    e.management.password.clear();
    Environment saved = e;
    if (e.id.isEmpty())
        saved = m_store->add(e);
    else
        m_store->update(e);
    setEditing(false);
    reload(saved.id);
    say(tr("Saved \"%1\".").arg(saved.name));
    if (saved.needsPassword() && saved.passwordStorage == Environment::PasswordStorage::Keychain &&
        !password.isEmpty())
        storePassword(saved, password);
}

void EnvironmentsDialog::storePassword(const Environment& environment, const QString& password)
{
    QPointer<EnvironmentsDialog> self(this);
    m_vault->write(environment.id, password, [self, environment](const PasswordVault::Answer& a) {
        if (!self)
            return;
        if (a.ok) {
            self->say(
                tr("Saved \"%1\"; its password is in the system keychain.").arg(environment.name));
            return;
        }
        // Keeping "Keychain" would make every open fail the same way: fall back, and say so.
        Environment fallback = environment;
        fallback.passwordStorage = Environment::PasswordStorage::AskEveryTime;
        self->m_store->update(fallback);
        self->reload(fallback.id);
        self->say(tr("Saved \"%1\", but the password could not be kept in the system keychain: "
                     "%2 The console will ask for it every time instead.")
                      .arg(environment.name, a.error));
    });
}

void EnvironmentsDialog::duplicateEnvironment()
{
    const std::optional<Environment> copy = m_store->duplicate(currentId());
    if (!copy)
        return;
    reload(copy->id);
    say(tr("Created \"%1\".").arg(copy->name));
}

void EnvironmentsDialog::removeEnvironment()
{
    const std::optional<Environment> e = m_store->find(currentId());
    if (!e || e->isLab)
        return;
    if (!m_prompts.confirm(this, tr("Remove environment"),
                           tr("Remove the environment \"%1\"? Its password is removed from the "
                              "keychain as well.")
                               .arg(e->name)))
        return;
    m_store->remove(e->id);
    if (e->passwordStorage == Environment::PasswordStorage::Keychain)
        m_vault->remove(e->id, [](const PasswordVault::Answer&) {});
    reload(EnvironmentStore::labId());
    say(tr("Removed \"%1\".").arg(e->name));
}

void EnvironmentsDialog::importEnvironments()
{
    const QString fileName = m_prompts.openFile(this, tr("Import environments"));
    if (fileName.isEmpty())
        return;
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        say(tr("Cannot read %1: %2").arg(fileName, file.errorString()));
        return;
    }
    const EnvironmentStore::ImportReport report = m_store->importJson(file.readAll());
    QStringList lines;
    lines << tr("Imported %n environment(s).", nullptr, int(report.added.size()));
    if (!report.skipped.isEmpty())
        lines << tr("Skipped, already present: %1.").arg(report.skipped.join(QStringLiteral(", ")));
    lines << report.errors;
    reload(report.added.isEmpty() ? currentId() : report.added.first().id);
    say(lines.join(QLatin1Char('\n')));
}

void EnvironmentsDialog::exportEnvironments()
{
    const QString fileName = m_prompts.saveFile(this, tr("Export environments"));
    if (fileName.isEmpty())
        return;
    const QVector<Environment> all = m_store->environments();
    QFile file(fileName);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        file.write(EnvironmentStore::exportJson(all)) < 0) {
        say(tr("Cannot write %1: %2").arg(fileName, file.errorString()));
        return;
    }
    say(tr("Exported %n environment(s) to %1, without passwords.", nullptr, int(all.size()) - 1)
            .arg(fileName));
}

void EnvironmentsDialog::openEnvironment()
{
    const std::optional<Environment> e = m_store->find(currentId());
    if (!e || m_editing)
        return;
    if (!e->needsPassword())
        return finishOpen(*e, QString());
    // A password just typed into the form for this environment saves a prompt.
    const QString typed = m_form->environment().management.password;
    if (!typed.isEmpty() && m_form->environment().id == e->id)
        return finishOpen(*e, typed);
    if (e->passwordStorage == Environment::PasswordStorage::AskEveryTime)
        return askPasswordAndOpen(*e, QString());
    QPointer<EnvironmentsDialog> self(this);
    m_vault->read(e->id, [self, env = *e](const PasswordVault::Answer& a) {
        if (!self)
            return;
        if (a.ok && !a.password.isEmpty())
            self->finishOpen(env, a.password);
        else
            self->askPasswordAndOpen(env,
                                     tr("The keychain did not give the password: %1").arg(a.error));
    });
}

void EnvironmentsDialog::askPasswordAndOpen(const Environment& e, const QString& why)
{
    QString label =
        tr("Password of %1 on %2:").arg(e.management.userName, e.management.displayName());
    if (!why.isEmpty())
        label = why + QLatin1Char('\n') + label;
    bool ok = false;
    const QString password = m_prompts.password(this, tr("Open %1").arg(e.name), label, &ok);
    if (ok)
        finishOpen(e, password);
}

void EnvironmentsDialog::finishOpen(const Environment& e, const QString& password)
{
    m_store->setLastOpenedId(e.id);
    emit openRequested(e, password);
    accept();
}

void EnvironmentsDialog::say(const QString& message)
{
    m_message->setText(message);
}

} // namespace bts
