#pragma once

#include <QDateTime>
#include <QString>
#include <QVector>

namespace bts {

// One line of audit.log as core/AuditLog.cpp writes it:
//   2026-11-23T21:55:00.123+01:00 user=U server=S database=D outcome=O sql=T
// The writer does not quote values; it only turns the statement's newlines into spaces. A value
// ends where the next key begins (" server=", " database=", " outcome=", " sql="), and the
// statement runs to the end of the entry.
struct AuditEntry {
    QDateTime when; // invalid when the time stamp could not be read
    QString whenText;
    QString user;
    QString server;
    QString database;
    QString outcome;
    QString sql;
    bool succeeded = false;
    // Not in the expected shape: the whole text is in `sql`, so that nothing an auditor should
    // see is hidden.
    bool malformed = false;
};

struct AuditLogContents {
    QVector<AuditEntry> entries;
    int malformedEntries = 0;
    QString error; // in words, when the file could not be read
};

// Parses audit.log text. A line that does not start a new entry (a time stamp then " user=")
// continues the previous one: an error sentence with a newline in it splits an entry over lines.
AuditLogContents parseAuditLog(const QString& text);

// Reads and parses the file. Blocks on the disk: call on a worker (runAsync). A missing file is
// not an error: nothing has been changed yet.
AuditLogContents readAuditLog(const QString& path);

} // namespace bts
