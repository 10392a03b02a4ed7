#include "PasswordVault.h"

#include <QCoreApplication>

#include <qt6keychain/keychain.h>

#include <spdlog/spdlog.h>

namespace bts {
namespace {

// The file's messages, under one context for lupdate and the translator alike.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(bts::PasswordVault)
};

// QtKeychain on Linux reports a missing Secret Service (a headless box, no D-Bus session) as
// OtherError with the D-Bus or libsecret text; the operator needs the same words as for
// NoBackendAvailable, so those messages are recognised here.
bool meansNoKeychain(const QKeychain::Job& job)
{
    if (job.error() == QKeychain::NoBackendAvailable || job.error() == QKeychain::NotImplemented)
        return true;
    if (job.error() != QKeychain::OtherError)
        return false;
    const QString text = job.errorString();
    static const char* const hints[] = {"D-Bus",   "DBus",       "Secret Service",
                                        "secrets", "autolaunch", "org.freedesktop",
                                        "kwallet", "No keychain"};
    for (const char* hint : hints) {
        if (text.contains(QLatin1String(hint), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

// One sentence an operator can act on. The job's own text is appended as detail: QtKeychain's
// messages name the backend and never hold the secret.
QString errorInWords(const QKeychain::Job& job)
{
    QString sentence;
    if (meansNoKeychain(job)) {
        sentence =
            Text::tr("No keychain is available on this system (no Secret Service, KWallet, "
                     "Credential Manager or macOS Keychain answered): passwords cannot be kept "
                     "there, choose \"Ask every time\" instead.");
    } else {
        switch (job.error()) {
        case QKeychain::EntryNotFound:
            sentence = Text::tr("No password is saved in the keychain for this environment.");
            break;
        case QKeychain::AccessDenied:
        case QKeychain::AccessDeniedByUser:
            sentence = Text::tr("Access to the keychain was denied: unlock it or allow the console "
                                "to use it, then try again.");
            break;
        case QKeychain::CouldNotDeleteEntry:
            sentence = Text::tr("The password could not be removed from the keychain.");
            break;
        default:
            sentence = Text::tr("The keychain failed.");
            break;
        }
    }
    const QString detail = job.errorString().trimmed();
    return detail.isEmpty() ? sentence
                            : sentence + QStringLiteral(" (") + detail + QLatin1Char(')');
}

// Starts `job` and answers `done` with the outcome. The job deletes itself after finishing;
// parented to the vault so that a vault destroyed first takes its jobs (and callbacks) along.
void runJob(QKeychain::Job* job, const QString& environmentId, const char* what,
            PasswordVault::Callback done)
{
    job->setAutoDelete(true);
    // Deliberately no setInsecureFallback(true): that would write the password to a settings
    // file in clear when no keychain answers.
    job->setInsecureFallback(false);
    job->setKey(environmentId);
    QObject::connect(job, &QKeychain::Job::finished, job,
                     [environmentId, what, done = std::move(done)](QKeychain::Job* finished) {
                         PasswordVault::Answer answer;
                         answer.ok = finished->error() == QKeychain::NoError;
                         if (answer.ok) {
                             if (auto* read = qobject_cast<QKeychain::ReadPasswordJob*>(finished))
                                 answer.password = read->textData();
                         } else {
                             answer.error = errorInWords(*finished);
                             // The id and the error only: never the password.
                             spdlog::warn("Keychain {} for environment {} failed: {}", what,
                                          environmentId.toStdString(), answer.error.toStdString());
                         }
                         if (done)
                             done(answer);
                     });
    job->start();
}

} // namespace

PasswordVault::PasswordVault(QObject* parent)
    : QObject(parent)
{}

QString PasswordVault::serviceName()
{
    return QStringLiteral("BizTalk Log Shipping Console");
}

void PasswordVault::read(const QString& environmentId, Callback done)
{
    runJob(new QKeychain::ReadPasswordJob(serviceName(), this), environmentId, "read",
           std::move(done));
}

void PasswordVault::write(const QString& environmentId, const QString& password, Callback done)
{
    auto* job = new QKeychain::WritePasswordJob(serviceName(), this);
    job->setTextData(password);
    runJob(job, environmentId, "write", std::move(done));
}

void PasswordVault::remove(const QString& environmentId, Callback done)
{
    runJob(new QKeychain::DeletePasswordJob(serviceName(), this), environmentId, "remove",
           std::move(done));
}

} // namespace bts
