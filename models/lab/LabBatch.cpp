#include "LabBatch.h"

#include <QRegularExpression>

namespace bts {
namespace {

// A possibly qualified name: [a].[b c].d
const QString NamePattern = QStringLiteral(R"(((?:\[(?:[^\]]|\]\])*\]|"[^"]*"|[^\s(\[";])+))");

QRegularExpression statementPattern(const QString& head)
{
    return QRegularExpression(QStringLiteral("^") + head + NamePattern,
                              QRegularExpression::CaseInsensitiveOption);
}

// [master].[dbo].[x] -> {"master", "dbo", "x"}
QStringList nameParts(const QString& qualified)
{
    QStringList parts;
    QString current;
    QChar closing;
    for (int i = 0; i < qualified.size(); ++i) {
        const QChar c = qualified.at(i);
        if (!closing.isNull()) {
            if (c == closing && i + 1 < qualified.size() && qualified.at(i + 1) == closing) {
                current += c;
                ++i;
            } else if (c == closing) {
                closing = QChar();
            } else {
                current += c;
            }
        } else if (c == QLatin1Char('[')) {
            closing = QLatin1Char(']');
        } else if (c == QLatin1Char('"')) {
            closing = QLatin1Char('"');
        } else if (c == QLatin1Char('.')) {
            parts.append(current.trimmed());
            current.clear();
        } else {
            current += c;
        }
    }
    parts.append(current.trimmed());
    return parts;
}

DbError batchError(const QString& message, const QString& server, const QString& database)
{
    return DbError::queryFailed(message, server + QLatin1Char('/') + database);
}

} // namespace

QStringList LabBatch::statements(const QString& batch)
{
    QStringList result;
    QString current;
    const auto flush = [&] {
        if (!current.trimmed().isEmpty())
            result.append(current.trimmed());
        current.clear();
    };
    const qsizetype n = batch.size();
    for (int i = 0; i < n; ++i) {
        const QChar c = batch.at(i);
        const QChar next = i + 1 < n ? batch.at(i + 1) : QChar();
        if (c == QLatin1Char('-') && next == QLatin1Char('-')) {
            while (i < n && batch.at(i) != QLatin1Char('\n'))
                ++i;
            current += QLatin1Char('\n');
        } else if (c == QLatin1Char('/') && next == QLatin1Char('*')) {
            // T-SQL block comments nest.
            int depth = 0;
            for (; i < n; ++i) {
                if (batch.mid(i, 2) == QLatin1String("/*")) {
                    ++depth;
                    ++i;
                } else if (batch.mid(i, 2) == QLatin1String("*/") && --depth == 0) {
                    ++i;
                    break;
                } else if (batch.mid(i, 2) == QLatin1String("*/")) {
                    ++i;
                }
            }
            current += QLatin1Char(' ');
        } else if (c == QLatin1Char('\'') || c == QLatin1Char('"') || c == QLatin1Char('[')) {
            // A string or quoted name, copied whole; a doubled closing character stays inside.
            const QChar closing = c == QLatin1Char('[') ? QLatin1Char(']') : c;
            current += c;
            for (++i; i < n; ++i) {
                current += batch.at(i);
                if (batch.at(i) != closing)
                    continue;
                if (i + 1 < n && batch.at(i + 1) == closing)
                    current += batch.at(++i);
                else
                    break;
            }
        } else if (c == QLatin1Char(';')) {
            flush();
        } else {
            current += c;
        }
    }
    flush();
    return result;
}

Status LabBatch::run(const QString& batch, const ExecHandler& exec) const
{
    const QStringList list = statements(batch);
    // A procedure's body is part of its CREATE statement, semicolons and all: the batch is one
    // statement, as T-SQL requires.
    static const QRegularExpression create = statementPattern(
        QStringLiteral(R"((?:CREATE(?:\s+OR\s+ALTER)?|ALTER)\s+PROC(?:EDURE)?\s+)"));
    if (!list.isEmpty()) {
        const QRegularExpressionMatch m = create.match(list.first());
        if (m.hasMatch())
            return createProcedure(nameParts(m.captured(1)));
    }
    for (const QString& statement : list) {
        if (Status s = runStatement(statement, exec); !s)
            return s;
    }
    return success();
}

Status LabBatch::runStatement(const QString& statement, const ExecHandler& exec) const
{
    static const QRegularExpression reconfigure(
        QStringLiteral(R"(^RECONFIGURE(\s+WITH\s+OVERRIDE)?$)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression drop =
        statementPattern(QStringLiteral(R"(DROP\s+PROC(?:EDURE)?\s+(IF\s+EXISTS\s+)?)"));
    static const QRegularExpression execute(QStringLiteral(R"(^EXEC(UTE)?\s)"),
                                            QRegularExpression::CaseInsensitiveOption);
    if (reconfigure.match(statement).hasMatch())
        return success();
    if (const QRegularExpressionMatch m = drop.match(statement); m.hasMatch())
        return dropProcedure(nameParts(m.captured(2)), !m.captured(1).isEmpty());
    if (execute.match(statement).hasMatch()) {
        const ExecParseResult parsed = parseExecCall(statement);
        if (!parsed.call)
            return batchError(QStringLiteral("Incorrect syntax: %1.").arg(parsed.error), m_server,
                              m_database);
        return exec(*parsed.call);
    }
    Result<QSqlQuery> r = m_connector.run(m_server, m_database, statement);
    if (!r)
        return r.error();
    return mirrorTable(statement);
}

Result<bool> LabBatch::hasObject(const QString& database, const QString& name,
                                 const QString& type) const
{
    Result<QVariant> count = m_connector.scalar(
        m_server, database,
        QStringLiteral("SELECT COUNT(*) FROM lab_Objects WHERE name = ? COLLATE NOCASE "
                       "AND type = ?"),
        {name, type});
    if (!count)
        return count.error();
    return count.value().toInt() > 0;
}

Status LabBatch::createProcedure(const QStringList& parts) const
{
    const QString database = parts.size() >= 3 ? parts.first() : m_database;
    const QString name = parts.last();
    Result<bool> exists = hasObject(database, name, QStringLiteral("P"));
    if (!exists)
        return exists.error();
    if (exists.value())
        return batchError(
            QStringLiteral("There is already an object named '%1' in the database.").arg(name),
            m_server, database);
    Result<QSqlQuery> r = m_connector.run(
        m_server, database, QStringLiteral("INSERT INTO lab_Objects (name, type) VALUES (?, 'P')"),
        {name});
    return r ? success() : Status(r.error());
}

Status LabBatch::dropProcedure(const QStringList& parts, bool ifExists) const
{
    const QString database = parts.size() >= 3 ? parts.first() : m_database;
    const QString name = parts.last();
    Result<bool> exists = hasObject(database, name, QStringLiteral("P"));
    if (!exists)
        return exists.error();
    if (!exists.value()) {
        if (ifExists)
            return success();
        return batchError(QStringLiteral("Cannot drop the procedure '%1', because it does not "
                                         "exist or you do not have permission.")
                              .arg(name),
                          m_server, database);
    }
    Result<QSqlQuery> r = m_connector.run(
        m_server, database,
        QStringLiteral("DELETE FROM lab_Objects WHERE name = ? COLLATE NOCASE AND type = 'P'"),
        {name});
    return r ? success() : Status(r.error());
}

Status LabBatch::mirrorTable(const QString& statement) const
{
    static const QRegularExpression createTable =
        statementPattern(QStringLiteral(R"(CREATE\s+TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?)"));
    static const QRegularExpression dropTable =
        statementPattern(QStringLiteral(R"(DROP\s+TABLE\s+(?:IF\s+EXISTS\s+)?)"));
    const QRegularExpressionMatch created = createTable.match(statement);
    const QRegularExpressionMatch dropped = dropTable.match(statement);
    if (!created.hasMatch() && !dropped.hasMatch())
        return success();
    // Only databases that list their objects (master and the BizTalk databases) keep them.
    Result<QVariant> listed = m_connector.scalar(
        m_server, m_database,
        QStringLiteral("SELECT COUNT(*) FROM dbo.sqlite_master WHERE name = 'lab_Objects'"));
    if (!listed)
        return listed.error();
    if (listed.value().toInt() == 0)
        return success();
    const QString name =
        nameParts(created.hasMatch() ? created.captured(1) : dropped.captured(1)).last();
    Result<QSqlQuery> clear = m_connector.run(
        m_server, m_database,
        QStringLiteral("DELETE FROM lab_Objects WHERE name = ? COLLATE NOCASE AND type = 'U'"),
        {name});
    if (!clear)
        return clear.error();
    if (!created.hasMatch())
        return success();
    Result<QSqlQuery> add = m_connector.run(
        m_server, m_database,
        QStringLiteral("INSERT INTO lab_Objects (name, type) VALUES (?, 'U')"), {name});
    return add ? success() : Status(add.error());
}

} // namespace bts
