#include "Screenshots.h"

#include "Logging.h"
#include "MainWindow.h"
#include "WizardScreenshots.h"
#include "core/DatabasePool.h"
#include "group/GroupMonitor.h"
#include "history/ChunkedHistoryModel.h"
#include "history/HistoryPage.h"
#include "lab/Lab.h"
#include "lab/LabLogShippingScenario.h"
#include "monitoring/ShippingMonitor.h"

#include <QAction>
#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QTabWidget>
#include <QTableView>
#include <QTimeZone>
#include <QTimer>

#include <spdlog/spdlog.h>

#include <cstdio>
#include <functional>
#include <memory>
#include <optional>
#include <tuple>

namespace bts {

namespace {

constexpr int kWindowWidth = 1400;
constexpr int kWindowHeight = 800;
constexpr int kSnapshotTimeoutMilliseconds = 20000;
// Lets queued updates, layouts and repaints that follow a snapshot finish before the grab.
constexpr int kSettleMilliseconds = 250;
constexpr qint64 kRunningSeconds = 6 * 3600;
constexpr qint64 kPartialSetSeconds = 30 * 60;

// A fixed start makes the clock, the backup names and so the pictures the same on every run.
QDateTime labStart()
{
    return QDateTime(QDate(2026, 11, 24), QTime(6, 0), QTimeZone::utc());
}

// Lab methods block on files and are meant for a database thread: run one there and wait for
// it with the event loop turning, so that the window keeps painting.
Status runOnDatabaseThread(std::function<Status()> work)
{
    QEventLoop loop;
    std::optional<Status> result;
    runAsync(&loop, std::move(work), [&](const Status& status) {
        result = status;
        loop.quit();
    });
    loop.exec();
    if (result)
        return *result;
    DbError error;
    error.summary = QStringLiteral("The lab's work did not finish");
    return error;
}

// Asks a monitor (GroupMonitor or ShippingMonitor) for a fresh read and waits for it. A monitor
// serves a request made during a read with one more read after it, so when busy the second
// result is the one that shows the lab as it is now. Returns what went wrong, or nothing.
template <typename Monitor, typename Ready>
QString refreshAndWait(Monitor& monitor, Ready ready, const QString& what)
{
    int resultsToWait = monitor.isBusy() ? 2 : 1;
    QString problem = QStringLiteral("the window showed no %1 within %2 seconds")
                          .arg(what)
                          .arg(kSnapshotTimeoutMilliseconds / 1000);
    QEventLoop loop;
    QObject::connect(&monitor, ready, &loop, [&] {
        if (--resultsToWait == 0) {
            problem.clear();
            loop.quit();
        }
    });
    QObject::connect(&monitor, &Monitor::refreshFailed, &loop, [&](const DbError& error) {
        problem = error.sentence();
        loop.quit();
    });
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    timeout.start(kSnapshotTimeoutMilliseconds);

    monitor.refresh();
    loop.exec();
    return problem;
}

QString refreshAndWait(GroupMonitor& monitor)
{
    return refreshAndWait(monitor, &GroupMonitor::snapshotReady, QStringLiteral("snapshot"));
}

QString refreshAndWait(ShippingMonitor& monitor)
{
    return refreshAndWait(monitor, &ShippingMonitor::statusReady,
                          QStringLiteral("log shipping status"));
}

void settle()
{
    QEventLoop loop;
    QTimer::singleShot(kSettleMilliseconds, &loop, &QEventLoop::quit);
    loop.exec();
    QCoreApplication::processEvents();
}

// Brings the window up to date with the lab and saves it as `fileName` in `folder`.
QString capture(MainWindow& window, const QDir& folder, const QString& fileName)
{
    GroupMonitor* monitor = window.monitor();
    if (monitor == nullptr)
        return QStringLiteral("the window has no group monitor");
    if (const QString problem = refreshAndWait(*monitor); !problem.isEmpty())
        return problem;
    settle();
    const QString path = folder.filePath(fileName);
    if (!window.grab().save(path))
        return QStringLiteral("%1 cannot be written").arg(QDir::toNativeSeparators(path));
    std::printf("%s\n", QDir::toNativeSeparators(path).toLocal8Bit().constData());
    std::fflush(stdout);
    spdlog::info("Screenshot written: {}", QDir::toNativeSeparators(path).toStdString());
    return QString();
}

// The Log shipping tab, brought up to date, saved as `fileName`; the grid's tab shown again after.
QString captureShipping(MainWindow& window, const QDir& folder, const QString& fileName)
{
    auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("mainTabs"));
    if (tabs == nullptr || window.shippingMonitor() == nullptr)
        return QStringLiteral("the window has no Log shipping tab");
    tabs->setCurrentIndex(2);
    QString problem = refreshAndWait(*window.shippingMonitor());
    if (problem.isEmpty())
        problem = capture(window, folder, fileName);
    tabs->setCurrentIndex(0);
    return problem;
}

// The tab at `index`, saved as `fileName` once `ready` holds (at most about a minute); the grid's
// tab shown again after.
template <typename Ready>
QString captureTab(MainWindow& window, int index, Ready ready, const QDir& folder,
                   const QString& fileName)
{
    auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("mainTabs"));
    if (tabs == nullptr || index >= tabs->count())
        return QStringLiteral("the window has no tab %1").arg(index);
    tabs->setCurrentIndex(index);
    for (int i = 0; i < 600 && !ready(); ++i)
        settle();
    QString problem = ready() ? capture(window, folder, fileName)
                              : QStringLiteral("%1 was not ready in time").arg(fileName);
    tabs->setCurrentIndex(0);
    return problem;
}

// Opens a dialog through its menu action, saves it as `fileName`, and closes it.
QString captureDialog(MainWindow& window, const char* action, const char* dialog,
                      const QDir& folder, const QString& fileName)
{
    auto* trigger = window.findChild<QAction*>(QString::fromLatin1(action));
    if (trigger == nullptr)
        return QStringLiteral("the window has no action %1").arg(QString::fromLatin1(action));
    trigger->trigger();
    QWidget* shown = nullptr;
    for (int i = 0; i < 50 && !shown; ++i) {
        settle();
        shown = window.findChild<QWidget*>(QString::fromLatin1(dialog));
    }
    if (shown == nullptr)
        return QStringLiteral("%1 did not open").arg(QString::fromLatin1(dialog));
    settle();
    const QString path = folder.filePath(fileName);
    const bool saved = shown->grab().save(path);
    shown->close();
    shown->deleteLater();
    settle();
    if (!saved)
        return QStringLiteral("%1 cannot be written").arg(QDir::toNativeSeparators(path));
    std::printf("%s\n", QDir::toNativeSeparators(path).toLocal8Bit().constData());
    std::fflush(stdout);
    return QString();
}

// The Overview and History tabs, and the dialog that makes the lab's history years long.
QString captureScaleScreens(MainWindow& window, const QDir& out)
{
    auto* overview = window.findChild<QTableView*>(QStringLiteral("overviewTable"));
    const auto polled = [overview] {
        const QAbstractItemModel* m = overview ? overview->model() : nullptr;
        if (m == nullptr || m->rowCount() == 0)
            return false;
        for (int row = 0; row < m->rowCount(); ++row) {
            if (m->index(row, 3).data().toString().startsWith(QStringLiteral("Polling")))
                return false;
        }
        return true;
    };
    if (QString problem = captureTab(window, 3, polled, out, QStringLiteral("overview.png"));
        !problem.isEmpty())
        return problem;
    auto* history = window.findChild<HistoryPage*>(QStringLiteral("historyPage"));
    const auto loaded = [history] {
        return history && history->model()->rowCount() > 0 && !history->model()->isLoading();
    };
    if (QString problem = captureTab(window, 4, loaded, out, QStringLiteral("history.png"));
        !problem.isEmpty())
        return problem;
    return captureDialog(window, "labGenerateHistoryAction", "labScaleDialog", out,
                         QStringLiteral("lab-scale-dialog.png"));
}

// The log's stderr output shows errors, so this one line both tells the user and stays on file.
int fail(const QString& what)
{
    spdlog::error("Screenshots failed: {}", what.toStdString());
    return 1;
}

} // namespace

int renderScreenshots(const QString& folder, const QString& labFolder)
{
    const QDir out(folder);
    if (!QDir().mkpath(out.absolutePath()))
        return fail(QStringLiteral("the folder %1 cannot be created")
                        .arg(QDir::toNativeSeparators(out.absolutePath())));

    const QString labRoot =
        labFolder.isEmpty() ? out.absoluteFilePath(QStringLiteral("lab")) : labFolder;
    const auto lab = std::make_shared<Lab>(labRoot);
    Status status = runOnDatabaseThread([lab] { return lab->reset(labStart()); });
    if (!status)
        return fail(status.error().sentence());

    MainWindow window; // after `lab`: destroyed before it
    window.setLogPaths(logFolder(), QDir(logFolder()).filePath(QStringLiteral("audit.log")));
    window.resize(kWindowWidth, kWindowHeight);
    window.openLab(lab, false); // a still clock: each picture shows exactly the state made here
    window.show();
    if (const QString problem = capture(window, out, QStringLiteral("main-window-fresh.png"));
        !problem.isEmpty())
        return fail(problem);
    if (const QString problem = renderSourceWizardPages(lab, out); !problem.isEmpty())
        return fail(problem);
    for (const auto& [action, dialog, file] :
         {std::tuple{"environmentsAction", "environmentsDialog", "environments-dialog.png"},
          std::tuple{"diagnosticsAction", "diagnosticsDialog", "diagnostics-dialog.png"}}) {
        if (const QString problem =
                captureDialog(window, action, dialog, out, QString::fromLatin1(file));
            !problem.isEmpty())
            return fail(problem);
    }

    // What the quick start does for an operator: point the backup job at the lab and enable it.
    status = runOnDatabaseThread([lab]() -> Status {
        const Result<QVector<ServerCommand>> calls = lab->quickStartCalls();
        if (!calls)
            return calls.error();
        const std::shared_ptr<GroupBackend> backend = lab->backend();
        for (const ServerCommand& call : calls.value()) {
            const Status done = backend->execute(call);
            if (!done)
                return done;
        }
        return lab->advance(kRunningSeconds);
    });
    if (!status)
        return fail(status.error().sentence());
    if (const QString problem = capture(window, out, QStringLiteral("main-window-running.png"));
        !problem.isEmpty())
        return fail(problem);
    if (const QString problem = renderDestinationWizardPages(lab, out); !problem.isEmpty())
        return fail(problem);
    if (auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("mainTabs"))) {
        tabs->setCurrentIndex(1);
        const QString problem = capture(window, out, QStringLiteral("main-window-backup-job.png"));
        tabs->setCurrentIndex(0);
        if (!problem.isEmpty())
            return fail(problem);
    }

    status = runOnDatabaseThread([lab]() -> Status {
        const Status faulted = lab->setFault(LabFault::BackupFails, QStringLiteral("LABSQL01"),
                                             QStringLiteral("BizTalkDTADb"), true);
        if (!faulted)
            return faulted;
        return lab->advance(kPartialSetSeconds);
    });
    if (!status)
        return fail(status.error().sentence());
    if (const QString problem = capture(window, out, QStringLiteral("main-window-partial-set.png"));
        !problem.isEmpty())
        return fail(problem);

    // The fault mended and log shipping set up as the wizards would: sets restored on LABSQL02.
    status = runOnDatabaseThread([lab]() -> Status {
        if (Status s = lab->setFault(LabFault::BackupFails, QStringLiteral("LABSQL01"),
                                     QStringLiteral("BizTalkDTADb"), false);
            !s)
            return s;
        if (Status s = setUpLabLogShipping(lab); !s)
            return s;
        return lab->advance(kRunningSeconds);
    });
    if (!status)
        return fail(status.error().sentence());
    if (const QString problem =
            capture(window, out, QStringLiteral("main-window-log-shipping.png"));
        !problem.isEmpty())
        return fail(problem);
    if (const QString problem =
            captureShipping(window, out, QStringLiteral("log-shipping-healthy.png"));
        !problem.isEmpty())
        return fail(problem);
    if (const QString problem = captureScaleScreens(window, out); !problem.isEmpty())
        return fail(problem);
    if (const QString problem = renderRestoreWizardPages(lab, out); !problem.isEmpty())
        return fail(problem);

    // A destination that stopped restoring three hours ago, as the monitoring shows it: chosen
    // from the Lab menu as an operator would.
    auto* behind = window.findChild<QAction*>(QStringLiteral("labScenario_behind"));
    if (behind == nullptr)
        return fail(QStringLiteral("the Lab menu has no scenario 'behind'"));
    behind->trigger();
    ShippingMonitor* shipping = window.shippingMonitor();
    for (int i = 0; i < 600 && !(shipping->hasStatus() && !shipping->isBusy() &&
                                 shipping->status().level == StatusLevel::Critical);
         ++i)
        settle();
    if (shipping->status().level != StatusLevel::Critical)
        return fail(QStringLiteral("the scenario 'behind' did not show as critical"));
    if (const QString problem =
            captureShipping(window, out, QStringLiteral("log-shipping-behind.png"));
        !problem.isEmpty())
        return fail(problem);
    return 0;
}

} // namespace bts
