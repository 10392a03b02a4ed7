#pragma once

#include "group/DatabaseStatus.h"

#include <QFrame>
#include <QPair>

#include <optional>

class QVBoxLayout;

namespace bts {

// What is wrong with the group as a whole, one line per finding with its icon and words.
class GroupBanner : public QFrame {
    Q_OBJECT

public:
    explicit GroupBanner(QWidget* parent = nullptr);

    void setVerdicts(const QVector<StatusVerdict>& verdicts);
    void setError(const QString& sentence, const QString& details);
    QStringList lines() const { return m_lines; }

private:
    void clear();
    void addLine(StatusLevel level, const QString& text, const QString& toolTip = QString());

    QVBoxLayout* m_layout;
    QStringList m_lines;
    // What setVerdicts() shows, to leave the lines alone when a refresh brings the same ones.
    std::optional<QVector<QPair<StatusLevel, QString>>> m_shownVerdicts;
};

} // namespace bts
