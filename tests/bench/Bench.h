#pragma once

#include <QEventLoop>
#include <QString>
#include <QStringList>
#include <QTimer>
#include <QVector>

#include <functional>
#include <optional>

namespace bts::bench {

// One measured figure, with what it is compared to in the same run and the goal it must meet.
struct Figure {
    QString name;         // "History grid: first screen of 1,000,000 rows"
    double value = 0;     // what the console took
    QString unit;         // "ms", "MB"
    double baseline = 0;  // the reference measured in the same run; 0 when there is none
    QString baselineName; // "sqlite3 command line, same query"
    double maxRatio = 0;  // goal on value / baseline; 0 when there is none
    double maxValue = 0;  // goal on the value itself; 0 when there is none
    QString note;         // how it was measured, in a few words
    QString failure;      // non-empty when the measurement itself went wrong: a missed goal

    double ratio() const { return baseline > 0 ? value / baseline : 0; }
    bool meetsGoal() const
    {
        return failure.isEmpty() && (maxRatio <= 0 || ratio() <= maxRatio) &&
               (maxValue <= 0 || value <= maxValue);
    }
};

// What every benchmark gets: where to keep generated labs between runs, and where to report.
class Context {
public:
    explicit Context(QString workFolder)
        : m_workFolder(std::move(workFolder))
    {}

    // Kept across runs (a 1,000,000-row lab takes a while to generate).
    QString workFolder() const { return m_workFolder; }
    // The console's executable, for the cold-start figure.
    QString consoleExecutable;

    void report(const Figure& figure);
    // A wait that ran out: the benchmark's figures cannot be trusted (BenchMain says so).
    void noteTimeout() { ++m_timeouts; }
    int timeouts() const { return m_timeouts; }
    const QVector<Figure>& figures() const { return m_figures; }

private:
    QString m_workFolder;
    QVector<Figure> m_figures;
    int m_timeouts = 0;
};

// Runs the event loop until `condition` holds; after `milliseconds`, notes the timeout. Unlike
// QTest::qWaitFor it never sleeps between two turns of the loop, which would count as a stall.
template <typename Condition>
void waitFor(Context& context, Condition condition, int milliseconds = 120000)
{
    if (condition())
        return;
    QEventLoop loop;
    QTimer poll;
    poll.setInterval(1);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (condition())
            loop.quit();
    });
    QTimer::singleShot(milliseconds, &loop, [&] {
        context.noteTimeout();
        loop.quit();
    });
    poll.start();
    loop.exec();
}

// Runs the event loop for `milliseconds`, without sleeping (see waitFor).
inline void pause(int milliseconds)
{
    QEventLoop loop;
    QTimer::singleShot(milliseconds, &loop, &QEventLoop::quit);
    loop.exec();
}

using BenchFunction = std::function<void(Context&)>;

// Registers a benchmark at static initialisation; BenchMain runs them in name order.
struct Registration {
    Registration(const char* name, BenchFunction function);
};

// The wall-clock milliseconds of the sqlite3 command-line shell running `sql` on the lab's
// database file attached as "dbo" (as the console attaches it), its output discarded: the
// best of `runs`. nullopt when sqlite3 is not installed.
std::optional<double> sqliteShellMilliseconds(const QString& databaseFile, const QString& sql,
                                              int runs = 5);

// Best (lowest) of `runs` calls of `work`, in milliseconds.
double bestOf(int runs, const std::function<void()>& work);

// The process's peak resident memory so far in MB, where the system says it (Linux); 0 elsewhere.
double peakResidentMegabytes();

} // namespace bts::bench

#define BTS_BENCH_CONCAT2(a, b) a##b
#define BTS_BENCH_CONCAT(a, b) BTS_BENCH_CONCAT2(a, b)
// BTS_BENCH(name) { ... context.report(...); }
#define BTS_BENCH(name)                                                                            \
    static void name(bts::bench::Context& context);                                                \
    static const bts::bench::Registration BTS_BENCH_CONCAT(name, Registration)(#name, name);       \
    static void name(bts::bench::Context& context)
