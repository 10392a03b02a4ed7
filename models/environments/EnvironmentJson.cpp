#include "EnvironmentJson.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace bts {
namespace {

// The file's messages, under one context for lupdate and the translator alike.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(EnvironmentJson)
};

QJsonObject connectionToJson(const ConnectionSettings& s)
{
    // Field by field rather than a generic walk, so that the password can never slip in.
    return QJsonObject{
        {QStringLiteral("odbcDriver"), s.odbcDriver},
        {QStringLiteral("dsn"), s.dsn},
        {QStringLiteral("server"), s.server},
        {QStringLiteral("port"), s.port},
        {QStringLiteral("authentication"),
         s.authentication == ConnectionSettings::Authentication::SqlLogin
             ? QStringLiteral("sqlLogin")
             : QStringLiteral("windows")},
        {QStringLiteral("userName"), s.userName},
        {QStringLiteral("encrypt"), s.encrypt},
        {QStringLiteral("trustServerCertificate"), s.trustServerCertificate},
        {QStringLiteral("loginTimeoutSeconds"), s.loginTimeoutSeconds},
        {QStringLiteral("queryTimeoutSeconds"), s.queryTimeoutSeconds},
        {QStringLiteral("applicationName"), s.applicationName},
    };
}

QJsonObject thresholdsToJson(const Thresholds& t)
{
    return QJsonObject{
        {QStringLiteral("logWarningMinutes"), t.logWarningMinutes},
        {QStringLiteral("logCriticalMinutes"), t.logCriticalMinutes},
        {QStringLiteral("fullWarningHours"), t.fullWarningHours},
        {QStringLiteral("fullCriticalHours"), t.fullCriticalHours},
        {QStringLiteral("lagWarningMinutes"), t.lagWarningMinutes},
        {QStringLiteral("lagCriticalMinutes"), t.lagCriticalMinutes},
    };
}

// Reads the fields present and type-checks them; a missing field keeps its default so that
// files written by a later version with fewer fields still import.
class Reader {
public:
    explicit Reader(const QJsonObject& object)
        : m_object(object)
    {}

    void string(const char* key, QString* out)
    {
        const QJsonValue v = m_object.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return;
        if (!v.isString())
            return fail(key, Text::tr("text"));
        *out = v.toString();
    }
    void boolean(const char* key, bool* out)
    {
        const QJsonValue v = m_object.value(QLatin1String(key));
        if (v.isUndefined())
            return;
        if (!v.isBool())
            return fail(key, Text::tr("true or false"));
        *out = v.toBool();
    }
    void integer(const char* key, int* out, int min, int max)
    {
        const QJsonValue v = m_object.value(QLatin1String(key));
        if (v.isUndefined())
            return;
        const double d = v.toDouble(-1.0);
        if (!v.isDouble() || d != static_cast<int>(d) || d < min || d > max)
            return fail(key, Text::tr("a whole number from %1 to %2").arg(min).arg(max));
        *out = static_cast<int>(d);
    }
    QString error() const { return m_error; }

private:
    void fail(const char* key, const QString& expected)
    {
        if (m_error.isEmpty())
            m_error = Text::tr("\"%1\" must be %2").arg(QLatin1String(key), expected);
    }

    QJsonObject m_object;
    QString m_error;
};

QString readConnection(const QJsonObject& o, ConnectionSettings* s)
{
    Reader r(o);
    r.string("odbcDriver", &s->odbcDriver);
    r.string("dsn", &s->dsn);
    r.string("server", &s->server);
    r.integer("port", &s->port, 0, 65535);
    QString auth = QStringLiteral("windows");
    r.string("authentication", &auth);
    if (auth == QLatin1String("sqlLogin"))
        s->authentication = ConnectionSettings::Authentication::SqlLogin;
    else if (auth == QLatin1String("windows"))
        s->authentication = ConnectionSettings::Authentication::Windows;
    else if (r.error().isEmpty())
        return Text::tr("\"authentication\" must be \"windows\" or \"sqlLogin\"");
    r.string("userName", &s->userName);
    r.boolean("encrypt", &s->encrypt);
    r.boolean("trustServerCertificate", &s->trustServerCertificate);
    r.integer("loginTimeoutSeconds", &s->loginTimeoutSeconds, 1, 3600);
    r.integer("queryTimeoutSeconds", &s->queryTimeoutSeconds, 0, 86400);
    r.string("applicationName", &s->applicationName);
    s->password.clear();
    return r.error();
}

QString readThresholds(const QJsonObject& o, Thresholds* t)
{
    Reader r(o);
    const int maxMinutes = 60 * 24 * 366;
    r.integer("logWarningMinutes", &t->logWarningMinutes, 1, maxMinutes);
    r.integer("logCriticalMinutes", &t->logCriticalMinutes, 1, maxMinutes);
    r.integer("fullWarningHours", &t->fullWarningHours, 1, 24 * 366);
    r.integer("fullCriticalHours", &t->fullCriticalHours, 1, 24 * 366);
    r.integer("lagWarningMinutes", &t->lagWarningMinutes, 1, maxMinutes);
    r.integer("lagCriticalMinutes", &t->lagCriticalMinutes, 1, maxMinutes);
    if (!r.error().isEmpty())
        return r.error();
    if (t->logWarningMinutes >= t->logCriticalMinutes ||
        t->fullWarningHours >= t->fullCriticalHours ||
        t->lagWarningMinutes >= t->lagCriticalMinutes)
        return Text::tr("each warning threshold must be below its critical threshold");
    return QString();
}

} // namespace

QJsonObject environmentToJson(const Environment& e)
{
    QJsonArray destinations;
    for (const QString& d : e.destinations)
        destinations.append(d);
    return QJsonObject{
        {QStringLiteral("id"), e.id},
        {QStringLiteral("name"), e.name},
        {QStringLiteral("managementDatabase"), e.managementDatabase},
        {QStringLiteral("destinations"), destinations},
        {QStringLiteral("passwordStorage"),
         e.passwordStorage == Environment::PasswordStorage::Keychain
             ? QStringLiteral("keychain")
             : QStringLiteral("askEveryTime")},
        {QStringLiteral("management"), connectionToJson(e.management)},
        {QStringLiteral("thresholds"), thresholdsToJson(e.thresholds)},
    };
}

bool environmentFromJson(const QJsonObject& o, Environment* e, QString* error)
{
    Reader r(o);
    r.string("id", &e->id);
    r.string("name", &e->name);
    r.string("managementDatabase", &e->managementDatabase);
    QString storage = QStringLiteral("askEveryTime");
    r.string("passwordStorage", &storage);
    QString problem = r.error();
    if (problem.isEmpty() && e->name.trimmed().isEmpty())
        problem = Text::tr("it has no name");
    if (problem.isEmpty() && storage != QLatin1String("askEveryTime") &&
        storage != QLatin1String("keychain"))
        problem = Text::tr("\"passwordStorage\" must be \"askEveryTime\" or \"keychain\"");
    e->passwordStorage = storage == QLatin1String("keychain")
                             ? Environment::PasswordStorage::Keychain
                             : Environment::PasswordStorage::AskEveryTime;
    const QJsonValue destinations = o.value(QStringLiteral("destinations"));
    if (problem.isEmpty() && !destinations.isUndefined()) {
        if (!destinations.isArray())
            problem = Text::tr("\"destinations\" must be a list of server names");
        for (const QJsonValue& d : destinations.toArray()) {
            if (!d.isString()) {
                problem = Text::tr("\"destinations\" must be a list of server names");
                break;
            }
            e->destinations.append(d.toString());
        }
    }
    const QJsonValue management = o.value(QStringLiteral("management"));
    if (problem.isEmpty() && !management.isObject())
        problem = Text::tr("\"management\" (the management server's connection) is missing");
    if (problem.isEmpty())
        problem = readConnection(management.toObject(), &e->management);
    if (problem.isEmpty() && e->management.server.trimmed().isEmpty() &&
        e->management.dsn.trimmed().isEmpty())
        problem = Text::tr("it names neither a server nor a data source");
    if (problem.isEmpty() && e->managementDatabase.trimmed().isEmpty())
        problem = Text::tr("it has no management database");
    const QJsonValue thresholds = o.value(QStringLiteral("thresholds"));
    if (problem.isEmpty() && !thresholds.isUndefined()) {
        if (thresholds.isObject())
            problem = readThresholds(thresholds.toObject(), &e->thresholds);
        else
            problem = Text::tr("\"thresholds\" must be an object");
    }
    e->isLab = false;
    if (error)
        *error = problem;
    return problem.isEmpty();
}

} // namespace bts
