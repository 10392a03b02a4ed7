#include "Diagnostics.h"

#include "mssql/OdbcDrivers.h"

#include <QCoreApplication>
#include <QDir>
#include <QSqlDatabase>
#include <QSysInfo>

#include <spdlog/version.h>

namespace bts {
namespace {

// The file's messages, under one context for lupdate and the translator alike.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(bts::Diagnostics)
};

QString applicationVersion()
{
#ifdef BTS_VERSION
    return QStringLiteral(BTS_VERSION);
#else
    return QCoreApplication::applicationVersion();
#endif
}

QStringList nativePaths(const QStringList& paths)
{
    QStringList result;
    for (const QString& path : paths)
        result << QDir::toNativeSeparators(path);
    return result;
}

QString pathOrNotSet(const QString& path)
{
    return path.isEmpty() ? Text::tr("(not set)") : QDir::toNativeSeparators(path);
}

} // namespace

QVector<DiagnosticRow> collectDiagnostics(const DiagnosticsPaths& paths)
{
    const QString spdlogVersion = QStringLiteral("%1.%2.%3")
                                      .arg(SPDLOG_VER_MAJOR)
                                      .arg(SPDLOG_VER_MINOR)
                                      .arg(SPDLOG_VER_PATCH);
    return {
        {Text::tr("Application"),
         {QCoreApplication::applicationName() + QLatin1Char(' ') + applicationVersion()}},
        {Text::tr("Qt version"), {QString::fromLatin1(qVersion())}},
        {Text::tr("Operating system"), {QSysInfo::prettyProductName()}},
        {Text::tr("Kernel"),
         {QSysInfo::kernelType() + QLatin1Char(' ') + QSysInfo::kernelVersion()}},
        {Text::tr("CPU architecture"), {QSysInfo::currentCpuArchitecture()}},
        {Text::tr("Qt SQL drivers"), QSqlDatabase::drivers()},
        {Text::tr("Qt plugin paths"), nativePaths(QCoreApplication::libraryPaths())},
        {Text::tr("ODBC drivers"), installedOdbcDrivers()},
        {Text::tr("ODBC data sources"), odbcDataSources()},
        {Text::tr("spdlog version"), {spdlogVersion}},
        {Text::tr("Log folder"), {pathOrNotSet(paths.logFolder)}},
        {Text::tr("Audit log"), {pathOrNotSet(paths.auditLog)}},
        {Text::tr("Lab folder"), {pathOrNotSet(paths.labFolder)}},
    };
}

QString diagnosticsText(const QVector<DiagnosticRow>& rows)
{
    QString text;
    for (const DiagnosticRow& row : rows) {
        text += row.key + QLatin1Char(':');
        if (row.values.isEmpty())
            text += QLatin1Char(' ') + Text::tr("(none)") + QLatin1Char('\n');
        else if (row.values.size() == 1)
            text += QLatin1Char(' ') + row.values.first() + QLatin1Char('\n');
        else {
            text += QLatin1Char('\n');
            for (const QString& value : row.values)
                text += QStringLiteral("    ") + value + QLatin1Char('\n');
        }
    }
    return text;
}

} // namespace bts
