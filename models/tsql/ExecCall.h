#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace bts {

// A literal argument of an EXEC statement, as written.
struct SqlLiteral {
    enum class Kind { String, Number, Null, Default };

    Kind kind = Kind::Null;
    QString text; // the string's content (quotes removed, '' undone) or the number as written
    bool unicode = false; // N'...'

    static SqlLiteral string(const QString& value) { return {Kind::String, value, true}; }
    static SqlLiteral number(qint64 value) { return {Kind::Number, QString::number(value), false}; }
    static SqlLiteral null() { return {Kind::Null, {}, false}; }

    bool isNull() const { return kind == Kind::Null; }
    // The value as an integer; strings such as '1' count too, as SQL Server converts them.
    std::optional<qint64> toInteger() const;
    // The T-SQL spelling: N'it''s', 42, NULL, DEFAULT.
    QString toSql() const;

    bool operator==(const SqlLiteral& other) const
    {
        return kind == other.kind && text == other.text && unicode == other.unicode;
    }
};

struct ExecArgument {
    QString name; // without the '@'; empty for a positional argument
    SqlLiteral value;

    bool operator==(const ExecArgument& other) const
    {
        return name == other.name && value == other.value;
    }
};

// `exec [dbo].[sp_X] 'a' /* why */, @b = 1` as data. Job-step commands of the Backup BizTalk
// Server job are single EXEC statements of this shape; anything else is not understood and
// must be shown as it is, never rewritten.
struct ExecCall {
    QStringList nameParts; // unquoted: {"dbo", "sp_MarkAll"}
    QVector<ExecArgument> arguments;
    QStringList comments; // comment texts in order, for display

    QString procedure() const { return nameParts.isEmpty() ? QString() : nameParts.last(); }
    // `exec [dbo].[sp_X] N'a', @b = 1` with identifiers quoted like QUOTENAME.
    QString toSql() const;
};

struct ExecParseResult {
    std::optional<ExecCall> call;
    QString error; // what was not understood, and where
    int errorOffset = -1;
};

ExecParseResult parseExecCall(const QString& command);

// Arguments matched to a procedure's parameters by position or by name.
struct BoundArguments {
    QVector<std::optional<SqlLiteral>> values; // one per parameter, in signature order
    QString error;                             // unknown name, too many arguments, duplicates

    bool ok() const { return error.isEmpty(); }
    std::optional<SqlLiteral> value(int index) const
    {
        return index < values.size() ? values.at(index) : std::nullopt;
    }
};

// `parameters` are the names in signature order, without '@'; names match case-insensitively.
BoundArguments bindArguments(const ExecCall& call, const QStringList& parameters);

} // namespace bts
