#pragma once

#include "group/Thresholds.h"
#include "mssql/ConnectionSettings.h"

#include <QString>
#include <QStringList>
#include <QVector>

namespace bts {

// One BizTalk group the console manages: where its management database is, its destinations,
// and when its lag is worth a warning. Saved without any password (ConnectionSettings::password
// is always empty in a stored or exported environment).
struct Environment {
    enum class PasswordStorage {
        AskEveryTime, // the console asks when it connects, and forgets it on close
        Keychain,     // the operating system's keychain, under the environment's id
    };

    QString id;   // stable, unique (a UUID): the keychain entry and the settings key
    QString name; // "Production", "DR drill"
    bool isLab = false;
    ConnectionSettings management; // password always empty here
    QString managementDatabase = QStringLiteral("BizTalkMgmtDb");
    QStringList destinations; // destination SQL Servers, as BizTalk names them
    Thresholds thresholds;
    PasswordStorage passwordStorage = PasswordStorage::AskEveryTime;

    bool needsPassword() const
    {
        return !isLab && management.authentication == ConnectionSettings::Authentication::SqlLogin;
    }
};

} // namespace bts
