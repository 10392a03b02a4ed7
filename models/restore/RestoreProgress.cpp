#include "RestoreProgress.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QStandardPaths>

namespace bts {
namespace {

QSettings settings()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation);
    QDir().mkpath(folder);
    return QSettings(QDir(folder).filePath(QStringLiteral("restore-progress.ini")),
                     QSettings::IniFormat);
}

QString key(const QString& group)
{
    // Server names hold '\' and ',', which QSettings treats specially: keep the key plain.
    return QStringLiteral("group_") + QString::fromLatin1(group.toUtf8().toHex());
}

} // namespace

std::optional<RestoreProgress> RestoreProgressStore::load() const
{
    QSettings s = settings();
    const QByteArray json = s.value(key(m_group)).toByteArray();
    if (json.isEmpty())
        return std::nullopt;
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    RestoreProgress progress;
    progress.lastCompletedPage = root.value(QStringLiteral("lastCompletedPage")).toString();
    progress.newManagementServer = root.value(QStringLiteral("newManagementServer")).toString();
    progress.newManagementDatabase = root.value(QStringLiteral("newManagementDatabase")).toString();
    RestoreReport& r = progress.report;
    r.group = root.value(QStringLiteral("group")).toString();
    r.destinations = root.value(QStringLiteral("destinations")).toString();
    r.operatorName = root.value(QStringLiteral("operator")).toString();
    r.preflight = root.value(QStringLiteral("preflight")).toString();
    for (const QJsonValue& v : root.value(QStringLiteral("events")).toArray()) {
        const QJsonObject o = v.toObject();
        RestoreEvent e;
        e.when =
            QDateTime::fromString(o.value(QStringLiteral("when")).toString(), Qt::ISODateWithMs);
        e.step = o.value(QStringLiteral("step")).toString();
        e.server = o.value(QStringLiteral("server")).toString();
        e.sql = o.value(QStringLiteral("sql")).toString();
        e.outcome = o.value(QStringLiteral("outcome")).toString();
        e.succeeded = o.value(QStringLiteral("succeeded")).toBool();
        e.milliseconds = qint64(o.value(QStringLiteral("ms")).toDouble(-1));
        r.events.append(e);
    }
    return progress;
}

void RestoreProgressStore::save(const RestoreProgress& progress) const
{
    QJsonArray events;
    for (const RestoreEvent& e : progress.report.events) {
        events.append(QJsonObject{{QStringLiteral("when"), e.when.toString(Qt::ISODateWithMs)},
                                  {QStringLiteral("step"), e.step},
                                  {QStringLiteral("server"), e.server},
                                  {QStringLiteral("sql"), e.sql},
                                  {QStringLiteral("outcome"), e.outcome},
                                  {QStringLiteral("succeeded"), e.succeeded},
                                  {QStringLiteral("ms"), double(e.milliseconds)}});
    }
    const QJsonObject root{
        {QStringLiteral("lastCompletedPage"), progress.lastCompletedPage},
        {QStringLiteral("group"), progress.report.group},
        {QStringLiteral("destinations"), progress.report.destinations},
        {QStringLiteral("operator"), progress.report.operatorName},
        {QStringLiteral("preflight"), progress.report.preflight},
        {QStringLiteral("events"), events},
        {QStringLiteral("newManagementServer"), progress.newManagementServer},
        {QStringLiteral("newManagementDatabase"), progress.newManagementDatabase}};
    QSettings s = settings();
    s.setValue(key(m_group), QJsonDocument(root).toJson(QJsonDocument::Compact));
    s.sync();
}

void RestoreProgressStore::clear() const
{
    QSettings s = settings();
    s.remove(key(m_group));
    s.sync();
}

} // namespace bts
