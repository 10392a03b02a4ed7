#pragma once

#include "diagnostics/Diagnostics.h"

#include <QDialog>

class QPlainTextEdit;

namespace bts {

// Help > Diagnostics: versions, Qt SQL drivers and plugin paths, ODBC drivers and DSNs, log
// folders, read-only, with a button that copies it all for a bug report.
class DiagnosticsDialog : public QDialog {
    Q_OBJECT

public:
    explicit DiagnosticsDialog(const DiagnosticsPaths& paths, QWidget* parent = nullptr);

    QString text() const;

private:
    QPlainTextEdit* m_text;
};

} // namespace bts
