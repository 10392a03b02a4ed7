#include "AuditLogReader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QStringList>

namespace bts {
namespace {

// The file's messages, under one context for lupdate and the translator alike.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(bts::AuditLogReader)
};

// spdlog's "%Y-%m-%dT%H:%M:%S.%e%z" followed by the first key.
const QRegularExpression& entryStart()
{
    static const QRegularExpression re(
        QStringLiteral("^(\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(?:\\.\\d+)?"
                       "(?:Z|[+-]\\d{2}:?\\d{2})?) user="));
    return re;
}

AuditEntry parseEntry(const QString& record)
{
    AuditEntry entry;
    const QRegularExpressionMatch start = entryStart().match(record);
    if (!start.hasMatch()) {
        entry.malformed = true;
        entry.sql = record;
        return entry;
    }
    entry.whenText = start.captured(1);
    entry.when = QDateTime::fromString(entry.whenText, Qt::ISODateWithMs);

    // Each value runs to the first occurrence of the next key: a hostile value can only move
    // text between neighbouring columns, never hide it.
    static const QString keys[] = {QStringLiteral(" server="), QStringLiteral(" database="),
                                   QStringLiteral(" outcome="), QStringLiteral(" sql=")};
    QString* fields[] = {&entry.user, &entry.server, &entry.database, &entry.outcome};
    qsizetype position = start.capturedEnd(0);
    for (int i = 0; i < 4; ++i) {
        const qsizetype next = record.indexOf(keys[i], position);
        if (next < 0) {
            entry.malformed = true;
            entry.sql = record;
            return entry;
        }
        *fields[i] = record.mid(position, next - position);
        position = next + keys[i].size();
    }
    entry.sql = record.mid(position);
    entry.succeeded = entry.outcome == QLatin1String("succeeded");
    return entry;
}

} // namespace

AuditLogContents parseAuditLog(const QString& text)
{
    QStringList records;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (QString line : lines) {
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        if (line.isEmpty())
            continue;
        if (entryStart().match(line).hasMatch() || records.isEmpty())
            records << line;
        else
            records.last() += QLatin1Char('\n') + line;
    }
    AuditLogContents contents;
    for (const QString& record : records) {
        if (record.trimmed().isEmpty())
            continue;
        AuditEntry entry = parseEntry(record);
        if (entry.malformed)
            ++contents.malformedEntries;
        contents.entries.append(std::move(entry));
    }
    return contents;
}

AuditLogContents readAuditLog(const QString& path)
{
    QFile file(path);
    if (!file.exists())
        return {};
    if (!file.open(QIODevice::ReadOnly)) {
        AuditLogContents contents;
        contents.error = Text::tr("The audit log %1 cannot be read: %2")
                             .arg(QDir::toNativeSeparators(path), file.errorString());
        return contents;
    }
    return parseAuditLog(QString::fromUtf8(file.readAll()));
}

} // namespace bts
