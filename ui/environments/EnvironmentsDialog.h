#pragma once

#include "EnvironmentPrompts.h"
#include "environments/Environment.h"

#include <QDialog>

#include <memory>

class QLabel;
class QListWidget;
class QPushButton;

namespace bts {

class EnvironmentForm;
class EnvironmentStore;
class PasswordVault;

// The saved environments (the lab first) with Add, Edit, Duplicate, Remove, Import, Export
// and Open. Opening an SQL login environment finds its password (keychain or a prompt) and
// hands both to whoever listens to openRequested; the password is never saved by this dialog
// except to the keychain when the operator chose it.
class EnvironmentsDialog : public QDialog {
    Q_OBJECT

public:
    // `settingsFile` empty: the application's settings.
    explicit EnvironmentsDialog(QWidget* parent = nullptr, const QString& settingsFile = {});
    ~EnvironmentsDialog() override;

    void setPrompts(EnvironmentPrompts prompts) { m_prompts = std::move(prompts); }
    EnvironmentStore& store() const { return *m_store; }
    // Selects the environment with `id` in the list (e.g. the one open now).
    void select(const QString& id);

public slots:
    void addEnvironment();
    void editEnvironment();
    void duplicateEnvironment();
    void removeEnvironment();
    void importEnvironments();
    void exportEnvironments();
    void openEnvironment();

signals:
    void openRequested(const Environment& environment, const QString& password);

private:
    void reload(const QString& selectId);
    void showSelected();
    void setEditing(bool editing);
    void save();
    void storePassword(const Environment& environment, const QString& password);
    void finishOpen(const Environment& environment, const QString& password);
    void askPasswordAndOpen(const Environment& environment, const QString& why);
    void say(const QString& message);
    QString currentId() const;

    std::unique_ptr<EnvironmentStore> m_store;
    PasswordVault* m_vault;
    EnvironmentPrompts m_prompts = EnvironmentPrompts::interactive();
    QListWidget* m_list;
    EnvironmentForm* m_form;
    QLabel* m_message;
    QPushButton* m_add;
    QPushButton* m_edit;
    QPushButton* m_duplicate;
    QPushButton* m_remove;
    QPushButton* m_import;
    QPushButton* m_export;
    QPushButton* m_open;
    QPushButton* m_save;
    QPushButton* m_cancel;
    bool m_editing = false;
};

} // namespace bts
