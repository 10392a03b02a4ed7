#include "HelpMenu.h"

#include "AuditLogDialog.h"
#include "DiagnosticsDialog.h"

#include <QAction>
#include <QCoreApplication>
#include <QKeySequence>
#include <QMainWindow>
#include <QMenuBar>

namespace bts {
namespace {

// The file's messages, under one context for lupdate and the translator alike.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(bts::HelpMenu)
};

} // namespace

QMenu* addHelpMenu(QMainWindow* window, std::function<DiagnosticsPaths()> paths)
{
    auto* menu = window->menuBar()->addMenu(Text::tr("&Help"));
    menu->setObjectName(QStringLiteral("helpMenu"));
    auto* diagnostics = menu->addAction(Text::tr("&Diagnostics..."));
    diagnostics->setObjectName(QStringLiteral("diagnosticsAction"));
    diagnostics->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    auto* audit = menu->addAction(Text::tr("&Audit log..."));
    audit->setObjectName(QStringLiteral("auditLogAction"));
    audit->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));

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
