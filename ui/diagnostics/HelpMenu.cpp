#include "HelpMenu.h"

#include "AuditLogDialog.h"
#include "DiagnosticsDialog.h"

#include <QAction>
#include <QCoreApplication>
#include <QMainWindow>
#include <QMenuBar>

namespace bts {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("bts::HelpMenu", text);
}

} // namespace

QMenu* addHelpMenu(QMainWindow* window, std::function<DiagnosticsPaths()> paths)
{
    auto* menu = window->menuBar()->addMenu(tr("&Help"));
    menu->setObjectName(QStringLiteral("helpMenu"));
    auto* diagnostics = menu->addAction(tr("&Diagnostics..."));
    diagnostics->setObjectName(QStringLiteral("diagnosticsAction"));
    auto* audit = menu->addAction(tr("&Audit log..."));
    audit->setObjectName(QStringLiteral("auditLogAction"));

    // Window-modal but not blocking (open(), not exec()): the monitors keep refreshing behind.
    QObject::connect(diagnostics, &QAction::triggered, window, [window, paths] {
        auto* dialog = new DiagnosticsDialog(paths(), window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    QObject::connect(audit, &QAction::triggered, window, [window, paths] {
        auto* dialog = new AuditLogDialog(paths().auditLog, window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    return menu;
}

} // namespace bts
