#include "BatchSplitter.h"

#include <QDir>
#include <QFile>
#include <QStringDecoder>

namespace bts {
namespace {

const QChar kBom(0xFEFF);

struct Line {
    int start = 0; // offset of the first character
    int end = 0;   // offset just past the content, before the line end
};

// CRLF, a lone CR and a lone LF each end a line, so that line numbers match what an editor
// shows for scripts saved on any platform. A final line end does not start another line.
QVector<Line> splitLines(const QString& text)
{
    QVector<Line> lines;
    int i = 0;
    while (i < text.size()) {
        Line line;
        line.start = i;
        while (i < text.size() && text.at(i) != QLatin1Char('\r') &&
               text.at(i) != QLatin1Char('\n'))
            ++i;
        line.end = i;
        lines.append(line);
        if (i < text.size() && text.at(i) == QLatin1Char('\r')) {
            ++i;
            if (i < text.size() && text.at(i) == QLatin1Char('\n'))
                ++i;
        } else if (i < text.size()) {
            ++i; // LF
        }
    }
    return lines;
}

// Where the scanner is at the end of a line. A GO line only counts when a line starts in code:
// the same word inside a string, a quoted name or a block comment is text.
struct ScanState {
    enum class Inside { Code, String, BracketName, QuotedName, BlockComment };
    Inside inside = Inside::Code;
    int depth = 0;     // of nested /* */ comments
    int startLine = 0; // where the open string, name or comment began, for the error
};

QString describe(ScanState::Inside inside)
{
    switch (inside) {
    case ScanState::Inside::String:
        return QStringLiteral("a quoted string ('...')");
    case ScanState::Inside::BracketName:
        return QStringLiteral("a [bracketed] name");
    case ScanState::Inside::QuotedName:
        return QStringLiteral("a \"quoted\" name");
    case ScanState::Inside::BlockComment:
        return QStringLiteral("a /* comment */");
    case ScanState::Inside::Code:
        break;
    }
    return QString();
}

// Follows strings ('' escapes; N'..' is just N before a string), [names] (]] escapes), "names"
// ("" escapes), -- comments and nested /* */ comments across one line. A doubled quote never
// spans a line end, so scanning line by line sees escapes correctly.
void scanLine(const QString& text, const Line& line, int lineNumber, ScanState& state)
{
    using Inside = ScanState::Inside;
    auto at = [&](int i) {
        return i < line.end ? text.at(i) : QChar();
    };
    int i = line.start;
    while (i < line.end) {
        const QChar c = text.at(i);
        switch (state.inside) {
        case Inside::Code:
            if (c == QLatin1Char('-') && at(i + 1) == QLatin1Char('-'))
                return; // the rest of the line is a comment
            if (c == QLatin1Char('/') && at(i + 1) == QLatin1Char('*')) {
                state.inside = Inside::BlockComment;
                state.depth = 1;
                state.startLine = lineNumber;
                i += 2;
                continue;
            }
            if (c == QLatin1Char('\'') || c == QLatin1Char('[') || c == QLatin1Char('"')) {
                state.inside = c == QLatin1Char('\'')  ? Inside::String
                               : c == QLatin1Char('[') ? Inside::BracketName
                                                       : Inside::QuotedName;
                state.startLine = lineNumber;
            }
            ++i;
            break;
        case Inside::BlockComment:
            if (c == QLatin1Char('/') && at(i + 1) == QLatin1Char('*')) {
                ++state.depth;
                i += 2;
            } else if (c == QLatin1Char('*') && at(i + 1) == QLatin1Char('/')) {
                if (--state.depth == 0)
                    state.inside = Inside::Code;
                i += 2;
            } else {
                ++i;
            }
            break;
        case Inside::String:
        case Inside::BracketName:
        case Inside::QuotedName: {
            const QChar close = state.inside == Inside::String        ? QLatin1Char('\'')
                                : state.inside == Inside::BracketName ? QLatin1Char(']')
                                                                      : QLatin1Char('"');
            if (c == close && at(i + 1) == close) {
                i += 2;
            } else {
                if (c == close)
                    state.inside = Inside::Code;
                ++i;
            }
            break;
        }
        }
    }
}

struct GoLine {
    bool isGo = false;
    int repeat = 1;
    QString error; // a GO line with a count that is not a positive whole number
};

// `GO`, `  go 3  -- why`: GO must stand alone as a word, so GOTO, `GO;` and `SELECT 1 GO` are
// ordinary text. Whatever follows GO and a space, other than a comment, must be the count.
GoLine parseGoLine(QStringView line)
{
    GoLine result;
    int i = 0;
    auto at = [&](int k) {
        return k < line.size() ? line.at(k) : QChar();
    };
    auto isComment = [&](int k) {
        return at(k) == QLatin1Char('-') && at(k + 1) == QLatin1Char('-');
    };
    auto skipSpace = [&] {
        while (i < line.size() && line.at(i).isSpace())
            ++i;
    };
    skipSpace();
    if (at(i).toLower() != QLatin1Char('g') || at(i + 1).toLower() != QLatin1Char('o'))
        return result;
    i += 2;
    if (i < line.size() && !line.at(i).isSpace() && !isComment(i))
        return result;
    result.isGo = true;
    skipSpace();
    if (i >= line.size() || isComment(i))
        return result;

    const int countStart = i;
    while (i < line.size() && !line.at(i).isSpace() && !isComment(i))
        ++i;
    const QStringView count = line.mid(countStart, i - countStart);
    skipSpace();
    bool allDigits = true;
    for (const QChar c : count)
        allDigits = allDigits && c >= QLatin1Char('0') && c <= QLatin1Char('9');
    bool converted = false;
    const int repeat = allDigits ? count.toInt(&converted) : 0;
    if (!converted || repeat <= 0) {
        result.error =
            QStringLiteral("GO must be followed by nothing or a positive repeat count, not \"%1\"")
                .arg(count.toString());
    } else if (i < line.size() && !isComment(i)) {
        result.error = QStringLiteral("unexpected text after GO %1: \"%2\"")
                           .arg(count.toString(), line.mid(i).toString());
    }
    result.repeat = repeat;
    return result;
}

bool isBlank(const QString& text, const Line& line)
{
    return QStringView(text).mid(line.start, line.end - line.start).trimmed().isEmpty();
}

SplitResult failure(int line, const QString& message)
{
    SplitResult result;
    result.errorLine = line;
    result.error = QStringLiteral("Line %1: %2").arg(QString::number(line), message);
    return result;
}

} // namespace

SplitResult splitBatches(const QString& script)
{
    // Dropping the BOM does not move line numbers: it sits on line 1 either way.
    const QString text = script.startsWith(kBom) ? script.mid(1) : script;
    const QVector<Line> lines = splitLines(text);

    SplitResult result;
    // Lines [from, to) without the blank ones at either edge; a batch that is all blank is
    // skipped, as sqlcmd sends nothing for it.
    auto addBatch = [&](int from, int to, int repeat) {
        while (from < to && isBlank(text, lines.at(from)))
            ++from;
        while (to > from && isBlank(text, lines.at(to - 1)))
            --to;
        if (from == to)
            return;
        SqlBatch batch;
        batch.text = text.mid(lines.at(from).start, lines.at(to - 1).end - lines.at(from).start);
        batch.repeat = repeat;
        batch.firstLine = from + 1;
        result.batches.append(batch);
    };

    ScanState state;
    int batchStart = 0;
    for (int index = 0; index < lines.size(); ++index) {
        const Line& line = lines.at(index);
        const int lineNumber = index + 1;
        if (state.inside == ScanState::Inside::Code) {
            const GoLine go = parseGoLine(QStringView(text).mid(line.start, line.end - line.start));
            if (!go.error.isEmpty())
                return failure(lineNumber, go.error);
            if (go.isGo) {
                addBatch(batchStart, index, go.repeat);
                batchStart = index + 1;
                continue;
            }
        }
        scanLine(text, line, lineNumber, state);
    }
    if (state.inside != ScanState::Inside::Code) {
        return failure(state.startLine, QStringLiteral("%1 that starts here is not closed before "
                                                       "the end of the script")
                                            .arg(describe(state.inside)));
    }
    addBatch(batchStart, lines.size(), 1);
    return result;
}

QString readScriptFile(const QString& path, QString* error)
{
    auto fail = [&](const QString& message) {
        if (error)
            *error = message;
        return QString();
    };
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("cannot open %1: %2")
                        .arg(QDir::toNativeSeparators(path), file.errorString()));
    const QByteArray bytes = file.readAll();

    QString text;
    auto decodeUtf16 = [&](QStringDecoder::Encoding encoding, int skip) {
        QStringDecoder decoder(encoding);
        text = decoder(bytes.mid(skip));
        return !decoder.hasError() && bytes.size() % 2 == 0;
    };
    const bool utf16le = bytes.startsWith("\xFF\xFE");
    const bool utf16be = bytes.startsWith("\xFE\xFF");
    // Some tools write UTF-16LE without a BOM; a script's first character is ASCII, so a zero
    // second byte gives it away where UTF-8 would happily decode the zeros as characters.
    const bool bomlessUtf16le =
        !utf16le && !utf16be && bytes.size() >= 2 && bytes.at(0) != '\0' && bytes.at(1) == '\0';
    if (utf16le || utf16be || bomlessUtf16le) {
        const char* name = utf16be ? "UTF-16BE" : "UTF-16LE";
        if (!decodeUtf16(utf16be ? QStringDecoder::Utf16BE : QStringDecoder::Utf16LE,
                         bomlessUtf16le ? 0 : 2))
            return fail(QStringLiteral("%1 starts like %2 but is not valid %2")
                            .arg(QDir::toNativeSeparators(path), QLatin1String(name)));
    } else {
        const QByteArray body = bytes.startsWith("\xEF\xBB\xBF") ? bytes.mid(3) : bytes;
        QStringDecoder decoder(QStringDecoder::Utf8);
        text = decoder(body);
        // Scripts saved by old editors in the Windows ANSI code page are not UTF-8; Latin-1
        // keeps their ASCII (all that T-SQL keywords and object names need) intact.
        if (decoder.hasError())
            text = QString::fromLatin1(body);
    }
    if (text.startsWith(kBom))
        text.remove(0, 1);
    if (text.trimmed().isEmpty())
        return fail(QStringLiteral("%1 is empty").arg(QDir::toNativeSeparators(path)));
    if (error)
        error->clear();
    return text;
}

} // namespace bts
