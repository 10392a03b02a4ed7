#pragma once

#include "HostileValues.h"

#include "tsql/ExecCall.h"

#include <QLineEdit>
#include <QRegularExpression>
#include <QTest>

// How the GUI hostile-input tests enter a value and read what a page made of it.

// Whether a keyboard can produce every character of `value`: QLineEdit drops key events whose
// text is not printable (control and format characters, lone surrogate halves), so those values
// only ever arrive by pasting.
inline bool typeable(const QString& value)
{
    for (const QChar c : value) {
        if (!c.isPrint() || c.isSurrogate())
            return false;
    }
    return true;
}

// Replaces the field's text the way an operator would: typed key by key, or pasted when no
// keyboard types it (a Tab or Return typed would move the focus or press the default button).
inline void enter(QLineEdit* edit, const QString& value)
{
    edit->setFocus();
    edit->selectAll();
    edit->del();
    if (!typeable(value)) {
        edit->insert(value);
        return;
    }
    // QTest::keyClicks knows ASCII keys only: other characters arrive as the text of a key
    // event, the way a keyboard layout or an input method delivers them.
    for (const QChar c : value) {
        if (c.unicode() < 0x80)
            QTest::keyClick(edit, c.toLatin1());
        else
            QTest::sendKeyEvent(QTest::Click, edit, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}

// Whether an error shown to the operator is made of words, not empty or just punctuation.
inline bool inWords(const QString& text)
{
    static const QRegularExpression words(QStringLiteral("[A-Za-z]{3,}.*[A-Za-z]{3,}"));
    return words.match(text).hasMatch();
}

// Whether `sql` (one EXEC) has a string argument that reads back as `value`, directly or in an
// EXEC nested in a string argument (a job step command set by sp_update_jobstep).
inline bool execCarries(const QString& sql, const QString& value, int depth = 0)
{
    const bts::ExecParseResult parsed = bts::parseExecCall(sql);
    if (!parsed.call)
        return false;
    for (const bts::ExecArgument& a : parsed.call->arguments) {
        if (a.value.kind != bts::SqlLiteral::Kind::String)
            continue;
        if (a.value.text == value || (depth == 0 && execCarries(a.value.text, value, 1)))
            return true;
    }
    return false;
}

// The statements of a preview (scriptFor's "GO"-separated parts), without their comment lines.
// The split is only sound because the values reaching a statement never hold a line break,
// which the tests assert separately.
inline QStringList previewStatements(const QString& script)
{
    QStringList statements;
    for (const QString& part : script.split(QStringLiteral("\nGO\n"), Qt::SkipEmptyParts)) {
        QStringList lines = part.split(QLatin1Char('\n'));
        while (!lines.isEmpty() &&
               (lines.first().startsWith(QStringLiteral("--")) || lines.first().isEmpty()))
            lines.removeFirst();
        if (!lines.isEmpty())
            statements.append(lines.join(QLatin1Char('\n')));
    }
    return statements;
}

// Whether the preview carries `value` exactly: as an EXEC argument that reads back as it, or
// as the N'...' literal of a statement's parameter. Every EXEC of the preview must parse, so a
// value that broke out of its quotes fails here even where it is also found.
inline bool previewCarries(const QString& script, const QString& value, QString* problem)
{
    bool found = false;
    for (const QString& statement : previewStatements(script)) {
        if (statement.startsWith(QStringLiteral("EXEC"), Qt::CaseInsensitive)) {
            const bts::ExecParseResult parsed = bts::parseExecCall(statement);
            if (!parsed.call) {
                *problem = QStringLiteral("does not parse: ") + parsed.error + QLatin1Char('\n') +
                           statement;
                return false;
            }
            found = found || execCarries(statement, value);
        } else {
            QString literal = value;
            literal.replace(QLatin1Char('\''), QStringLiteral("''"));
            found = found || statement.contains(QStringLiteral("N'") + literal + QLatin1Char('\''));
        }
    }
    if (!found)
        *problem = QStringLiteral("value not found in:\n") + script;
    return found;
}
