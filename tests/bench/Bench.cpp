#include "Bench.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>

#include <algorithm>
#include <limits>

namespace bts::bench {

void Context::report(const Figure& figure)
{
    m_figures.append(figure);
}

std::optional<double> sqliteShellMilliseconds(const QString& databaseFile, const QString& sql,
                                              int runs)
{
    const QString shell = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (shell.isEmpty())
        return std::nullopt;
    QString attach = databaseFile;
    attach.replace(QLatin1Char('\''), QStringLiteral("''"));
    const QStringList arguments = {QStringLiteral("-cmd"),
                                   QStringLiteral("ATTACH DATABASE '%1' AS dbo").arg(attach),
                                   QStringLiteral(":memory:"), sql};
    bool failed = false;
    const double best = bestOf(runs, [&] {
        QProcess process;
        process.start(shell, arguments);
        if (!process.waitForFinished(120000) || process.exitCode() != 0)
            failed = true;
    });
    if (failed)
        return std::nullopt;
    return best;
}

double bestOf(int runs, const std::function<void()>& work)
{
    double best = std::numeric_limits<double>::max();
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        best = std::min(best, double(timer.nsecsElapsed()) / 1e6);
    }
    return best;
}

double peakResidentMegabytes()
{
#ifdef Q_OS_LINUX
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
#endif
    return 0;
}

} // namespace bts::bench
