#include "AuditLog.h"

#include <QDateTime>
#include <QString>

#include <spdlog/spdlog.h>

namespace bts {
namespace {

QString operatorName()
{
    // Who ran it, as the operating system knows them; portable across Windows and Unix.
    QString name = qEnvironmentVariable("USERNAME");
    if (name.isEmpty())
        name = qEnvironmentVariable("USER");
    return name.isEmpty() ? QStringLiteral("unknown") : name;
}

} // namespace

void auditStatement(const QString& server, const QString& database, const QString& sql,
                    const Status& outcome)
{
    const QString result = outcome ? QStringLiteral("succeeded")
                                   : QStringLiteral("failed: ") + outcome.error().sentence();
    const QString line = QStringLiteral("user=%1 server=%2 database=%3 outcome=%4 sql=%5")
                             .arg(operatorName(), server, database, result,
                                  QString(sql).replace(QLatin1Char('\n'), QLatin1Char(' ')));
    auto logger = spdlog::get("audit");
    if (!logger)
        logger = spdlog::default_logger();
    logger->info(line.toStdString());
    logger->flush();
}

} // namespace bts
