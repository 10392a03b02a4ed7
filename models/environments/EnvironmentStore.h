#pragma once

#include "Environment.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVector>

#include <memory>
#include <optional>

class QSettings;

namespace bts {

// The saved environments, in QSettings under the group "environments" (one child group per id),
// plus the built-in lab. Nothing written here ever holds a password: every environment is saved
// with ConnectionSettings::password cleared, and the writer asserts it.
class EnvironmentStore {
public:
    // The application's QSettings when `iniFile` is empty, otherwise that INI file.
    explicit EnvironmentStore(const QString& iniFile = QString());
    ~EnvironmentStore();
    EnvironmentStore(const EnvironmentStore&) = delete;
    EnvironmentStore& operator=(const EnvironmentStore&) = delete;

    // The lab's fixed id; the lab is always listed first and cannot be removed.
    static QString labId();
    static Environment labEnvironment();

    // The lab first, then the saved ones by name.
    QVector<Environment> environments() const;
    std::optional<Environment> find(const QString& id) const;

    // Saves a new environment (a fresh id when `environment.id` is empty or taken); returns it
    // as saved, without its password.
    Environment add(Environment environment);
    // Saves over the environment with the same id; false when there is none. For the lab only
    // the thresholds are kept.
    bool update(Environment environment);
    // False for the lab and for unknown ids.
    bool remove(const QString& id);
    // A copy under a new id, named "<name> (copy)"; nullopt for an unknown id or the lab.
    std::optional<Environment> duplicate(const QString& id);

    QString lastOpenedId() const;
    void setLastOpenedId(const QString& id);

    // Where the settings live (for tests and the Diagnostics page).
    QString fileName() const;

    // --- JSON import and export -----------------------------------------------------------
    // Format (version 1):
    // { "format": 1, "application": "BizTalk Log Shipping Console",
    //   "environments": [ { "id": "<uuid>", "name": "...", "managementDatabase": "...",
    //       "destinations": ["..."], "passwordStorage": "askEveryTime" | "keychain",
    //       "management": { "odbcDriver", "dsn", "server", "port", "authentication":
    //           "windows" | "sqlLogin", "userName", "encrypt", "trustServerCertificate",
    //           "loginTimeoutSeconds", "queryTimeoutSeconds", "applicationName" },
    //       "thresholds": { "logWarningMinutes", "logCriticalMinutes", "fullWarningHours",
    //           "fullCriticalHours", "lagWarningMinutes", "lagCriticalMinutes" } } ] }
    // There is no password field; the lab is never exported.
    static constexpr int formatVersion = 1;
    static QByteArray exportJson(const QVector<Environment>& environments);

    enum class DuplicateIds { Skip, AssignNewId };
    struct ImportReport {
        QVector<Environment> added; // as saved
        QStringList skipped;        // names of environments whose id already existed
        QStringList errors;         // in words; the file's other environments still import
    };
    ImportReport importJson(const QByteArray& json, DuplicateIds duplicates = DuplicateIds::Skip);

private:
    void write(const Environment& environment);

    std::unique_ptr<QSettings> m_settings;
};

} // namespace bts
