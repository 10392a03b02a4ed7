#include "StatusIcons.h"

#include <array>

namespace bts {
namespace {

QIcon loadStatusIcon(StatusLevel level)
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

} // namespace

QIcon statusIcon(StatusLevel level)
{
    // Every status cell asks for its icon on each paint and size hint: a new QIcon would parse
    // its SVG again each time and render it anew, on the UI thread. One icon per level keeps
    // the parsed document and its rendered pixmaps. Built on the UI thread, as every caller is;
    // never destroyed, so that no icon outlives the application's pixmap cache at exit.
    static const auto* icons = new std::array<QIcon, 4>{
        loadStatusIcon(StatusLevel::Ok), loadStatusIcon(StatusLevel::Info),
        loadStatusIcon(StatusLevel::Warning), loadStatusIcon(StatusLevel::Critical)};
    switch (level) {
    case StatusLevel::Ok:
        return (*icons)[0];
    case StatusLevel::Info:
        return (*icons)[1];
    case StatusLevel::Warning:
        return (*icons)[2];
    case StatusLevel::Critical:
        return (*icons)[3];
    }
    return QIcon();
}

} // namespace bts
