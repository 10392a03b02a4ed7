#include "ExecCall.h"

#include "SqlQuoting.h"

namespace bts {
namespace {

struct Token {
    enum class Type { End, Word, Identifier, String, Number, Punct };
    Type type = Type::End;
    QString text;
    bool unicode = false;
    int offset = 0;
};

// Splits one T-SQL statement into tokens, keeping comments aside. Handles '' inside strings,
// ]] inside brackets, N'..', -- line comments and nested /* */ comments.
class Lexer {
public:
    explicit Lexer(const QString& text)
        : m_text(text)
    {}

    bool tokenize(QVector<Token>& tokens, QStringList& comments, QString& error, int& errorAt)
    {
        while (true) {
            skipSpaceAndComments(comments);
            if (!m_error.isEmpty())
                break;
            if (m_pos >= m_text.size()) {
                tokens.append({Token::Type::End, {}, false, m_pos});
                return true;
            }
            Token token;
            if (!next(token))
                break;
            tokens.append(token);
        }
        error = m_error;
        errorAt = m_errorAt;
        return false;
    }

private:
    QChar at(int i) const { return i < m_text.size() ? m_text.at(i) : QChar(); }

    void fail(const QString& message, int offset)
    {
        m_error = message;
        m_errorAt = offset;
    }

    void skipSpaceAndComments(QStringList& comments)
    {
        while (m_pos < m_text.size()) {
            const QChar c = at(m_pos);
            if (c.isSpace()) {
                ++m_pos;
            } else if (c == QLatin1Char('-') && at(m_pos + 1) == QLatin1Char('-')) {
                int end = m_text.indexOf(QLatin1Char('\n'), m_pos);
                if (end < 0)
                    end = m_text.size();
                comments.append(m_text.mid(m_pos + 2, end - m_pos - 2).trimmed());
                m_pos = end;
            } else if (c == QLatin1Char('/') && at(m_pos + 1) == QLatin1Char('*')) {
                if (!skipBlockComment(comments))
                    return;
            } else {
                return;
            }
        }
    }

    bool skipBlockComment(QStringList& comments)
    {
        const int start = m_pos;
        int depth = 0;
        int i = m_pos;
        while (i < m_text.size()) {
            if (at(i) == QLatin1Char('/') && at(i + 1) == QLatin1Char('*')) {
                ++depth;
                i += 2;
            } else if (at(i) == QLatin1Char('*') && at(i + 1) == QLatin1Char('/')) {
                --depth;
                i += 2;
                if (depth == 0) {
                    comments.append(m_text.mid(start + 2, i - start - 4).trimmed());
                    m_pos = i;
                    return true;
                }
            } else {
                ++i;
            }
        }
        fail(QStringLiteral("a /* comment */ is not closed"), start);
        return false;
    }

    bool readQuoted(QChar close, QString& out)
    {
        const int start = m_pos;
        ++m_pos; // opening quote
        while (m_pos < m_text.size()) {
            const QChar c = at(m_pos);
            if (c == close) {
                if (at(m_pos + 1) == close) {
                    out += close;
                    m_pos += 2;
                    continue;
                }
                ++m_pos;
                return true;
            }
            out += c;
            ++m_pos;
        }
        fail(close == QLatin1Char('\'') ? QStringLiteral("a quoted string is not closed")
                                        : QStringLiteral("a quoted name is not closed"),
             start);
        return false;
    }

    bool next(Token& token)
    {
        token.offset = m_pos;
        const QChar c = at(m_pos);
        if ((c == QLatin1Char('N') || c == QLatin1Char('n')) &&
            at(m_pos + 1) == QLatin1Char('\'')) {
            ++m_pos;
            token.type = Token::Type::String;
            token.unicode = true;
            return readQuoted(QLatin1Char('\''), token.text);
        }
        if (c == QLatin1Char('\'')) {
            token.type = Token::Type::String;
            return readQuoted(QLatin1Char('\''), token.text);
        }
        if (c == QLatin1Char('[')) {
            token.type = Token::Type::Identifier;
            return readQuoted(QLatin1Char(']'), token.text);
        }
        if (c == QLatin1Char('"')) {
            token.type = Token::Type::Identifier;
            return readQuoted(QLatin1Char('"'), token.text);
        }
        if (c.isDigit() ||
            ((c == QLatin1Char('-') || c == QLatin1Char('+')) && at(m_pos + 1).isDigit())) {
            token.type = Token::Type::Number;
            token.text += c;
            ++m_pos;
            while (at(m_pos).isDigit() || at(m_pos) == QLatin1Char('.'))
                token.text += at(m_pos++);
            return true;
        }
        if (c.isLetter() || c == QLatin1Char('_') || c == QLatin1Char('@') ||
            c == QLatin1Char('#')) {
            token.type = Token::Type::Word;
            while (m_pos < m_text.size()) {
                const QChar w = at(m_pos);
                if (!(w.isLetterOrNumber() || w == QLatin1Char('_') || w == QLatin1Char('@') ||
                      w == QLatin1Char('#') || w == QLatin1Char('$')))
                    break;
                token.text += w;
                ++m_pos;
            }
            return true;
        }
        if (c == QLatin1Char(',') || c == QLatin1Char('.') || c == QLatin1Char('=') ||
            c == QLatin1Char(';')) {
            token.type = Token::Type::Punct;
            token.text = c;
            ++m_pos;
            return true;
        }
        fail(QStringLiteral("unexpected character '%1'").arg(c), m_pos);
        return false;
    }

    const QString& m_text;
    int m_pos = 0;
    QString m_error;
    int m_errorAt = -1;
};

bool isPunct(const Token& token, char c)
{
    return token.type == Token::Type::Punct && token.text == QLatin1Char(c);
}

bool isWord(const Token& token, const char* word)
{
    return token.type == Token::Type::Word &&
           token.text.compare(QLatin1String(word), Qt::CaseInsensitive) == 0;
}

ExecParseResult failure(const QString& message, int offset)
{
    ExecParseResult result;
    result.error = message;
    result.errorOffset = offset;
    return result;
}

} // namespace

std::optional<qint64> SqlLiteral::toInteger() const
{
    if (kind != Kind::Number && kind != Kind::String)
        return std::nullopt;
    bool ok = false;
    const qint64 value = text.trimmed().toLongLong(&ok);
    if (ok)
        return value;
    return std::nullopt;
}

QString SqlLiteral::toSql() const
{
    switch (kind) {
    case Kind::String:
        if (unicode)
            return quoteUnicodeLiteral(text);
        return QLatin1Char('\'') + QString(text).replace(QLatin1Char('\''), QStringLiteral("''")) +
               QLatin1Char('\'');
    case Kind::Number:
        return text;
    case Kind::Null:
        return QStringLiteral("NULL");
    case Kind::Default:
        return QStringLiteral("DEFAULT");
    }
    return QString();
}

QString ExecCall::toSql() const
{
    QStringList quoted;
    for (const QString& part : nameParts)
        quoted.append(quoteName(part));
    QString sql = QStringLiteral("exec ") + quoted.join(QLatin1Char('.'));
    QStringList args;
    for (const ExecArgument& argument : arguments) {
        args.append(argument.name.isEmpty()
                        ? argument.value.toSql()
                        : QStringLiteral("@%1 = %2").arg(argument.name, argument.value.toSql()));
    }
    if (!args.isEmpty())
        sql += QLatin1Char(' ') + args.join(QStringLiteral(", "));
    return sql;
}

ExecParseResult parseExecCall(const QString& command)
{
    QVector<Token> tokens;
    QStringList comments;
    QString error;
    int errorAt = -1;
    if (!Lexer(command).tokenize(tokens, comments, error, errorAt))
        return failure(error, errorAt);

    int i = 0;
    if (!(isWord(tokens[i], "exec") || isWord(tokens[i], "execute")))
        return failure(QStringLiteral("the command does not start with EXEC"), tokens[i].offset);
    ++i;

    ExecCall call;
    call.comments = comments;
    while (true) {
        const Token& part = tokens[i];
        if (part.type != Token::Type::Word && part.type != Token::Type::Identifier)
            return failure(QStringLiteral("a procedure name is expected"), part.offset);
        if (part.type == Token::Type::Word && part.text.startsWith(QLatin1Char('@')))
            return failure(QStringLiteral("a procedure held in a variable is not supported"),
                           part.offset);
        call.nameParts.append(part.text);
        ++i;
        if (!isPunct(tokens[i], '.'))
            break;
        ++i;
    }
    if (call.nameParts.size() > 4)
        return failure(QStringLiteral("the procedure name has too many parts"), tokens[i].offset);

    bool seenNamed = false;
    while (tokens[i].type != Token::Type::End && !isPunct(tokens[i], ';')) {
        if (!call.arguments.isEmpty()) {
            if (!isPunct(tokens[i], ','))
                return failure(QStringLiteral("a comma is expected between arguments"),
                               tokens[i].offset);
            ++i;
        }
        ExecArgument argument;
        if (tokens[i].type == Token::Type::Word && tokens[i].text.startsWith(QLatin1Char('@'))) {
            if (!isPunct(tokens[i + 1], '='))
                return failure(QStringLiteral("variables as arguments are not supported"),
                               tokens[i].offset);
            argument.name = tokens[i].text.mid(1);
            seenNamed = true;
            i += 2;
        } else if (seenNamed) {
            return failure(QStringLiteral("a positional argument follows a named one"),
                           tokens[i].offset);
        }
        const Token& value = tokens[i];
        if (value.type == Token::Type::String) {
            argument.value = {SqlLiteral::Kind::String, value.text, value.unicode};
        } else if (value.type == Token::Type::Number) {
            argument.value = {SqlLiteral::Kind::Number, value.text, false};
        } else if (isWord(value, "null")) {
            argument.value = SqlLiteral::null();
        } else if (isWord(value, "default")) {
            argument.value = {SqlLiteral::Kind::Default, {}, false};
        } else {
            return failure(QStringLiteral("a literal value is expected"), value.offset);
        }
        ++i;
        call.arguments.append(argument);
    }
    if (isPunct(tokens[i], ';'))
        ++i;
    if (tokens[i].type != Token::Type::End)
        return failure(QStringLiteral("more than one statement"), tokens[i].offset);

    ExecParseResult result;
    result.call = call;
    return result;
}

BoundArguments bindArguments(const ExecCall& call, const QStringList& parameters)
{
    BoundArguments bound;
    bound.values.resize(parameters.size());
    int position = 0;
    for (const ExecArgument& argument : call.arguments) {
        int index = position;
        if (argument.name.isEmpty()) {
            if (position >= parameters.size()) {
                bound.error = QStringLiteral("%1 takes at most %2 arguments")
                                  .arg(call.procedure(), QString::number(parameters.size()));
                return bound;
            }
            ++position;
        } else {
            index = -1;
            for (int p = 0; p < parameters.size(); ++p) {
                if (parameters.at(p).compare(argument.name, Qt::CaseInsensitive) == 0)
                    index = p;
            }
            if (index < 0) {
                bound.error =
                    QStringLiteral("%1 has no parameter @%2").arg(call.procedure(), argument.name);
                return bound;
            }
            if (bound.values.at(index).has_value()) {
                bound.error = QStringLiteral("@%1 is given twice").arg(parameters.at(index));
                return bound;
            }
        }
        if (argument.value.kind != SqlLiteral::Kind::Default)
            bound.values[index] = argument.value;
    }
    return bound;
}

} // namespace bts
