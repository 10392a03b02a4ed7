#include "WizardScreenshots.h"

#include "core/DatabasePool.h"
#include "lab/Lab.h"
#include "source/SourceContext.h"
#include "source/SourceWizard.h"

#include <QAbstractButton>
#include <QCoreApplication>
#include <QEventLoop>
#include <QLineEdit>
#include <QTimer>

#include <cstdio>
#include <optional>

namespace bts {
namespace {

// Lets layouts and repaints finish before a grab.
void settle()
{
    QEventLoop loop;
    QTimer::singleShot(150, &loop, &QEventLoop::quit);
    loop.exec();
    QCoreApplication::processEvents();
}

Result<SourceContext> readContext(const std::shared_ptr<Lab>& lab)
{
    QEventLoop loop;
    std::optional<Result<SourceContext>> result;
    runAsync(
        &loop, [lab] { return readSourceContext(*lab->backend()); },
        [&](const Result<SourceContext>& context) {
            result = context;
            loop.quit();
        });
    loop.exec();
    return *result;
}

} // namespace

QString renderSourceWizardPages(const std::shared_ptr<Lab>& lab, const QDir& folder)
{
    Result<SourceContext> context = readContext(lab);
    if (!context)
        return context.error().sentence();
    SourceWizard wizard(lab->backend(), context.value());
    wizard.show();
    settle();
    if (auto* path = wizard.findChild<QLineEdit*>(QStringLiteral("fullPathLineEdit")))
        path->setText(lab->backupFolder());
    for (int page = 1; page <= 5; ++page) {
        settle();
        const QString file = folder.filePath(QStringLiteral("source-wizard-%1-%2.png")
                                                 .arg(page)
                                                 .arg(wizard.currentPage()->objectName()));
        if (!wizard.grab().save(file))
            return QStringLiteral("%1 cannot be written").arg(QDir::toNativeSeparators(file));
        std::printf("%s\n", QDir::toNativeSeparators(file).toLocal8Bit().constData());
        if (page < 5)
            wizard.next();
    }
    std::fflush(stdout);
    return QString();
}

} // namespace bts
