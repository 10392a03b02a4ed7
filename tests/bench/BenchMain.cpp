#include "Bench.h"

#include "core/DatabasePool.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QStandardPaths>
#include <QSysInfo>
#include <QThread>

#include <spdlog/spdlog.h>

#include <cstdio>
#include <map>
#include <string>

namespace bts::bench {
namespace {

std::map<std::string, BenchFunction>& registry()
{
    static std::map<std::string, BenchFunction> benchmarks;
    return benchmarks;
}

QString formatted(double value)
{
    return QString::number(value, 'f', value < 10 ? 2 : 1);
}

void print(const Figure& f)
{
    QString line = QStringLiteral("%1: %2 %3").arg(f.name, formatted(f.value), f.unit);
    if (f.baseline > 0)
        line += QStringLiteral(" | %1: %2 %3 | ratio %4x")
                    .arg(f.baselineName, formatted(f.baseline), f.unit,
                         QString::number(f.ratio(), 'f', 2));
    QStringList goals;
    if (f.maxRatio > 0)
        goals << QStringLiteral("<= %1x").arg(f.maxRatio);
    if (f.maxValue > 0)
        goals << QStringLiteral("<= %1 %2").arg(formatted(f.maxValue), f.unit);
    if (!goals.isEmpty())
        line += QStringLiteral(" | goal %1: %2")
                    .arg(goals.join(QStringLiteral(", ")),
                         f.meetsGoal() ? QStringLiteral("met") : QStringLiteral("MISSED"));
    if (!f.failure.isEmpty())
        line += QStringLiteral(" | FAILED: %1").arg(f.failure);
    if (!f.note.isEmpty())
        line += QStringLiteral("\n    (%1)").arg(f.note);
    std::printf("%s\n", line.toLocal8Bit().constData());
    std::fflush(stdout);
}

} // namespace

Registration::Registration(const char* name, BenchFunction function)
{
    registry()[name] = std::move(function);
}

} // namespace bts::bench

// Runs every benchmark (or those whose name contains --filter), prints each figure with its
// baseline, ratio and goal, and exits 1 when a goal is missed.
int main(int argc, char** argv)
{
    using namespace bts::bench;
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("BizTalkLogShippingConsoleBench"));
    QApplication::setApplicationName(QStringLiteral("bts-logship-bench"));
    QStandardPaths::setTestModeEnabled(true);
    spdlog::set_level(spdlog::level::warn);

    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption work(QStringLiteral("work-folder"),
                                  QStringLiteral("Where generated labs are kept between runs."),
                                  QStringLiteral("dir"),
                                  QDir::current().filePath(QStringLiteral("bench-work")));
    const QCommandLineOption filter(QStringLiteral("filter"),
                                    QStringLiteral("Runs only benchmarks whose name contains it."),
                                    QStringLiteral("text"));
    const QCommandLineOption console(QStringLiteral("console"),
                                     QStringLiteral("The bts-logship executable (cold start)."),
                                     QStringLiteral("file"));
    parser.addOptions({work, filter, console});
    parser.process(app);

    // Absolute: the lab's backup folders must be full paths, as on a server.
    Context context(QDir(parser.value(work)).absolutePath());
    context.consoleExecutable = parser.value(console);
    QDir().mkpath(context.workFolder());
    std::printf("Machine: %s, %s, %d logical cores, Qt %s\n",
                QSysInfo::prettyProductName().toLocal8Bit().constData(),
                QSysInfo::currentCpuArchitecture().toLocal8Bit().constData(),
                QThread::idealThreadCount(), qVersion());
    for (const auto& [name, function] : registry()) {
        if (parser.isSet(filter) &&
            !QString::fromStdString(name).contains(parser.value(filter), Qt::CaseInsensitive))
            continue;
        std::printf("== %s\n", name.c_str());
        std::fflush(stdout);
        const qsizetype before = context.figures().size();
        const int timeoutsBefore = context.timeouts();
        function(context);
        if (context.timeouts() > timeoutsBefore) {
            Figure timedOut;
            timedOut.name = QString::fromStdString(name);
            timedOut.failure = QStringLiteral("a wait ran out: the figures above are not to be "
                                              "trusted");
            context.report(timedOut);
        }
        for (qsizetype i = before; i < context.figures().size(); ++i)
            print(context.figures().at(i));
    }
    int missed = 0;
    for (const Figure& f : context.figures())
        missed += f.meetsGoal() ? 0 : 1;
    std::printf("%lld figures, %d goals missed\n", static_cast<long long>(context.figures().size()),
                missed);
    bts::waitForDatabaseWork();
    return missed == 0 ? 0 : 1;
}
