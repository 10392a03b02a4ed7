#include "StatusIcons.h"

namespace bts {

QIcon statusIcon(StatusLevel level)
{
    switch (level) {
    case StatusLevel::Ok:
        return QIcon(QStringLiteral(":/icons/status-ok.svg"));
    case StatusLevel::Info:
        return QIcon(QStringLiteral(":/icons/status-info.svg"));
    case StatusLevel::Warning:
        return QIcon(QStringLiteral(":/icons/status-warning.svg"));
    case StatusLevel::Critical:
        return QIcon(QStringLiteral(":/icons/status-critical.svg"));
    }
    return QIcon();
}

} // namespace bts
