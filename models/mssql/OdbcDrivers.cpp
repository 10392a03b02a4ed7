#include "OdbcDrivers.h"

#include <QRegularExpression>

#ifdef _WIN32
#ifndef NOMINMAX
#define NOMINMAX
#endif
#include <windows.h>
#endif

// Call the ANSI entry points even when UNICODE is defined (Qt defines it on Windows): SQLCHAR
// buffers are the one form that is the same on unixODBC, iODBC and Windows, whereas SQLWCHAR is
// 16 bits on Windows and unixODBC but 32 bits on iODBC (macOS).
#define SQL_NOUNICODEMAP
#include <sql.h>
#include <sqlext.h>

#include <algorithm>
#include <cstdint>
#include <memory>
#include <type_traits>

namespace bts {
namespace {

struct EnvDeleter {
    void operator()(SQLHENV env) const { SQLFreeHandle(SQL_HANDLE_ENV, env); }
};
using Env = std::unique_ptr<std::remove_pointer_t<SQLHENV>, EnvDeleter>;

Env allocateEnv()
{
    SQLHENV env = SQL_NULL_HENV;
    if (!SQL_SUCCEEDED(SQLAllocHandle(SQL_HANDLE_ENV, SQL_NULL_HANDLE, &env)))
        return Env();
    Env owned(env);
    const auto version = reinterpret_cast<SQLPOINTER>(static_cast<std::uintptr_t>(SQL_OV_ODBC3));
    if (!SQL_SUCCEEDED(SQLSetEnvAttr(env, SQL_ATTR_ODBC_VERSION, version, 0)))
        return Env();
    return owned;
}

QString fromBuffer(const SQLCHAR* buffer, SQLSMALLINT length, SQLSMALLINT capacity)
{
    // A name longer than the buffer comes back truncated (and NUL-terminated) with its full
    // length; take what fits.
    const int size = std::min<int>(length, capacity - 1);
    return QString::fromLocal8Bit(reinterpret_cast<const char*>(buffer), std::max(0, size));
}

// Both SQLDrivers and SQLDataSources enumerate "name + description" pairs the same way.
template <typename Fetch>
QStringList enumerate(Fetch fetch)
{
    QStringList names;
    Env env = allocateEnv();
    if (!env)
        return names;
    constexpr SQLSMALLINT capacity = 512;
    SQLCHAR name[capacity] = {};
    SQLCHAR detail[2048] = {};
    SQLSMALLINT nameLength = 0;
    SQLSMALLINT detailLength = 0;
    SQLUSMALLINT direction = SQL_FETCH_FIRST;
    while (SQL_SUCCEEDED(fetch(env.get(), direction, name, capacity, &nameLength, detail,
                               static_cast<SQLSMALLINT>(sizeof detail), &detailLength))) {
        const QString text = fromBuffer(name, nameLength, capacity);
        if (!text.isEmpty() && !names.contains(text))
            names << text;
        direction = SQL_FETCH_NEXT;
    }
    return names;
}

} // namespace

QStringList installedOdbcDrivers()
{
    return enumerate(SQLDrivers);
}

QStringList odbcDataSources()
{
    return enumerate(SQLDataSources);
}

bool isSqlServerDriver(const QString& driverName)
{
    static const QRegularExpression sqlServer(
        QStringLiteral("^(ODBC Driver \\d+ for SQL Server|SQL Server Native Client [\\d.]+|"
                       "SQL Native Client|SQL Server)$"),
        QRegularExpression::CaseInsensitiveOption);
    const QString name = driverName.trimmed();
    return sqlServer.match(name).hasMatch() ||
           name.contains(QLatin1String("FreeTDS"), Qt::CaseInsensitive);
}

} // namespace bts
