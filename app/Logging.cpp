#include "Logging.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QtGlobal>

#include <spdlog/sinks/basic_file_sink.h>
#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include <cstdlib>
#include <cstring>
#include <mutex>
#include <string>
#include <vector>

namespace bts {

namespace {

constexpr std::size_t kMaxLogBytes = 5 * 1024 * 1024;
constexpr std::size_t kLogFiles = 3;
const char* const kPattern = "%Y-%m-%dT%H:%M:%S.%e%z %^%-8l%$ [%t] %v";
const char* const kAuditPattern = "%Y-%m-%dT%H:%M:%S.%e%z %v";
const char* const kAuditName = "audit";

spdlog::filename_t toFileName(const QString& path)
{
#ifdef SPDLOG_WCHAR_FILENAMES
    return path.toStdWString();
#else
    return QFile::encodeName(path).toStdString();
#endif
}

spdlog::level::level_enum toLevel(const QString& level)
{
    const QString name = level.trimmed().toLower();
    if (name == QLatin1String("trace"))
        return spdlog::level::trace;
    if (name == QLatin1String("debug"))
        return spdlog::level::debug;
    if (name == QLatin1String("warn") || name == QLatin1String("warning"))
        return spdlog::level::warn;
    if (name == QLatin1String("error"))
        return spdlog::level::err;
    return spdlog::level::info;
}

void forwardQtMessage(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    spdlog::level::level_enum level = spdlog::level::info;
    switch (type) {
    case QtDebugMsg:
        level = spdlog::level::debug;
        break;
    case QtInfoMsg:
        level = spdlog::level::info;
        break;
    case QtWarningMsg:
        level = spdlog::level::warn;
        break;
    case QtCriticalMsg:
        level = spdlog::level::err;
        break;
    case QtFatalMsg:
        level = spdlog::level::critical;
        break;
    }
    // The offscreen platform says this for every window it shows; it tells an operator nothing.
    if (type == QtWarningMsg &&
        message == QLatin1String("This plugin does not support propagateSizeHints()"))
        level = spdlog::level::debug;
    const std::string text = message.toStdString();
    if (context.category != nullptr && std::strcmp(context.category, "default") != 0)
        spdlog::log(level, "[{}] {}", context.category, text);
    else
        spdlog::log(level, "{}", text);
    if (type == QtFatalMsg)
        spdlog::default_logger_raw()->flush(); // Qt aborts as soon as this returns
}

// Registered with atexit after spdlog's registry exists, so it runs before the registry is
// destroyed: Qt messages from later static destructors then go to Qt's own handler instead of
// into a destroyed logger.
void stopForwarding()
{
    qInstallMessageHandler(nullptr);
    spdlog::default_logger_raw()->flush();
}

std::shared_ptr<spdlog::logger> makeAuditLogger()
{
    const QString path = logFolder() + QStringLiteral("/audit.log");
    try {
        if (!QDir().mkpath(logFolder()))
            throw spdlog::spdlog_ex("cannot create the folder");
        auto sink = std::make_shared<spdlog::sinks::basic_file_sink_mt>(toFileName(path), false);
        auto logger = std::make_shared<spdlog::logger>(kAuditName, std::move(sink));
        logger->set_pattern(kAuditPattern);
        return logger;
    } catch (const spdlog::spdlog_ex& error) {
        spdlog::error("The audit log {} cannot be written ({}): audit entries go to this log",
                      QDir::toNativeSeparators(path).toStdString(), error.what());
        const auto& sinks = spdlog::default_logger()->sinks();
        auto logger = std::make_shared<spdlog::logger>(kAuditName, sinks.begin(), sinks.end());
        return logger;
    }
}

} // namespace

QString logFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) +
           QStringLiteral("/logs");
}

void initLogging(const QString& level)
{
    static std::once_flag once;
    std::call_once(once, [] {
        std::vector<spdlog::sink_ptr> sinks;
        auto console = std::make_shared<spdlog::sinks::stderr_color_sink_mt>();
        console->set_level(spdlog::level::warn);
        sinks.push_back(console);

        const QString folder = logFolder();
        const QString path = folder + QStringLiteral("/bts-logship.log");
        std::string problem;
        try {
            if (!QDir().mkpath(folder))
                throw spdlog::spdlog_ex("cannot create the folder");
            sinks.push_back(std::make_shared<spdlog::sinks::rotating_file_sink_mt>(
                toFileName(path), kMaxLogBytes, kLogFiles));
        } catch (const spdlog::spdlog_ex& error) {
            problem = error.what();
        }

        auto logger = std::make_shared<spdlog::logger>("bts", sinks.begin(), sinks.end());
        logger->set_pattern(kPattern);
        // A desktop program logs little; flushing each line keeps the log whole after a crash.
        logger->flush_on(spdlog::level::trace);
        spdlog::set_default_logger(logger);
        if (!problem.empty())
            spdlog::warn("The log file {} cannot be written ({}): logging to stderr only",
                         QDir::toNativeSeparators(path).toStdString(), problem);

        qInstallMessageHandler(forwardQtMessage);
        std::atexit(stopForwarding);

        // Registered now, not on first use: the models look "audit" up by name and would
        // otherwise write their audit lines into the main log.
        auditLogger();
    });
    spdlog::default_logger_raw()->set_level(toLevel(level));
}

std::shared_ptr<spdlog::logger> auditLogger()
{
    static std::mutex mutex;
    const std::lock_guard<std::mutex> lock(mutex);
    if (auto existing = spdlog::get(kAuditName))
        return existing;
    auto logger = makeAuditLogger();
    logger->set_level(spdlog::level::trace);
    logger->flush_on(spdlog::level::trace); // an audit entry is on disk before the call returns
    spdlog::register_logger(logger);
    return logger;
}

} // namespace bts
