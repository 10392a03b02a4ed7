#include "EnvironmentStore.h"

#include "EnvironmentJson.h"
#include "lab/LabTopology.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSettings>
#include <QUuid>

#include <algorithm>

namespace bts {
namespace {

const QString group = QStringLiteral("environments");
const QString lastOpenedKey = QStringLiteral("environmentsLastOpened");

// The file's messages, under one context for lupdate and the translator alike.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(EnvironmentStore)
};

// Ids become QSettings group names, where '/' and '\\' would open sub-groups: anything but
// plain characters (e.g. from an edited import file) is replaced by a fresh UUID.
bool isPlainId(const QString& id)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_.{}-]{1,64}$"));
    return plain.match(id).hasMatch();
}

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

using Auth = ConnectionSettings::Authentication;

void writeConnection(QSettings& s, const ConnectionSettings& c)
{
    s.setValue(QStringLiteral("odbcDriver"), c.odbcDriver);
    s.setValue(QStringLiteral("dsn"), c.dsn);
    s.setValue(QStringLiteral("server"), c.server);
    s.setValue(QStringLiteral("port"), c.port);
    s.setValue(QStringLiteral("authentication"), c.authentication == Auth::SqlLogin
                                                     ? QStringLiteral("sqlLogin")
                                                     : QStringLiteral("windows"));
    s.setValue(QStringLiteral("userName"), c.userName);
    s.setValue(QStringLiteral("encrypt"), c.encrypt);
    s.setValue(QStringLiteral("trustServerCertificate"), c.trustServerCertificate);
    s.setValue(QStringLiteral("loginTimeoutSeconds"), c.loginTimeoutSeconds);
    s.setValue(QStringLiteral("queryTimeoutSeconds"), c.queryTimeoutSeconds);
    s.setValue(QStringLiteral("applicationName"), c.applicationName);
}

ConnectionSettings readConnection(const QSettings& s)
{
    ConnectionSettings c;
    c.odbcDriver = s.value(QStringLiteral("odbcDriver")).toString();
    c.dsn = s.value(QStringLiteral("dsn")).toString();
    c.server = s.value(QStringLiteral("server")).toString();
    c.port = s.value(QStringLiteral("port"), c.port).toInt();
    c.authentication =
        s.value(QStringLiteral("authentication")).toString() == QLatin1String("sqlLogin")
            ? Auth::SqlLogin
            : Auth::Windows;
    c.userName = s.value(QStringLiteral("userName")).toString();
    c.encrypt = s.value(QStringLiteral("encrypt"), c.encrypt).toBool();
    c.trustServerCertificate =
        s.value(QStringLiteral("trustServerCertificate"), c.trustServerCertificate).toBool();
    c.loginTimeoutSeconds =
        s.value(QStringLiteral("loginTimeoutSeconds"), c.loginTimeoutSeconds).toInt();
    c.queryTimeoutSeconds =
        s.value(QStringLiteral("queryTimeoutSeconds"), c.queryTimeoutSeconds).toInt();
    c.applicationName = s.value(QStringLiteral("applicationName"), c.applicationName).toString();
    return c;
}

void writeThresholds(QSettings& s, const Thresholds& t)
{
    s.setValue(QStringLiteral("logWarningMinutes"), t.logWarningMinutes);
    s.setValue(QStringLiteral("logCriticalMinutes"), t.logCriticalMinutes);
    s.setValue(QStringLiteral("fullWarningHours"), t.fullWarningHours);
    s.setValue(QStringLiteral("fullCriticalHours"), t.fullCriticalHours);
    s.setValue(QStringLiteral("lagWarningMinutes"), t.lagWarningMinutes);
    s.setValue(QStringLiteral("lagCriticalMinutes"), t.lagCriticalMinutes);
}

Thresholds readThresholds(const QSettings& s)
{
    Thresholds t;
    const auto get = [&s](const char* key, int fallback) {
        return s.value(QLatin1String(key), fallback).toInt();
    };
    t.logWarningMinutes = get("logWarningMinutes", t.logWarningMinutes);
    t.logCriticalMinutes = get("logCriticalMinutes", t.logCriticalMinutes);
    t.fullWarningHours = get("fullWarningHours", t.fullWarningHours);
    t.fullCriticalHours = get("fullCriticalHours", t.fullCriticalHours);
    t.lagWarningMinutes = get("lagWarningMinutes", t.lagWarningMinutes);
    t.lagCriticalMinutes = get("lagCriticalMinutes", t.lagCriticalMinutes);
    return t;
}

// Reads the environment in the settings' current group (environments/<id>).
Environment readEnvironment(QSettings& s, const QString& id)
{
    Environment e;
    e.id = id;
    e.name = s.value(QStringLiteral("name")).toString();
    e.managementDatabase =
        s.value(QStringLiteral("managementDatabase"), e.managementDatabase).toString();
    e.destinations = s.value(QStringLiteral("destinations")).toStringList();
    e.passwordStorage =
        s.value(QStringLiteral("passwordStorage")).toString() == QLatin1String("keychain")
            ? Environment::PasswordStorage::Keychain
            : Environment::PasswordStorage::AskEveryTime;
    s.beginGroup(QStringLiteral("management"));
    e.management = readConnection(s);
    s.endGroup();
    s.beginGroup(QStringLiteral("thresholds"));
    e.thresholds = readThresholds(s);
    s.endGroup();
    return e;
}

} // namespace

EnvironmentStore::EnvironmentStore(const QString& iniFile)
    : m_settings(iniFile.isEmpty() ? std::make_unique<QSettings>()
                                   : std::make_unique<QSettings>(iniFile, QSettings::IniFormat))
{}

EnvironmentStore::~EnvironmentStore() = default;

QString EnvironmentStore::labId()
{
    return QStringLiteral("lab");
}

Environment EnvironmentStore::labEnvironment()
{
    Environment lab;
    lab.id = labId();
    lab.name = Text::tr("Lab (simulated BizTalk group)");
    lab.isLab = true;
    lab.management.server = LabTopology::SourceServer;
    lab.destinations = {LabTopology::DestinationServer};
    return lab;
}

QVector<Environment> EnvironmentStore::environments() const
{
    QVector<Environment> saved;
    Environment lab = labEnvironment();
    m_settings->beginGroup(group);
    for (const QString& id : m_settings->childGroups()) {
        m_settings->beginGroup(id);
        if (id == labId())
            lab.thresholds = readEnvironment(*m_settings, id).thresholds;
        else
            saved.append(readEnvironment(*m_settings, id));
        m_settings->endGroup();
    }
    m_settings->endGroup();
    std::stable_sort(saved.begin(), saved.end(), [](const Environment& a, const Environment& b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    saved.prepend(lab);
    return saved;
}

std::optional<Environment> EnvironmentStore::find(const QString& id) const
{
    for (const Environment& e : environments()) {
        if (e.id == id)
            return e;
    }
    return std::nullopt;
}

void EnvironmentStore::write(const Environment& e)
{
    // The one place that writes an environment: a password here would be on disk in clear.
    Q_ASSERT(e.management.password.isEmpty());
    Q_ASSERT(!e.id.isEmpty() && !e.id.contains(QLatin1Char('/')));
    m_settings->beginGroup(group);
    m_settings->remove(e.id);
    m_settings->beginGroup(e.id);
    m_settings->setValue(QStringLiteral("name"), e.name);
    if (!e.isLab) {
        m_settings->setValue(QStringLiteral("managementDatabase"), e.managementDatabase);
        m_settings->setValue(QStringLiteral("destinations"), e.destinations);
        m_settings->setValue(QStringLiteral("passwordStorage"),
                             e.passwordStorage == Environment::PasswordStorage::Keychain
                                 ? QStringLiteral("keychain")
                                 : QStringLiteral("askEveryTime"));
        m_settings->beginGroup(QStringLiteral("management"));
        writeConnection(*m_settings, e.management);
        m_settings->endGroup();
    }
    m_settings->beginGroup(QStringLiteral("thresholds"));
    writeThresholds(*m_settings, e.thresholds);
    m_settings->endGroup();
    m_settings->endGroup();
    m_settings->endGroup();
    m_settings->sync();
}

Environment EnvironmentStore::add(Environment e)
{
    e.management.password.clear();
    e.isLab = false;
    // A taken id would overwrite another environment.
    if (!isPlainId(e.id) || e.id == labId() || find(e.id))
        e.id = newId();
    write(e);
    return e;
}

bool EnvironmentStore::update(Environment e)
{
    std::optional<Environment> existing = find(e.id);
    if (!existing)
        return false;
    if (existing->isLab) {
        existing->thresholds = e.thresholds;
        e = *existing;
    }
    e.management.password.clear();
    write(e);
    return true;
}

bool EnvironmentStore::remove(const QString& id)
{
    if (id.isEmpty() || id == labId() || !find(id))
        return false;
    m_settings->beginGroup(group);
    m_settings->remove(id);
    m_settings->endGroup();
    if (lastOpenedId() == id)
        m_settings->remove(lastOpenedKey);
    m_settings->sync();
    return true;
}

std::optional<Environment> EnvironmentStore::duplicate(const QString& id)
{
    std::optional<Environment> original = find(id);
    if (!original || original->isLab)
        return std::nullopt;
    Environment copy = *original;
    copy.id.clear();
    copy.name = Text::tr("%1 (copy)").arg(original->name);
    // The keychain entry belongs to the original's id: the copy asks until it gets its own.
    copy.passwordStorage = Environment::PasswordStorage::AskEveryTime;
    return add(copy);
}

QString EnvironmentStore::lastOpenedId() const
{
    return m_settings->value(lastOpenedKey).toString();
}

void EnvironmentStore::setLastOpenedId(const QString& id)
{
    m_settings->setValue(lastOpenedKey, id);
    m_settings->sync();
}

QString EnvironmentStore::fileName() const
{
    return m_settings->fileName();
}

QByteArray EnvironmentStore::exportJson(const QVector<Environment>& environments)
{
    QJsonArray list;
    for (const Environment& e : environments) {
        if (!e.isLab)
            list.append(environmentToJson(e));
    }
    const QJsonObject root{
        {QStringLiteral("format"), formatVersion},
        {QStringLiteral("application"), QStringLiteral("BizTalk Log Shipping Console")},
        {QStringLiteral("environments"), list},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

EnvironmentStore::ImportReport EnvironmentStore::importJson(const QByteArray& json,
                                                            DuplicateIds duplicates)
{
    ImportReport report;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (document.isNull()) {
        report.errors << Text::tr("The file is not valid JSON: %1 (at character %2).")
                             .arg(parseError.errorString(), QString::number(parseError.offset));
        return report;
    }
    const QJsonObject root = document.object();
    const QJsonValue format = root.value(QStringLiteral("format"));
    if (!document.isObject() || !format.isDouble() ||
        !root.value(QStringLiteral("environments")).isArray()) {
        report.errors << Text::tr(
            "The file is not an environments export of this console (it lacks "
            "\"format\" or \"environments\").");
        return report;
    }
    if (format.toInt() > formatVersion) {
        report.errors << Text::tr(
                             "The file was written in format %1 by a newer version of the console; "
                             "this version reads format %2.")
                             .arg(format.toInt())
                             .arg(formatVersion);
        return report;
    }
    const QJsonArray list = root.value(QStringLiteral("environments")).toArray();
    for (int i = 0; i < list.size(); ++i) {
        Environment e;
        QString problem;
        if (!list.at(i).isObject())
            problem = Text::tr("it is not an object");
        else
            environmentFromJson(list.at(i).toObject(), &e, &problem);
        if (!problem.isEmpty()) {
            const QString which = e.name.isEmpty()
                                      ? QString::number(i + 1)
                                      : QStringLiteral("%1 (\"%2\")").arg(i + 1).arg(e.name);
            report.errors << Text::tr("Environment %1 was not imported: %2.").arg(which, problem);
            continue;
        }
        if (!e.id.isEmpty() && find(e.id)) {
            if (duplicates == DuplicateIds::Skip) {
                report.skipped << e.name;
                continue;
            }
            e.id.clear();
        }
        report.added.append(add(e));
    }
    return report;
}

} // namespace bts
