#include "Bench.h"

#include <QDir>
#include <QElapsedTimer>
#include <QProcess>

// Cold start: from starting the console's process to its first painted window, on a lab that
// already exists (the lab's creation is a one-time cost, not the start's).
BTS_BENCH(ColdStartToFirstPaint)
{
    if (context.consoleExecutable.isEmpty())
        return;
    const QString lab = QDir(context.workFolder()).filePath(QStringLiteral("startup-lab"));
    const QStringList arguments = {QStringLiteral("--lab-folder"), lab,
                                   QStringLiteral("--no-simulation"),
                                   QStringLiteral("--exit-after-first-paint")};
    double inside = 0;
    const auto start = [&] {
        QProcess process;
        process.start(context.consoleExecutable, arguments);
        process.waitForFinished(120000);
        const QByteArray out = process.readAllStandardOutput();
        const qsizetype at = out.indexOf("first-paint-ms ");
        if (at >= 0)
            inside = out.mid(at + 15).trimmed().split('\n').first().toDouble();
    };
    start(); // creates the lab
    QVector<double> runs;
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer timer;
        timer.start();
        start();
        runs.append(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(runs.begin(), runs.end());
    bts::bench::Figure f;
    f.name = QStringLiteral("Cold start to the first painted window");
    f.value = runs.at(runs.size() / 2);
    f.unit = QStringLiteral("ms");
    f.note = QStringLiteral("median of 5 process starts on an existing lab, process start to "
                            "exit after the first paint; %1 ms of it inside main()")
                 .arg(inside);
    context.report(f);
}
