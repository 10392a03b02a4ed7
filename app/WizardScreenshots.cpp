#include "WizardScreenshots.h"

#include "core/DatabasePool.h"
#include "destination/DestinationWizard.h"
#include "lab/Lab.h"
#include "restore/RestoreWizard.h"
#include "source/SourceContext.h"
#include "source/SourceWizard.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QCoreApplication>
#include <QEventLoop>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTimer>
#include <QWizardPage>

#include <cstdio>
#include <functional>
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
    const QString file = folder.filePath(
        QStringLiteral("%1-%2-%3.png")
            .arg(prefix, QString::number(page), wizard.currentPage()->objectName()));
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

namespace {

// Waits, within reason, for something a page does on a database thread.
bool settleUntil(const std::function<bool()>& done)
{
    for (int i = 0; i < 100 && !done(); ++i)
        settle();
    return done();
}

QString saveGrab(QWizard& wizard, const QDir& folder, int page)
{
    settle();
    const QString file = folder.filePath(QStringLiteral("restore-wizard-%1-%2.png")
                                             .arg(page)
                                             .arg(wizard.currentPage()->objectName()));
    if (!wizard.grab().save(file))
        return QStringLiteral("%1 cannot be written").arg(QDir::toNativeSeparators(file));
    std::printf("%s\n", QDir::toNativeSeparators(file).toLocal8Bit().constData());
    std::fflush(stdout);
    return QString();
}

template <typename T>
T* child(QWizard& wizard, const char* name)
{
    return wizard.currentPage()->findChild<T*>(QString::fromLatin1(name));
}

void tickChecklist(QWizard& wizard)
{
    if (auto* list = child<QListWidget>(wizard, "checklist")) {
        for (int i = 0; i < list->count(); ++i)
            list->item(i)->setCheckState(Qt::Checked);
    }
}

// Applies the page's change, if it has one, and waits for the page to be complete.
bool applyAndWait(QWizard& wizard)
{
    if (auto* apply = child<QPushButton>(wizard, "applyButton"); apply && apply->isEnabled())
        apply->click();
    tickChecklist(wizard);
    return settleUntil([&] { return wizard.currentPage()->isComplete(); });
}

} // namespace

QString renderRestoreWizardPages(const std::shared_ptr<Lab>& lab, const QDir& folder)
{
    RestoreWizard wizard(lab->backend());
    wizard.resize(900, 700);
    wizard.show();
    // Done once its outcome reads "Restoring now ...", in the language shown.
    auto* outcome = child<QLabel>(wizard, "restoreOutcomeLabel");
    const QString restoringNow =
        QCoreApplication::translate("bts::RestorePreflight",
                                    "Restoring now brings every database to %1; %2")
            .section(QStringLiteral("%1"), 0, 0)
            .trimmed();
    if (!settleUntil([&] { return outcome && outcome->text().contains(restoringNow); }))
        return QStringLiteral("the restore pre-flight did not finish");
    int page = 1;
    if (const QString problem = saveGrab(wizard, folder, page++); !problem.isEmpty())
        return problem;
    child<QCheckBox>(wizard, "acceptWarningsCheckBox")->setChecked(true);
    wizard.next();
    child<QLineEdit>(wizard, "confirmFailoverLineEdit")
        ->setText(lab->backend()->managementServer());
    if (const QString problem = saveGrab(wizard, folder, page++); !problem.isEmpty())
        return problem;
    wizard.next();
    // Stop the source, stop log shipping: shown before they run.
    for (int step = 0; step < 2; ++step) {
        if (const QString problem = saveGrab(wizard, folder, page++); !problem.isEmpty())
            return problem;
        if (!applyAndWait(wizard))
            return QStringLiteral("%1 did not complete").arg(wizard.currentPage()->objectName());
        wizard.next();
    }
    // Restore To Mark: shown once every database is ONLINE.
    if (!applyAndWait(wizard))
        return QStringLiteral("Restore To Mark did not complete");
    if (const QString problem = saveGrab(wizard, folder, page++); !problem.isEmpty())
        return problem;
    wizard.next();
    child<QLineEdit>(wizard, "updateInfoPathLineEdit")
        ->setText(folder.filePath(QStringLiteral("SampleUpdateInfo.xml")));
    child<QPushButton>(wizard, "saveUpdateInfoButton")->click();
    if (const QString problem = saveGrab(wizard, folder, page++); !problem.isEmpty())
        return problem;
    wizard.next();
    // The management database updates: shown once the new management database is read.
    auto* apply = child<QPushButton>(wizard, "applyButton");
    if (!settleUntil([&] { return apply && apply->isEnabled(); }))
        return QStringLiteral("the management database updates were not planned");
    if (const QString problem = saveGrab(wizard, folder, page++); !problem.isEmpty())
        return problem;
    if (!applyAndWait(wizard))
        return QStringLiteral("the management database updates did not complete");
    wizard.next();
    if (const QString problem = saveGrab(wizard, folder, page++); !problem.isEmpty())
        return problem;
    tickChecklist(wizard);
    wizard.next();
    child<QLineEdit>(wizard, "reportPathLineEdit")
        ->setText(folder.filePath(QStringLiteral("failover-report.html")));
    child<QPushButton>(wizard, "writeReportButton")->click();
    return saveGrab(wizard, folder, page);
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
