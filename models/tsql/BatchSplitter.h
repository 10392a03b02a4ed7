#pragma once

#include <QString>
#include <QVector>

namespace bts {

// One batch of a script, sent to the server as one command `repeat` times.
struct SqlBatch {
    QString text;      // the original lines, line ends kept, without the GO line or blank edges
    int repeat = 1;    // `GO 3` runs the batch before it three times
    int firstLine = 1; // 1-based line of the batch's first line in the script, for messages
};

struct SplitResult {
    QVector<SqlBatch> batches; // empty when there is an error: a half-split script must not run
    QString error;             // in words, naming the line
    int errorLine = 0;         // 1-based

    bool ok() const { return error.isEmpty(); }
};

// Splits a T-SQL script on GO separator lines the way sqlcmd and SSMS do. A separator is a line
// holding only GO (any case), optionally a positive repeat count and a trailing -- comment. A GO
// inside a string, a [name], a "name" or a comment is text. Blank batches are skipped; a leading
// UTF-8 BOM is ignored; CRLF, CR and LF line ends all count.
SplitResult splitBatches(const QString& script);

// Reads a .sql file written as UTF-16LE or UTF-16BE with a BOM (BizTalk ships its scripts as
// UTF-16LE), or as UTF-8 with or without one. Returns the text without the BOM, or a null
// string and sets *error (if given) to "cannot open ..." or "... is empty".
QString readScriptFile(const QString& path, QString* error);

} // namespace bts
