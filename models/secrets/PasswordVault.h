#pragma once

#include <QObject>
#include <QString>

#include <functional>

namespace bts {

// Passwords in the operating system's keychain (Windows Credential Manager, macOS Keychain,
// Secret Service or KWallet on Linux) through QtKeychain, one entry per environment id under the
// service "BizTalk Log Shipping Console". Never on disk in clear, never logged. Every call is
// asynchronous (the keychain may ask the user); the callback runs on the caller's thread.
class PasswordVault : public QObject {
    Q_OBJECT

public:
    struct Answer {
        bool ok = false;
        QString password; // read only
        QString error;    // in words, when !ok: "No keychain is available on this system..."
    };
    using Callback = std::function<void(const Answer&)>;

    explicit PasswordVault(QObject* parent = nullptr);

    void read(const QString& environmentId, Callback done);
    void write(const QString& environmentId, const QString& password, Callback done);
    void remove(const QString& environmentId, Callback done);

    static QString serviceName();
};

} // namespace bts
