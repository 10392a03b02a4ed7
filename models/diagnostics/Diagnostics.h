#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

namespace bts {

// What a user pastes into a bug report, and what answers "driver not loaded": versions, the
// Qt SQL drivers and where Qt looks for them, the ODBC driver manager's drivers and DSNs, and
// where the console writes its logs. Holds no password and no connection string.
struct DiagnosticRow {
    QString key;        // "Qt SQL drivers"
    QStringList values; // one entry per driver, path...; empty means none
};

// Paths only the application knows (models/ does not include app/): passed in by the caller.
struct DiagnosticsPaths {
    QString logFolder;
    QString auditLog;
    QString labFolder;
};

// Collects the rows; asks the ODBC driver manager, which only reads its configuration.
QVector<DiagnosticRow> collectDiagnostics(const DiagnosticsPaths& paths);

// "Key: value" lines; a key with several values gets one indented line per value.
QString diagnosticsText(const QVector<DiagnosticRow>& rows);

} // namespace bts
