#include "GroupBanner.h"

#include "StatusIcons.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>

namespace bts {

GroupBanner::GroupBanner(QWidget* parent)
    : QFrame(parent)
    , m_layout(new QVBoxLayout(this))
{
    setObjectName(QStringLiteral("groupBanner"));
    setFrameShape(QFrame::StyledPanel);
    m_layout->setContentsMargins(6, 4, 6, 4);
    m_layout->setSpacing(2);
    setAccessibleName(tr("Group status"));
}

void GroupBanner::clear()
{
    m_shownVerdicts.reset();
    while (QLayoutItem* item = m_layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_lines.clear();
}

void GroupBanner::addLine(StatusLevel level, const QString& text, const QString& toolTip)
{
    auto* row = new QWidget(this);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* icon = new QLabel(row);
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    icon->setPixmap(statusIcon(level).pixmap(size, size));
    icon->setAccessibleName(statusLevelName(level));
    // A job failure carries msdb's whole message, pages long: its start and end here, all of it
    // in the tooltip and the accessible description, so that the tabs below keep their room.
    constexpr int Head = 240;
    constexpr int Tail = 80;
    const QString shown = text.size() > Head + Tail + 20
                              ? text.left(Head) + QStringLiteral(" … ") + text.right(Tail)
                              : text;
    auto* label = new QLabel(
        QStringLiteral("<b>%1:</b> %2").arg(statusLevelName(level), shown.toHtmlEscaped()), row);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setToolTip(toolTip.isEmpty() ? text : text + QStringLiteral("\n\n") + toolTip);
    label->setAccessibleDescription(QStringLiteral("%1: %2").arg(statusLevelName(level), text));
    layout->addWidget(icon, 0, Qt::AlignTop);
    layout->addWidget(label, 1);
    m_layout->addWidget(row);
    m_lines.append(text);
}

void GroupBanner::setVerdicts(const QVector<StatusVerdict>& verdicts)
{
    // Each refresh brings the verdicts again, mostly the same: the lines are rebuilt (new
    // widgets, word-wrapped layout) only when they changed.
    QVector<QPair<StatusLevel, QString>> shown;
    for (const StatusVerdict& v : verdicts)
        shown.append({v.level, v.reason});
    if (m_shownVerdicts && *m_shownVerdicts == shown)
        return;
    clear();
    m_shownVerdicts = shown;
    for (const StatusVerdict& v : verdicts)
        addLine(v.level, v.reason);
    if (verdicts.isEmpty())
        addLine(StatusLevel::Ok,
                tr("The Backup BizTalk Server job is enabled and its sets complete."));
}

void GroupBanner::setError(const QString& sentence, const QString& details)
{
    clear();
    addLine(StatusLevel::Critical, sentence, details);
}

} // namespace bts
