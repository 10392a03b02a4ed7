#pragma once

#include "group/DatabaseStatus.h"

#include <QLabel>

namespace bts {

// The page's headline: "<b>Critical:</b> what is wrong". A finding can carry a whole msdb
// message, so the text is shortened in the middle to a few lines (the end says how many more
// problems there are); the tooltip and the accessible description keep all of it.
class HeadlineLabel : public QLabel {
    Q_OBJECT

public:
    explicit HeadlineLabel(int maxLines, QWidget* parent = nullptr);

    void setHeadline(StatusLevel level, const QString& text);
    QString fullText() const; // "Critical: ..." in plain text, never shortened

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void render();

    int m_maxLines;
    StatusLevel m_level = StatusLevel::Info;
    QString m_text;
};

} // namespace bts
