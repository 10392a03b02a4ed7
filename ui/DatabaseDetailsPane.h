#pragma once

#include "group/DatabaseStatus.h"
#include "group/GroupSnapshot.h"

#include <QTextBrowser>

namespace bts {

// Everything known about the selected database, in words.
class DatabaseDetailsPane : public QTextBrowser {
    Q_OBJECT

public:
    explicit DatabaseDetailsPane(QWidget* parent = nullptr);

    void showDatabase(const GroupDatabase* db, const StatusVerdict* verdict,
                      const GroupSnapshot& snapshot);

private:
    void showHtml(const QString& html);

    QString m_html; // what showHtml() last set
};

} // namespace bts
