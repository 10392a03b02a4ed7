#include "WizardScreenshots.h"

#include "core/DatabasePool.h"
#include "destination/DestinationWizard.h"
#include "lab/Lab.h"
#include "restore/RestoreWizard.h"
#include "source/SourceContext.h"
#include "source/SourceWizard.h"

#include <QAbstractButton>
#include <QCoreApplication>
#include <QEventLoop>
#include <QLineEdit>
#include <QTimer>
#include <QWizardPage>

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

template <typename T, typename Work>
T waitFor(Work work)
{
    QEventLoop loop;
    std::optional<T> result;
    runAsync(&loop, std::move(work), [&](const T& value) {
        result = value;
        loop.quit();
    });
    loop.exec();
    return *result;
}

QString grabPage(QWizard& wizard, const QDir& folder, const QString& prefix, int page)
{
    // Pages that check servers finish on their own time: wait for them, within reason.
    for (int i = 0; i < 100 && !wizard.currentPage()->isComplete(); ++i)
        settle();
    settle();
    const QString file = folder.filePath(QStringLiteral("%1-%2-%3.png")
                                             .arg(prefix)
                                             .arg(page)
                                             .arg(wizard.currentPage()->objectName()));
    if (!wizard.grab().save(file))
        return QStringLiteral("%1 cannot be written").arg(QDir::toNativeSeparators(file));
    std::printf("%s\n", QDir::toNativeSeparators(file).toLocal8Bit().constData());
    std::fflush(stdout);
    return QString();
}

} // namespace

QString renderDestinationWizardPages(const std::shared_ptr<Lab>& lab, const QDir& folder)
{
    const Result<GroupSnapshot> snapshot =
        waitFor<Result<GroupSnapshot>>([lab] { return lab->backend()->readSnapshot(); });
    if (!snapshot)
        return snapshot.error().sentence();
    DestinationWizard wizard(lab->backend(), snapshot.value(), lab->schemaFolder());
    wizard.show();
    for (int page = 1; page <= 5; ++page) {
        if (const QString problem =
                grabPage(wizard, folder, QStringLiteral("destination-wizard"), page);
            !problem.isEmpty())
            return problem;
        if (page < 5)
            wizard.next();
    }
    return QString();
}

QString renderRestoreWizardPreflight(const std::shared_ptr<Lab>& lab, const QDir& folder)
{
    RestoreWizard wizard(lab->backend());
    wizard.show();
    return grabPage(wizard, folder, QStringLiteral("restore-wizard"), 1);
}

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
